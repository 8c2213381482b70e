package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void stopWordsShortWordsAndNumbersAreLeftOut() {
        assertEquals(List.of("ferry", "left", "marden"), Terms.stems("The ferry left Marden at 6 in 2025, he said."));
    }

    @Test
    void wordsAreLowerCasedAndStemmed() {
        assertEquals(List.of("negoti", "minist", "reform", "harbour", "timetabl"),
            Terms.stems("Negotiations, ministers, reforms, HARBOURS and timetables"));
    }

    @Test
    void possessiveIsDropped() {
        assertEquals(List.of("orlik", "plan"), Terms.stems("Orlik's plan"));
        assertEquals(List.of("orlik", "plan"), Terms.stems("Orlik\u2019s plan"));
    }

    @Test
    void repeatsAreKeptInOrder() {
        assertEquals(List.of("bridg", "clos", "bridg"), Terms.stems("bridge closed; bridge"));
    }

    @Test
    void countsCountStems() {
        assertEquals(Map.of("bridg", 2, "clos", 1), Terms.counts("Bridges closed, bridge"));
    }

    @Test
    void stemLeavesAtLeastFourLetters() {
        assertEquals("order", Terms.stem("orders"));
        assertEquals("order", Terms.stem("ordered"));
        assertEquals("bans", Terms.stem("bans"));
        assertEquals("ferr", Terms.stem("ferries"));
    }

    @Test
    void emptyTextHasNoStems() {
        assertEquals(List.of(), Terms.stems(""));
        assertEquals(List.of(), Terms.stems(" -- ... "));
    }

    @Test
    
    void negotiationsAndNegotiateMeet() {
        assertEquals(Terms.stem("negotiations"), Terms.stem("negotiate"));
    }

    @Test
    
    void pluralPossessiveIsDropped() {
        assertEquals(Terms.stems("the islanders"), Terms.stems("the islanders' ferry").subList(0, 1));
    }
}
