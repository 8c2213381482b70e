package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class ContentZoneSelectorTest {
    private static final String A1 = "The harbour board of Westmere agreed on Monday, after a stormy meeting, to rebuild the old "
        + "northern pier, which has been closed to boats since the floods of last winter.";
    private static final String A2 = "Fishermen, who had asked for the work for two years, said the decision came late, but that "
        + "they would at last be able to land their catch close to the market again.";
    private static final String A3 = "The board said the new pier, of stone rather than timber, would cost about four million "
        + "crowns, and that the work, which starts in March, should be finished before the summer season.";
    private static final String B1 = "A bakery in the old town of Westmere has won a regional prize for its rye bread, which its "
        + "owner, Ada Brook, bakes every night in an oven built by her grandfather.";
    private static final String B2 = "The judges, who tasted more than forty loaves, praised the crust, the smell and the price, "
        + "and said that the bread was the best they had eaten in many years of judging.";
    private static final String B3 = "Brook said she would spend the prize money on a second oven, so that she could bake rolls in "
        + "the morning as well, and perhaps take on an apprentice from the town's school.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private String body(String html) throws NoArticleException {
        return extractor.extract(new Page("id", "t.html", "https://news.example.com/story", null, PageFormat.HTML, html)).body();
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    @Test
    void aFeedOfStoriesYieldsTheFirstStoryOnly() throws NoArticleException {
        // the page's story comes first; the next stories load below it as the reader scrolls, some of them longer
        String html = "<html><body><main><div class=\"post-bodies\">"
            + "<article class=\"post\"><h1>Westmere to rebuild its northern pier</h1>"
            + "<div class=\"text-wrap\">" + p(A1) + "</div><div class=\"text-wrap\">" + p(A2) + "</div></article>"
            + "<article class=\"post\"><h2>Rye bread wins a prize</h2><div class=\"text-wrap\">" + p(B1) + p(B2) + p(B3)
            + "</div></article>"
            + "</div></main></body></html>";
        assertEquals(A1 + "\n\n" + A2, body(html));
    }

    @Test
    void theZoneNeverGrowsPastTheArticleElement() throws NoArticleException {
        // a column holding the article and, beside it, a block of story summaries deep in wrappers: together they
        // hold much more prose than the article, which would widen the zone to the column
        String summaries = "<div class=\"two-column\"><div class=\"content-wrap\"><div class=\"article-list\"><ul>"
            + "<li><div class=\"item-text\">" + p(B1) + "</div></li><li><div class=\"item-text\">" + p(B2) + "</div></li>"
            + "</ul></div></div></div>";
        String html = "<html><body><div class=\"left-col\"><article class=\"content\">" + p(A1) + p(A2) + p(A3)
            + "</article>" + summaries + "</div></body></html>";
        assertEquals(A1 + "\n\n" + A2 + "\n\n" + A3, body(html));
    }

    @Test
    void aListOfLinkedSummariesLosesToTheArticle() throws NoArticleException {
        // headlines in links, summaries rich in commas: without a firm link-density penalty the list outscores the story
        StringBuilder list = new StringBuilder(
            "<div class=\"two-column\"><div class=\"content-wrap\"><div class=\"article-list\"><ul class=\"items-list\">");
        for (int i = 0; i < 5; i++) {
            list.append("<li><div class=\"item-text\"><h3><a href=\"/s").append(i).append("\">Westmere news in brief, part ")
                .append(i).append(": the latest from the harbour, the market and the town hall</a></h3>")
                .append(p(i % 2 == 0 ? B1 : B2)).append("</div></li>");
        }
        list.append("</ul></div></div></div>");
        String html = "<html><body><div class=\"left-col\"><article class=\"content\">" + p(A1) + p(A2) + p(A3)
            + "</article>" + list + "</div></body></html>";
        assertEquals(A1 + "\n\n" + A2 + "\n\n" + A3, body(html));
    }

    @Test
    void anIntroBesideAWrappedListJoinsTheList() throws NoArticleException {
        // a listicle: two intro paragraphs, then its entries inside a list that a loader and a gallery div wrap; the
        // entries carry the most prose, and the intro sits beside the outer wrapper, not beside the list
        StringBuilder list = new StringBuilder("<div id=\"list-gallery\"><div class=\"app-shell-loader\"><div></div><ul>");
        for (String entry : new String[] {B1, B2, B3}) {
            list.append("<li><section class=\"entry\"><h2>An entry</h2>").append(p(entry)).append(p(entry))
                .append("</section></li>");
        }
        list.append("</ul></div></div>");
        String html = "<html><body><main><div class=\"story\">" + p(A1) + p(A2) + list + "</div></main></body></html>";
        String body = body(html);
        assertTrue(body.startsWith(A1 + "\n\n" + A2 + "\n\n"), body);
        assertTrue(body.endsWith(B3), body);
    }

    @Test
    void aColumnOfShortListItemsBesideTheBodyColumnsJoinsTheStory() throws NoArticleException {
        // the body is laid out as a series of same-class columns; the last holds a list too short to score
        String html = "<html><body><div class=\"story\">"
            + "<div class=\"col-wide\">" + p(A1) + "</div>"
            + "<div class=\"col-wide\">" + p(A2) + p(A3) + "</div>"
            + "<div class=\"col-wide\"><h3>Past harbour masters</h3><ul><li>2021: Ida Marsh</li>"
            + "<li>2019: Tom Reed</li><li>2017: Ada Brook</li></ul></div>"
            + "<div class=\"col-wide\"><ul><li><a href=\"/a\">Rye bread wins a prize</a></li>"
            + "<li><a href=\"/b\">A new ferry for Westmere</a></li></ul></div>"
            + "</div></body></html>";
        String body = body(html);
        assertTrue(body.contains("2019: Tom Reed"), body);
        assertTrue(body.startsWith(A1), body);
        assertFalse(body.contains("Rye bread wins"), body);
    }
}
