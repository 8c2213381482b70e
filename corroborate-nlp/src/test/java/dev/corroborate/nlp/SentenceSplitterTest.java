package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Span;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void monthAbbreviationDoesNotEndASentence() {
        assertSentences("The vote was held on Nov. 7 in Marden. Turnout was low.",
            "The vote was held on Nov. 7 in Marden.", "Turnout was low.");
    }

    @Test
    void dottedCountryAbbreviationDoesNotEndASentence() {
        assertSentences("Officials from the U.S. Embassy attended the signing. Nobody spoke.",
            "Officials from the U.S. Embassy attended the signing.", "Nobody spoke.");
    }

    @Test
    void initialDoesNotEndASentence() {
        assertSentences("The photograph was taken by J. Perrin on the quay. It shows the ferry.",
            "The photograph was taken by J. Perrin on the quay.", "It shows the ferry.");
    }

    @Test
    void titleAbbreviationDoesNotEndASentence() {
        assertSentences("Dr. Anna Kovac treated the injured. Gen. Rask sent two helicopters.",
            "Dr. Anna Kovac treated the injured.", "Gen. Rask sent two helicopters.");
    }

    @Test
    void closingQuoteStaysWithTheSentenceItEnds() {
        assertSentences("Orlik said: \"The fund opens now.\" The Assembly applauded.",
            "Orlik said: \"The fund opens now.\"", "The Assembly applauded.");
    }

    @Test
    void quoteEndingInACommaDoesNotEndTheSentence() {
        assertSentences("\"We will not wait,\" Orlik said. \"The fund opens now.\" Then she left.",
            "\"We will not wait,\" Orlik said.", "\"The fund opens now.\"", "Then she left.");
    }

    @Test
    void curlyQuotesCloseAndOpenSentences() {
        assertSentences("\u201CThe bridge is safe.\u201D \u201CWe checked it twice,\u201D Varga said.",
            "\u201CThe bridge is safe.\u201D", "\u201CWe checked it twice,\u201D Varga said.");
    }

    @Test
    void paragraphBreakEndsASentenceWithoutPunctuation() {
        assertSentences("Who pays for the wider fund\n\nThe levy does. Employers agree.",
            "Who pays for the wider fund", "The levy does.", "Employers agree.");
    }

    @Test
    void questionAndExclamationMarksEndSentences() {
        assertSentences("Is the bridge safe? Engineers say yes! Work resumes at 9 a.m. Monday.",
            "Is the bridge safe?", "Engineers say yes!", "Work resumes at 9 a.m. Monday.");
    }

    @Test
    void decimalPointDoesNotEndASentence() {
        assertSentences("Prices rose 3.5 percent. The index fell.", "Prices rose 3.5 percent.", "The index fell.");
    }

    @Test
    void lowerCaseAfterAFullStopDoesNotStartASentence() {
        assertSentences("The ferry left at 6 p.m. on the dot. It was full.",
            "The ferry left at 6 p.m. on the dot.", "It was full.");
    }

    @Test
    void sentenceStartingWithADigitIsSplit() {
        assertSentences("The dam is full. 40 years have passed since.", "The dam is full.", "40 years have passed since.");
    }

    @Test
    void spansAreExactAndLeaveSurroundingSpaceOut() {
        assertEquals(List.of(new Span(2, 15), new Span(17, 27), new Span(31, 38)),
            splitter.split("  The dam held.  It rained.\n\n  Floods.  "));
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertEquals(List.of(), splitter.split(""));
        assertEquals(List.of(), splitter.split(" \n\n "));
    }

    private void assertSentences(String text, String... expected) {
        assertEquals(List.of(expected), splitter.split(text).stream().map(s -> s.of(text)).toList());
    }
}
