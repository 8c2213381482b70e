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

/**
 * An article that inline widgets cut in two: the part past the cut is joined when it carries on the topic, even where
 * it brings in new people and places; a comment thread or a block a "Read next:" label introduces is not.
 */
class TextDumpSplitBodyTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC));

    private static final String HEAD = """
        News
        Harbour town votes to rebuild its flooded ferry pier
        By Lio Vantrell
        June 1, 2025
        """;
    private static final String FIRST_PART = """
        Councillors in Marden voted on Thursday to rebuild the ferry pier that the spring floods left unusable.
        The ferry pier carried more than four hundred passengers a day to the islands before the floods, the council said.
        Rebuilding the ferry pier will cost about nine million crowns, and the council hopes to reopen it next summer.
        Islanders have relied on a temporary landing at the fishing harbour since April, which the council says is unsafe in storms.
        """;
    /** Carries on the story, but with new people, places and numbers: under a third of its longer words are the first part's. */
    private static final String SECOND_PART = """
        Engineers from the regional roads office will survey the seabed by the ferry pier in July before contractors bid for the work.
        Greta Holm, who runs the bakery on Skarra, said deliveries from Marden had arrived late every week since the floods.
        Her customers on the islands have started ordering bread two days ahead, she said, because crossings from the temporary landing are unreliable.
        The council expects to choose a contractor by October, with work starting once the autumn storms have passed.
        """;
    private static final String INLINE_TEASER = """
        Marden school reopens after summer repairs to the gymnasium roof
        Read More
        """;

    @Test
    void articleCarriesOnPastAnInlineTeaserWithNewNamesAndPlaces() throws Exception {
        String body = body(HEAD + FIRST_PART + INLINE_TEASER + SECOND_PART + "Copyright © 2025 Marden Post\n");

        assertTrue(body.startsWith("Councillors in Marden voted"), body);
        assertTrue(body.endsWith("once the autumn storms have passed."), body);
        assertFalse(body.contains("Read More"), body);
    }

    @Test
    void articleCarriesOnPastARelatedWidgetShowingATeasersSummary() throws Exception {
        String body = body(HEAD + FIRST_PART + """
            Related
            Island schools to share one ferry timetable
            Pupils from three islands will travel on the same morning crossing from September.
            Read More
            What the islanders say
            Greta Holm, who runs the bakery on Skarra, said deliveries from Marden had arrived late every week since the floods.
            Her customers on the islands have started ordering bread two days ahead, she said, because crossings from the temporary landing are unreliable.
            Copyright © 2025 Marden Post
            """);

        assertTrue(body.startsWith("Councillors in Marden voted"), body);
        assertTrue(body.endsWith("crossings from the temporary landing are unreliable."), body);
        assertFalse(body.contains("Pupils from three islands"), body);
    }

    @Test
    void aCommentThreadIsNotJoinedHoweverOnTopic() throws Exception {
        String body = body(HEAD + FIRST_PART + """
            3 Comments
            The ferry pier should have been rebuilt years ago, before the floods made the landing unsafe for passengers.
            Nine million crowns for a ferry pier is a lot, but the islands need a landing that is safe in storms.
            """ + "Copyright © 2025 Marden Post\n");

        assertTrue(body.endsWith("unsafe in storms."), body);
        assertFalse(body.contains("years ago"), body);
    }

    @Test
    void aBlockUnderAReadNextLabelIsNotJoinedHoweverOnTopic() throws Exception {
        String body = body(HEAD + FIRST_PART + """
            Don't miss:
            Islanders ask the council for a second ferry pier as passengers wait at the temporary landing in storms.
            The council says the fishing harbour landing will close once the rebuilt ferry pier opens next summer.
            """ + "Copyright © 2025 Marden Post\n");

        assertTrue(body.endsWith("unsafe in storms."), body);
        assertFalse(body.contains("second ferry pier"), body);
    }

    @Test
    void proseUnderALabelThatEndsTheArticleIsNotJoinedHoweverOnTopic() throws Exception {
        for (String label : new String[] {"Relevant topics", "4 Sources", "About the author"}) {
            String body = body(HEAD + FIRST_PART + label + "\n" + INLINE_TEASER + """
                Greta Holm, who runs the bakery on Skarra, said deliveries from Marden had arrived late every week since the floods.
                Her customers on the islands order bread two days ahead, she said, because crossings from the temporary landing are unreliable.
                """ + "Copyright © 2025 Marden Post\n");

            assertTrue(body.endsWith("unsafe in storms."), label + ": " + body);
            assertFalse(body.contains("Greta Holm"), label + ": " + body);
        }
    }

    @Test
    void labelsThatEndAnArticleAreKnownByTheirWording() {
        for (String label : new String[] {"4 Sources", "References", "Topics", "Tags:", "About the author",
            "Was this page helpful?", "Post navigation"}) {
            assertTrue(BoilerplateLexicon.isArticleEnd(label), label);
        }
    }

    @Test
    void sectionLabelsThatMayStandMidArticleDoNotEndIt() {
        assertFalse(BoilerplateLexicon.isArticleEnd("Related stories"));
        assertFalse(BoilerplateLexicon.isArticleEnd("Sources say the pier will reopen"));
    }

    @Test
    void commentThreadHeadersAreKnownByTheirWording() {
        assertTrue(BoilerplateLexicon.isCommentThreadHeader("12 Comments"));
        assertTrue(BoilerplateLexicon.isCommentThreadHeader("8 comments Comment from the forums"));
        assertTrue(BoilerplateLexicon.isCommentThreadHeader("Comments (4)"));
        assertTrue(BoilerplateLexicon.isCommentThreadHeader("Comments are closed."));
        assertTrue(BoilerplateLexicon.isCommentThreadHeader("Join the discussion"));
        assertFalse(BoilerplateLexicon.isCommentThreadHeader("Comments from the mayor angered residents"));
        assertFalse(BoilerplateLexicon.isCommentThreadHeader("Replies to the survey came from every island"));
    }

    @Test
    void aPullQuotesMarksAndASectionBreakDoNotCutTheArticle() throws Exception {
        String body = body(HEAD + """
            The council of Marden voted on Thursday to rebuild the ferry pier that the spring floods left unusable.
            Councillor Greta Holm told the meeting that the islands had waited long enough for a proper landing.
            “„
            We cannot ask the islands to wait another winter for their ferry, and we will not.
            “„
            The pier will cost about nine million crowns, which the council will borrow over twenty years.
            * * *
            Islanders have used a temporary landing since April, and many of them say the crossing takes twice as long.
            The new pier is due to open to passengers next summer, the ferry company said.
            Most Read
            """);

        assertTrue(body.startsWith("The council of Marden voted"), body);
        assertTrue(body.endsWith("the ferry company said."), body);
        assertFalse(body.contains("“„"), body);
    }

    private String body(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).body();
    }
}
