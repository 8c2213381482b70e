package dev.corroborate.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void countsRunsOfLettersAndDigitsWithInnerApostrophesAndHyphens() {
        assertEquals(8, Words.count("The co-op's café opened at 9.30, didn't it?"));
        assertEquals(0, Words.count(" -- ... "));
    }

    @Test
    void atLeastTellsTheFloorAsTheFullCountWould() {
        String text = "Ida Fenn opened the new Larkholm quay on Tuesday";
        assertTrue(Words.atLeast(text, 9));
        assertTrue(Words.atLeast(text, 1));
        assertFalse(Words.atLeast(text, 10));
        assertTrue(Words.atLeast("", 0));
        assertFalse(Words.atLeast("", 1));
    }
}
