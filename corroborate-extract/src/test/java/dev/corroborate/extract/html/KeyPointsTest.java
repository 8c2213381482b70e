package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class KeyPointsTest {
    private static final String POINT1 = "The Larkholm harbour board approved a new quay after two years of argument.";
    private static final String POINT2 = "Work starts in the spring and the old quay stays open until it is done.";
    private static final String STORY = "<p>The Larkholm harbour board approved a new quay on Tuesday, after two years of "
        + "argument over its cost, which the board now puts at forty million crowns.</p>"
        + "<p>Work starts in the spring, the board's chairwoman, Ida Fenn, said, and the old quay will stay open until "
        + "the new one is finished.</p>";

    private static String body(String box) throws NoArticleException {
        String html = "<html><body><header><h1>Harbour gets a new quay</h1></header>" + box
            + "<article class=\"story-body\">" + STORY + "</article></body></html>";
        return new HtmlArticleExtractor().extract(
            new Page("id", "t.html", "https://news.example.com/quay", null, PageFormat.HTML, html)).body();
    }

    @Test
    void aKeyPointsBoxUnderTheHeadlineOpensTheArticle() throws NoArticleException {
        String body = body("<div class=\"KeyPoints-wrapper label-meta\"><div>Key Points</div><ul><li>" + POINT1
            + "</li><li>" + POINT2 + "</li></ul></div>");
        assertTrue(body.startsWith(POINT1 + "\n\n" + POINT2 + "\n\nThe Larkholm"), body);
    }

    @Test
    void aListOfLinksNamedHighlightsIsNoKeyPointsBox() throws NoArticleException {
        String body = body("<div class=\"highlights meta\"><ul><li><a href=\"/a\">Goals</a></li>"
            + "<li><a href=\"/b\">Saves</a></li></ul></div>");
        assertTrue(body.startsWith("The Larkholm"), body);
        assertFalse(body.contains("Goals"), body);
    }
}
