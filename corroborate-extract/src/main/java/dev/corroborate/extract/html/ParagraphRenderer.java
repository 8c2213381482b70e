package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders the article zone as paragraphs: each paragraph, list item, subheading, blockquote and table row becomes
 * one paragraph; inline markup becomes plain text with its spaces collapsed. Blocks that are mostly links ("Read
 * more: ...", a list of related stories left inside the article) and the headline ({@code h1}) are left out, and so
 * are the label, kicker or crumbs set over the headline ({@link LeadingFurniture#overHeadline}).
 */
final class ParagraphRenderer {
    private static final Set<String> BLOCKS = Set.of(
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "header", "footer", "figure", "address",
        "hr", "center", "details", "summary", "aside", "nav", "form", "fieldset", "caption", "body", "html");
    private static final Set<String> SKIP_WHEN_LINKS = Set.of(
        "p", "li", "dd", "dt", "div", "h2", "h3", "h4", "h5", "h6", "section", "blockquote", "tr", "span", "strong", "em", "b");

    /** True for elements that start a new line in a browser. */
    static boolean isBlock(String tag) {
        return BLOCKS.contains(tag);
    }

    /**
     * @param zone    the elements holding the article, in page order
     * @param measure counts measured on the tree the zone belongs to
     * @return the paragraphs, trimmed, none empty
     */
    List<String> render(List<Element> zone, TextMeasure measure) {
        Collector collector = new Collector(measure);
        for (Element e : zone) {
            NodeTraversor.filter(collector, e);
            collector.breakParagraph();
        }
        return collector.paragraphs;
    }

    private static final class Collector implements NodeFilter {
        private final TextMeasure measure;
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean pendingSpace;
        private boolean headlineSeen;

        Collector(TextMeasure measure) {
            this.measure = measure;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            if (tag.equals("td") || tag.equals("th")) {
                pendingSpace = !current.isEmpty();
                return FilterResult.CONTINUE;
            }
            if (!isBlock(tag)) {
                return FilterResult.CONTINUE;
            }
            breakParagraph();
            if (tag.equals("h1")) {
                dropWhatStandsOverTheHeadline();
                return FilterResult.SKIP_ENTIRELY;
            }
            if (SKIP_WHEN_LINKS.contains(tag) && mostlyLinks(measure.of(e))) {
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e.normalName())) {
                breakParagraph();
            }
            return FilterResult.CONTINUE;
        }

        /** Short lines and no sentence over the first headline are its kicker and crumbs, not the story's start. */
        private void dropWhatStandsOverTheHeadline() {
            if (!headlineSeen && paragraphs.stream().allMatch(LeadingFurniture::overHeadline)) {
                paragraphs.clear();
            }
            headlineSeen = true;
        }

        private static boolean mostlyLinks(TextMeasure.Counts c) {
            return c.links > 0 && c.linkDensity() > 0.5 && c.text < 600;
        }

        private void append(String text) {
            for (int i = 0, n = text.length(); i < n; ) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    pendingSpace = true;
                    i++;
                } else if (isInvisible(c)) {
                    // zero-width and soft-hyphen characters are invisible
                    i++;
                } else {
                    if (pendingSpace && !current.isEmpty() && current.charAt(current.length() - 1) != '\n') {
                        current.append(' ');
                    }
                    pendingSpace = false;
                    // the run of visible characters up to the next space is copied whole, not char by char
                    int end = i + 1;
                    while (end < n && isVisible(text.charAt(end))) {
                        end++;
                    }
                    current.append(text, i, end);
                    i = end;
                }
            }
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || c == '\u00a0';
        }

        private static boolean isInvisible(char c) {
            return c == '\u200b' || c == '\u00ad' || c == '\ufeff';
        }

        /** Neither a space nor invisible; printable ASCII, most of any text, told at once. */
        private static boolean isVisible(char c) {
            return c > ' ' && c < 0x7f || !isSpace(c) && !isInvisible(c);
        }

        private void lineBreak() {
            if (current.isEmpty()) {
                return;
            }
            if (current.charAt(current.length() - 1) == '\n') {
                breakParagraph();
            } else {
                current.append('\n');
                pendingSpace = false;
            }
        }

        void breakParagraph() {
            pendingSpace = false;
            if (current.isEmpty()) {
                return;
            }
            String p = current.toString().strip();
            current.setLength(0);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
    }
}
