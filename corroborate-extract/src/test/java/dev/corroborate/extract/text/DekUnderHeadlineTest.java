package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.corroborate.extract.NoArticleException;

/** A story's header stacks headline, dek and byline: the dek shares more of the body's words, the headline heads it. */
class DekUnderHeadlineTest {
    private static final String BODY = DamStoryDump.BODY;

    @Test
    void theLineOverTheDekIsTheHeadline() throws Exception {
        String dump = """
            Home
            Valley
            A taller wall for the Oska valley
            The water board will raise the reservoir dam over three summers to hold the heavier spring floods
            By Ansel Morrow
            March 18, 2025
            """ + BODY;

        assertEquals("A taller wall for the Oska valley", title(dump));
    }

    @Test
    void aLinkSetUnderTheDekIsNoHeadline() throws Exception {
        String dump = """
            Home
            Valley
            A taller wall for the Oska valley
            The water board will raise the reservoir dam over three summers to hold the heavier spring floods.
            Farmers downstream ask the water board to pay for the fields the dam works flood
            Ansel Morrow
            Valley correspondent
            March 18, 2025
            """ + BODY;

        assertEquals("A taller wall for the Oska valley", title(dump));
    }

    @Test
    void aBreadcrumbRunOverTheHeadlineIsNoHeadline() throws Exception {
        String dump = """
            Home
            News Valley Water Board Reservoir
            Water board will raise the Oska reservoir dam to hold the heavier spring floods
            By Ansel Morrow
            March 18, 2025
            """ + BODY;

        assertEquals("Water board will raise the Oska reservoir dam to hold the heavier spring floods", title(dump));
    }

    @Test
    void aKickerRunningIntoTheHeadlineIsNoHeadline() throws Exception {
        String dump = """
            Home
            Reservoir watch on the water board —
            Water board will raise the Oska reservoir dam to hold the heavier spring floods
            By Ansel Morrow
            March 18, 2025
            """ + BODY;

        assertEquals("Water board will raise the Oska reservoir dam to hold the heavier spring floods", title(dump));
    }

    @Test
    void aHeadlineUnderAnotherStorysTeaserKeepsItsByline() throws Exception {
        String dump = """
            Home
            Valley
            Farmers downstream ask for pay
            The farmers below the Oska dam want the water board to pay for the fields its works will flood.
            Water board will raise the Oska reservoir dam to hold the heavier spring floods
            By Ansel Morrow
            March 18, 2025
            """ + BODY;

        assertEquals("Water board will raise the Oska reservoir dam to hold the heavier spring floods", title(dump));
    }

    @Test
    void aTeasersSummaryOverTheHeadlineIsNoHeadline() throws Exception {
        String dump = """
            Home
            Valley
            The farmers below the Oska dam want the water board to pay for the fields its works will flood.
            Water board will raise the Oska reservoir dam to hold the heavier spring floods
            By Ansel Morrow
            March 18, 2025
            """ + BODY;

        assertEquals("Water board will raise the Oska reservoir dam to hold the heavier spring floods", title(dump));
    }

    private static String title(String dump) throws NoArticleException {
        return DamStoryDump.titleOf(dump, null);
    }
}
