package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/** Ranked lists and sectioned or interrupted articles: the body keeps every part, and only those. */
class TextDumpListicleTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void recurringShortLabelsDoNotSplitTheList() throws Exception {
        String body = extract("velor-sport-top-guards.txt").body();

        assertTrue(body.startsWith("The new season of the Velor basketball league opens on Friday"), body);
        assertTrue(body.contains("Reyl led the league in assists"), body);
        assertTrue(body.endsWith("after the knee surgery he had in the spring."), body);
        assertFalse(body.contains("fixtures for the opening month"), body);
    }

    @Test
    void listEntryHeadingsStayInTheBody() throws Exception {
        String body = extract("velor-sport-top-guards.txt").body();

        assertTrue(body.contains("2. Ada Brun, Velor State"), body);
    }

    @Test
    void bodyResumesAfterAnInlineRelatedBlockOnTheSameTopic() throws Exception {
        String body = extract("harbor-times-ferry-strike.txt").body();

        assertTrue(body.startsWith("Ferry crews on the Velor harbour routes walked out"), body);
        assertTrue(body.endsWith("due to resume on Thursday at the harbour terminal."), body);
        assertFalse(body.contains("library budget"), body);
    }

    @Test
    void proseOnAnotherTopicAfterTheArticleIsNotJoined() throws Exception {
        String body = extract("harbor-times-ferry-strike.txt").body();

        assertFalse(body.contains("apple harvests"), body);
    }

    @Test
    void ingredientListBetweenPassagesStaysInTheBody() throws Exception {
        String body = extract("quayside-kitchen-harbour-stew.txt").body();

        assertTrue(body.startsWith("Velor's fish market closes early on winter Sundays"), body);
        assertTrue(body.contains("1 kg mussels, cleaned"), body);
        assertTrue(body.contains("Black pepper"), body);
        assertTrue(body.endsWith("plenty of black pepper."), body);
    }

    @Test
    void commentThreadAfterTheArticleIsNotJoined() throws Exception {
        String body = extract("quayside-kitchen-harbour-stew.txt").body();

        assertFalse(body.contains("Comments"), body);
        assertFalse(body.contains("used celery instead"), body);
    }

    @Test
    void leadAboveTheBylineOpensTheBody() throws Exception {
        Article article = extract("velor-ledger-bridge-vote.txt");

        assertTrue(article.body().startsWith("The vote ends a decade of argument"), article.body());
        assertTrue(article.body().endsWith("in a statement after the vote."), article.body());
        assertEquals("Council approves the new harbour bridge", article.title());
        assertEquals(java.util.List.of("Ansel Morrow"), article.authors());
    }

    private Article extract(String name) throws Exception {
        return extractor.extract(new Page("id", "dump.txt", null, null, PageFormat.TEXT, fixture(name)));
    }

    private static String fixture(String name) {
        try (InputStream in = TextDumpListicleTest.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
