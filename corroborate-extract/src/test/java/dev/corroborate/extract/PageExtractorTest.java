package dev.corroborate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/** The shared word floor, and the text brief it lets through, on fictional pages. */
class PageExtractorTest {
    private static final String BRIEF = "The Velor river ferry will stop running on Sundays from next month, its operator said.";

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void textFileOfProseAloneIsKeptBelowTheFloor() throws Exception {
        Article article = extractor.extract(new Page("b1", "brief.txt", null, null, PageFormat.TEXT, BRIEF + "\n"));

        assertEquals(BRIEF, article.body());
    }

    @Test
    void shortHtmlPageStaysRefused() {
        String html = "<html><head><title>Velor Times</title></head><body><p>" + BRIEF + "</p></body></html>";

        assertThrows(NoArticleException.class,
            () -> extractor.extract(new Page("b2", "brief.html", null, null, PageFormat.HTML, html)));
    }
}
