package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RepeatedSummaryTest {
    private static final String S1 = "The council of Dunmore voted on Tuesday to close the old swimming baths by the river.";
    private static final String S2 = "\"We cannot keep pouring money into a building that leaks,\" the mayor, Ida Fenn, said after the vote.";
    private static final String S3 = "The baths, opened in 1931, have needed a new roof for a decade, according to the council's surveyors.";

    @Test
    void aLeadingSynopsisCopiedFromTheArticleIsDropped() {
        List<String> paragraphs = List.of(S1 + " " + S2, "DUNMORE: " + S1, S3, S2);
        assertEquals(List.of("DUNMORE: " + S1, S3, S2), RepeatedSummary.drop(paragraphs));
    }

    @Test
    void oneRecurringSentenceIsKept() {
        // an interview's question, set again as a heading further down, is no summary box
        List<String> paragraphs = List.of(S1, S3, S1 + " " + S2);
        assertEquals(paragraphs, RepeatedSummary.drop(paragraphs));
    }

    @Test
    void aParagraphWithANewSentenceIsKept() {
        List<String> paragraphs = List.of(S1 + " " + S3, S1, S2);
        assertEquals(paragraphs, RepeatedSummary.drop(paragraphs));
    }
}
