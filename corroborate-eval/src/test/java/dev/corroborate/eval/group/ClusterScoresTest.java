package dev.corroborate.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Pairwise and BCubed scores on clusterings small enough to count by hand. */
class ClusterScoresTest {
    private static final double EXACT = 1e-12;

    // Gold {a,b,c} {d,e} {f}; predicted {a,b} {c,d,e,f}. Labels are arbitrary names on both sides.
    private static final Map<String, String> GOLD = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y", "f", "Z");
    private static final Map<String, String> PREDICTED =
        Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2", "f", "2");

    @Test
    void pairwiseCountsSharedPairs() {
        // TP = {a,b} {d,e} = 2; predicted pairs 1 + 6 = 7; gold pairs 3 + 1 = 4.
        PrecisionRecall s = PairwiseScores.of(GOLD, PREDICTED);
        assertEquals(2.0 / 7, s.precision(), EXACT);
        assertEquals(2.0 / 4, s.recall(), EXACT);
        assertEquals(4.0 / 11, s.f1(), EXACT);
    }

    @Test
    void bcubedAveragesOverItems() {
        // Precision a 1, b 1, c 1/4, d 2/4, e 2/4, f 1/4 -> 3.5/6; recall a 2/3, b 2/3, c 1/3, d 1, e 1, f 1 -> 14/18.
        PrecisionRecall s = BCubedScores.of(GOLD, PREDICTED);
        assertEquals(7.0 / 12, s.precision(), EXACT);
        assertEquals(7.0 / 9, s.recall(), EXACT);
        assertEquals(2.0 / 3, s.f1(), EXACT);
    }

    @Test
    void perfectClusteringScoresOne() {
        Map<String, String> renamed = Map.of("a", "p", "b", "p", "c", "p", "d", "q", "e", "q", "f", "r");
        assertEquals(new PrecisionRecall(1, 1, 1), PairwiseScores.of(GOLD, renamed));
        assertEquals(new PrecisionRecall(1, 1, 1), BCubedScores.of(GOLD, renamed));
    }

    @Test
    void allSingletonsClaimNoPairs() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y");
        Map<String, String> singletons = Map.of("a", "1", "b", "2", "c", "3");
        // No predicted pair: precision is vacuously 1, recall 0, F1 0.
        assertEquals(new PrecisionRecall(1, 0, 0), PairwiseScores.of(gold, singletons));
        // BCubed recall a 1/2, b 1/2, c 1 -> 2/3; F1 = 2 * 2/3 / (5/3) = 4/5.
        PrecisionRecall b = BCubedScores.of(gold, singletons);
        assertEquals(1.0, b.precision(), EXACT);
        assertEquals(2.0 / 3, b.recall(), EXACT);
        assertEquals(4.0 / 5, b.f1(), EXACT);
    }

    @Test
    void oneBigClusterRecallsEverything() {
        Map<String, String> gold = Map.of("a", "X", "b", "X", "c", "Y");
        Map<String, String> lumped = Map.of("a", "1", "b", "1", "c", "1");
        // TP 1 of 3 predicted pairs, the only gold pair found.
        PrecisionRecall p = PairwiseScores.of(gold, lumped);
        assertEquals(1.0 / 3, p.precision(), EXACT);
        assertEquals(1.0, p.recall(), EXACT);
        assertEquals(0.5, p.f1(), EXACT);
        // BCubed precision a 2/3, b 2/3, c 1/3 -> 5/9; F1 = 2 * 5/9 / (14/9) = 5/7.
        PrecisionRecall b = BCubedScores.of(gold, lumped);
        assertEquals(5.0 / 9, b.precision(), EXACT);
        assertEquals(1.0, b.recall(), EXACT);
        assertEquals(5.0 / 7, b.f1(), EXACT);
    }

    @Test
    void clusteringsMustCoverTheSameItems() {
        Map<String, String> gold = Map.of("a", "X", "b", "X");
        assertThrows(IllegalArgumentException.class, () -> PairwiseScores.of(gold, Map.of("a", "1")));
        assertThrows(IllegalArgumentException.class, () -> BCubedScores.of(Map.of(), Map.of()));
    }

    @Test
    void f1OfZeroAndZeroIsZero() {
        assertEquals(new PrecisionRecall(0, 0, 0), PrecisionRecall.of(0, 0));
    }
}
