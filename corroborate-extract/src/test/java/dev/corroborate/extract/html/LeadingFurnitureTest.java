package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** The lines a page sets over the story, inside the block that holds it, are not the story's opening. */
class LeadingFurnitureTest {
    private static final String LEAD = "The Velmar ferry board voted on Monday to keep winter fares at their summer "
        + "level until the end of March, after a debate that ran past midnight.";
    private static final String SECOND = "Board members said the decision would cost the operator about two million "
        + "crowns, to be met from the reserve it built up over three good summers.";

    private static Article extract(String overTheStory, String story) throws NoArticleException {
        String html = "<!doctype html><html><head><title>Ferry fares frozen - Velmar Post</title></head><body>"
            + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
            + "<div class=\"content\">" + overTheStory + "<h1>Ferry fares frozen for the winter</h1>" + story
            + "</div></body></html>";
        return new HtmlArticleExtractor().extract(
            new Page("p", "p.html", "https://post.example/ferry-fares", null, PageFormat.HTML, html));
    }

    private static List<String> paragraphs(Article a) {
        return List.of(a.body().split("\n\n"));
    }

    @Test
    void labelCrumbsBylineAndDateLineOverTheStoryAreLeftOut() throws NoArticleException {
        Article a = extract("<p class=\"kicker\">Analysis</p><p class=\"trail\"><a href=\"/\">Home</a> / "
                + "<a href=\"/transport\">Transport</a> / Ferries</p>",
            "<p class=\"who\">By Rasa Holm, Transport Editor</p><p class=\"when\">Tuesday, 4 November 2025 - Velmar"
                + "</p><p>" + LEAD + "</p><p>" + SECOND + "</p>");

        assertEquals(List.of(LEAD, SECOND), paragraphs(a));
    }

    @Test
    void aSubheadingOrByLineFurtherDownIsTheStorys() throws NoArticleException {
        Article a = extract("", "<p>" + LEAD + "</p><p>Reserves</p><p>" + SECOND + "</p><p>By the numbers</p><p>"
            + SECOND.replace("two million", "three million") + "</p>");

        List<String> paragraphs = paragraphs(a);
        assertTrue(paragraphs.contains("Reserves"), a.body());
        assertTrue(paragraphs.contains("By the numbers"), a.body());
    }

    @Test
    void aSubheadingRightUnderTheHeadlineOpensTheStory() throws NoArticleException {
        Article a = extract("<p class=\"kicker\">Transport</p>", "<h2>The vote</h2><p>" + LEAD + "</p><p>" + SECOND
            + "</p>");

        assertEquals(List.of("The vote", LEAD, SECOND), paragraphs(a));
    }

    @Test
    void aLettersSalutationOpensTheStory() throws NoArticleException {
        Article a = extract("", "<p>Dear Readers,</p><p>" + LEAD + "</p><p>" + SECOND + "</p>");

        assertEquals("Dear Readers,", paragraphs(a).get(0));
        assertFalse(a.body().isBlank());
    }
}
