package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which short text files are briefs, on fictional text. */
class ProseBriefTest {
    @Test
    void oneSentenceOfProseIsABrief() {
        assertTrue(ProseBrief.is("The Velor river ferry will stop running on Sundays from next month, its operator said.\n"));
    }

    @Test
    void twoProseParagraphsAreABrief() {
        assertTrue(ProseBrief.is("Dock workers in Marden walked out on Tuesday over the new shift rota.\n\n"
            + "The port authority said talks with the union would resume on Thursday morning.\n"));
    }

    @Test
    void aSentenceUnderASiteHeaderIsAPageNotABrief() {
        assertFalse(ProseBrief.is("Marden Ledger\nNotice\nThe council offices in Marden will be closed on Friday for repairs.\n"));
    }

    @Test
    void aSentenceBesideAPromptIsNotABrief() {
        assertFalse(ProseBrief.is("The Velor river ferry will stop running on Sundays from next month, its operator said.\n"
            + "Sign up for our morning newsletter.\n"));
    }

    @Test
    void anErrorNoticeIsNotABrief() {
        assertFalse(ProseBrief.is("Sorry, the page you are looking for has moved or could not be found on this server.\n"));
    }

    @Test
    void aHeadlineAloneIsNotABrief() {
        assertFalse(ProseBrief.is("Ferry to stop running on Sundays\n"));
        assertFalse(ProseBrief.is("\n  \n"));
    }

    @Test
    void aBriefClosedByItsWireCopyrightIsABrief() {
        assertTrue(ProseBrief.is("MARDEN — Dock workers walked out on Tuesday over the new shift rota .\n"
            + "Copyright 2025 Velor Wire Service. All rights reserved. This material may not be redistributed.\n"));
    }

    @Test
    void anExcerptClosedByItsSourceCreditIsABrief() {
        assertTrue(ProseBrief.is("The Velor river ferry will stop running on Sundays from next month, its operator said.\n"
            + "(Excerpt) Read more at marden-ledger.example ...\n"));
        assertTrue(ProseBrief.is("The Velor river ferry will stop running on Sundays from next month, its operator said.\n"
            + "Read more at MardenLedger.example RSS - local\n"));
    }

    @Test
    void aCreditAloneOrAboveTheProseIsNoBrief() {
        assertFalse(ProseBrief.is("Read more at marden-ledger.example\n"));
        assertFalse(ProseBrief.is("Copyright 2025 Velor Wire Service. All rights reserved.\n"
            + "The Velor river ferry will stop running on Sundays from next month, its operator said.\n"
            + "Sign up for our morning newsletter.\n"));
    }

    @Test
    void aFileOfOneLongLineWithoutItsStopIsABrief() {
        assertTrue(ProseBrief.is("BREAKING: Velor ferry crew rescue four sailors from a drifting yacht off Harlan point tonight\n"));
    }

    @Test
    void aLoneHeadlineLengthLineOrALongLineUnderAHeaderIsNot() {
        assertFalse(ProseBrief.is("Velor ferry crew rescue four sailors off Harlan\n"));
        assertFalse(ProseBrief.is("Marden Ledger\n"
            + "BREAKING: Velor ferry crew rescue four sailors from a drifting yacht off Harlan point tonight\n"));
    }
}
