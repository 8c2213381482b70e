package dev.corroborate.extract.html;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * Tells an index page (a section front, a tag page, search results: many short linked teasers and no article) from
 * an article, so that the extractor can refuse it rather than return the teasers glued together.
 */
final class IndexPageDetector {
    private static final int MIN_TEASERS = 4;
    private static final int PROSE_PARAGRAPH = 150;

    /**
     * @param zone       the selected content zone
     * @param measure    counts of the cleaned body
     * @param paragraphs the rendered paragraphs of the zone
     * @param meta       the page's metadata
     * @return true when the zone is a list of teasers rather than an article
     */
    boolean looksLikeIndex(List<Element> zone, TextMeasure measure, List<String> paragraphs, HtmlMetadata meta) {
        int teasers = 0;
        for (Element z : zone) {
            for (Element e : z.getAllElements()) {
                String tag = e.normalName();
                boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '4';
                if (heading && measure.of(e).links > 0 && measure.of(e).linkDensity() > 0.5) {
                    teasers++;
                }
            }
        }
        int prose = 0;
        for (String p : paragraphs) {
            if (p.length() >= PROSE_PARAGRAPH) {
                prose++;
            }
        }
        if (teasers >= MIN_TEASERS && teasers * 2 >= paragraphs.size()) {
            // a declared article with linked subheadings and real prose is a listicle, not an index
            return !(meta.typedArticle() && prose >= teasers);
        }
        return false;
    }
}
