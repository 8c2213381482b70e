package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** A headline the dump read as prose opens the body run, but the article's text starts below it and its byline. */
class TextDumpHeadedBodyTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String LEAD = "The regional water board will raise the Oska reservoir dam by two metres over"
        + " the next three summers, its chair said on Monday.";
    private static final String BODY = LEAD + """

        Engineers found that the dam could no longer hold the spring floods that have grown heavier in the valley since the winter storms.
        Farmers downstream welcomed the plan but asked the board to pay for the fields that the works will flood for a season.
        The board expects to put the contract out to tender in May and to start the works on the dam before the summer ends.
        """;

    /** A bare story with no page around it (a corpus's body text) opens on its lead, however short its first line. */
    @Test
    void aBareStorysShortFirstLineIsItsLeadNotAHeadline() throws Exception {
        String first = "The Oska dam will be raised by two metres.";
        Article article = extract(first + "\n" + BODY);

        assertTrue(article.body().startsWith(first), article.body());
        assertTrue(article.title() == null || !article.title().equals(first), article.title());
    }

    @Test
    void aQuestionHeadlineOpeningTheBodyIsTakenOutOfIt() throws Exception {
        Article article = extract("""
            Home
            Sign in
            Will the Oska dam hold the heavier spring floods?
            """ + BODY);

        assertEquals("Will the Oska dam hold the heavier spring floods?", article.title());
        assertTrue(article.body().startsWith(LEAD), article.body());
    }

    @Test
    void theBylineAndDatelineUnderTheHeadlineGoWithItButStillCount() throws Exception {
        Article article = extract("""
            Home
            Water board news from the valley
            Sign in
            Will the Oska dam hold the spring floods?
            By Ansel Morrow
            March 17, 2025
            """ + BODY);

        assertTrue(article.body().startsWith(LEAD), article.body());
        assertEquals(List.of("Ansel Morrow"), article.authors());
        assertEquals(LocalDate.of(2025, 3, 17), article.published().date());
    }

    @Test
    void aDatelineTheBodyRunTookInUnderTheHeadlineLeavesTheBodyWithIt() throws Exception {
        Article article = extract("""
            Home
            Sign in
            Will the Oska dam hold the heavier spring floods?
            Ansel Morrow · Valley desk · March 17, 2025
            """ + BODY);

        assertTrue(article.body().startsWith(LEAD), article.body());
        assertEquals(LocalDate.of(2025, 3, 17), article.published().date());
    }

    @Test
    void theBareHeadlineOpeningTheBodyUnderItsLabelledCopyIsTakenOut() throws Exception {
        Article article = extract("""
            Opinion|Tolls go up. Valley drivers pay for the dam.
            Share
            Guest essay
            Tolls go up. Valley drivers pay for the dam.
            """ + BODY);

        assertEquals("Tolls go up. Valley drivers pay for the dam.", article.title());
        assertTrue(article.body().startsWith(LEAD), article.body());
    }

    @Test
    void aLeadParagraphOpeningTheBodyStays() throws Exception {
        Article article = extract("Home\nSign in\n" + BODY);

        assertNull(article.title());
        assertTrue(article.body().startsWith(LEAD), article.body());
    }

    @Test
    void aBylineBetweenTheOpeningParagraphAndTheRestIsNoPartOfTheText() throws Exception {
        Article article = extract("""
            Home
            Oska dam to rise two metres
            The valley's spring floods have grown heavier, and the water board says its dam must grow with them.
            Written by Ansel Morrow
            """ + BODY);

        assertTrue(article.body().contains("must grow with them.\n\n" + LEAD), article.body());
    }

    @Test
    void aBareBylineLabelGoesWithTheNameTheDumpBrokeOntoTheNextLine() throws Exception {
        Article article = extract("""
            Home
            Oska dam to rise two metres
            The valley's spring floods have grown heavier, and the water board says its dam must grow with them.
            By
            Ansel Morrow
            """ + BODY);

        assertTrue(article.body().contains("must grow with them.\n\n" + LEAD), article.body());
    }

    @Test
    void aBylineWhoseLabelTheDumpGluedToTheNameIsNoPartOfTheText() throws Exception {
        Article article = extract("""
            Home
            Oska dam to rise two metres
            The valley's spring floods have grown heavier, and the water board says its dam must grow with them.
            ByAnsel Morrow
            """ + BODY);

        assertTrue(article.body().contains("must grow with them.\n\n" + LEAD), article.body());
    }

    private Article extract(String dump) throws NoArticleException {
        return extractor.extract(new Page("id", "dump.txt", null, null, PageFormat.TEXT, dump));
    }
}
