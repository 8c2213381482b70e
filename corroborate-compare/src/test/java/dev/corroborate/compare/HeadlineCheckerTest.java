package dev.corroborate.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;

class HeadlineCheckerTest {
    private static final String BRIDGE_BODY = """
        The Velorian transport ministry will inspect every road bridge over the Marden and Oska rivers after cracks \
        were found in a pillar of the Kestrel bridge last week.

        Inspectors will start on the oldest bridges in the north and expect to finish the survey by the end of May, \
        the ministry said.""";

    private final HeadlineChecker checker = new HeadlineChecker();

    @Test
    void headlineAssertingAnOrderTheBodyNeverReportsIsNotSupported() {
        HeadlineCheck check = checker.check(article("Minister orders inspection of all river bridges", BRIDGE_BODY));

        assertEquals(Boolean.FALSE, check.supported());
        assertEquals("the headline says \"orders\" but the article never reports it", check.reason());
        assertTrue(check.reason().contains("orders"));
    }

    @Test
    void missingAssertiveVerbIsFlaggedEvenWhenMostWordsAreCovered() {
        HeadlineCheck check = checker.check(article("Ministry orders inspection of every river bridge", BRIDGE_BODY));

        assertEquals(Boolean.FALSE, check.supported());
        assertTrue(check.coverage() >= 0.5, () -> "coverage " + check.coverage());
    }

    @Test
    void faithfulHeadlineIsSupported() {
        HeadlineCheck check = checker.check(article("Ministry to inspect every river bridge after Kestrel cracks",
            BRIDGE_BODY));

        assertEquals(Boolean.TRUE, check.supported());
        assertEquals(1.0, check.coverage());
        assertEquals("100% of the headline's content words appear in the article", check.reason());
    }

    @Test
    void assertiveVerbTheBodyRepeatsIsSupported() {
        String body = BRIDGE_BODY + "\n\nThe minister ordered the inspection on Monday.";

        assertEquals(Boolean.TRUE, checker.check(article("Minister orders inspection of river bridges", body)).supported());
    }

    @Test
    void headlineMostlyAboutSomethingElseIsNotSupported() {
        HeadlineCheck check = checker.check(article("Oska dam spillways opened after record rainfall", BRIDGE_BODY));

        assertEquals(Boolean.FALSE, check.supported());
        assertEquals(1.0 / 6, check.coverage(), 1e-9, "only \"oska\" of six content words");
        assertEquals("only 17% of the headline's content words appear in the article", check.reason());
    }

    @Test
    void noTitleIsNeitherSupportedNorUnsupported() {
        HeadlineCheck check = checker.check(article(null, BRIDGE_BODY));

        assertNull(check.supported());
        assertEquals(HeadlineCheck.noHeadline(), check);
    }

    @Test
    void blankTitleCountsAsNoTitle() {
        assertNull(checker.check(article("   ", BRIDGE_BODY)).supported());
    }

    @Test
    void titleOfOnlyStopWordsIsNotJudged() {
        HeadlineCheck check = checker.check(article("What is it for?", BRIDGE_BODY));

        assertNull(check.supported());
        assertEquals("headline has no content words", check.reason());
        assertFalse(check.coverage() > 0);
    }

    private static Article article(String title, String body) {
        return new Article("a1", "a1.txt", null, title, null, "Northline", List.of(), "en", body);
    }
}
