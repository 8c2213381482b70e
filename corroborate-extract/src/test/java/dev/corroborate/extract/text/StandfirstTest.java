package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** The standfirst under the headline opens the article's text; a second headline or a teaser there does not. */
class StandfirstTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC));

    /** Sites print the headline in the page's title bar and again over the article. */
    private static final String HEADLINE = "Marden will rebuild its flooded ferry pier\nNews\nMarden will rebuild its flooded ferry pier\n";
    private static final String BYLINE_AND_BODY = """
        By Lio Vantrell
        June 1, 2025
        Share
        Councillors in Marden voted on Thursday to rebuild the ferry pier that the spring floods left unusable.
        The ferry pier carried more than four hundred passengers a day to the islands before the floods, the council said.
        Rebuilding the ferry pier will cost about nine million crowns, and islanders have used a temporary landing since April.
        """;

    @Test
    void theSentenceUnderTheHeadlineOpensTheText() throws Exception {
        String body = body(HEADLINE + "Islanders have used a temporary landing since the floods closed the pier\n"
            + BYLINE_AND_BODY);

        assertTrue(body.startsWith("Islanders have used a temporary landing since the floods closed the pier\n\n"
            + "Councillors in Marden voted"), body);
    }

    @Test
    void aSecondHeadlineInTitleCaseIsNoStandfirst() throws Exception {
        String body = body(HEADLINE + "Islanders Wait Another Summer For The Ferry Pier\n" + BYLINE_AND_BODY);

        assertTrue(body.startsWith("Councillors in Marden voted"), body);
    }

    @Test
    void aLineOnAnotherTopicIsNoStandfirst() throws Exception {
        String body = body(HEADLINE + "Skarra bakery wins a regional prize for its rye bread and cardamom buns\n"
            + BYLINE_AND_BODY);

        assertFalse(body.contains("bakery"), body);
    }

    private String body(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).body();
    }
}
