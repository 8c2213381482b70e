package dev.corroborate.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleOverlapTest {
    @Test
    void identicalTextsScoreOne() {
        assertEquals(new ShingleOverlap.Score(1, 1), ShingleOverlap.score("a b c d e", "a b c d e"));
        assertEquals(new ShingleOverlap.Score(1, 1), ShingleOverlap.score("", ""));
    }

    @Test
    void partialOverlapCountsShingles() {
        // gold 4-grams: (a b c d), (b c d e); predicted: (a b c d), (b c d x) -> tp 1, fp 1, fn 1
        ShingleOverlap.Score s = ShingleOverlap.score("a b c d e", "a b c d x");
        assertEquals(0.5, s.precision(), 1e-12);
        assertEquals(0.5, s.recall(), 1e-12);
        // predicted holds all of gold plus two shingles: tp 2, fp 2, fn 0
        ShingleOverlap.Score extra = ShingleOverlap.score("a b c d e", "a b c d e f g");
        assertEquals(0.5, extra.precision(), 1e-12);
        assertEquals(1.0, extra.recall(), 1e-12);
    }

    @Test
    void shortTextsAreOneShingleAndCaseAndUnicodeCount() {
        assertEquals(List.of("Größe", "naïve", "x_1"), ShingleOverlap.tokens("Größe, naïve! x_1"));
        assertEquals(new ShingleOverlap.Score(0, 0), ShingleOverlap.score("One two", "one two"));
        assertEquals(new ShingleOverlap.Score(1, 1), ShingleOverlap.score("One, two.", "One two"));
        assertEquals(new ShingleOverlap.Score(0, 0), ShingleOverlap.score("gold text here now", ""));
    }

    @Test
    void repeatedShinglesAreAMultiset() {
        // gold has (a b c d) twice in "a b c d a b c d": shingles abcd, bcda, cdab, dabc, abcd
        ShingleOverlap.Score s = ShingleOverlap.score("a b c d a b c d", "a b c d");
        assertEquals(1.0, s.precision(), 1e-12);
        assertEquals(0.2, s.recall(), 1e-12);
    }
}
