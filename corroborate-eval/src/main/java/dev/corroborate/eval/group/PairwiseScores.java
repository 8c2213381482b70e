package dev.corroborate.eval.group;

import java.util.Map;

/**
 * Pairwise clustering scores, as in Miranda et al. 2018 (multilingual news stream clustering): over all unordered
 * pairs of items, a pair is predicted positive when both items share a predicted cluster and truly positive when
 * they also share a gold class. Precision = TP / (TP + FP), recall = TP / (TP + FN).
 *
 * <p>A ratio with nothing to count (no predicted pair, or no gold pair) is 1: nothing was claimed, so nothing was
 * claimed wrongly; F1 still falls to 0 when the other side is 0.
 */
public final class PairwiseScores {
    private PairwiseScores() {
    }

    /**
     * @param gold      item to its gold class
     * @param predicted item to its predicted cluster, over the same items
     * @return pairwise precision, recall and F1
     */
    public static PrecisionRecall of(Map<String, String> gold, Map<String, String> predicted) {
        ContingencyTable table = new ContingencyTable(gold, predicted);
        long truePositives = 0;
        for (int shared : table.cells().values()) {
            truePositives += ContingencyTable.pairs(shared);
        }
        long predictedPairs = 0;
        for (int size : table.predictedSizes().values()) {
            predictedPairs += ContingencyTable.pairs(size);
        }
        long goldPairs = 0;
        for (int size : table.goldSizes().values()) {
            goldPairs += ContingencyTable.pairs(size);
        }
        return PrecisionRecall.of(ratio(truePositives, predictedPairs), ratio(truePositives, goldPairs));
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
