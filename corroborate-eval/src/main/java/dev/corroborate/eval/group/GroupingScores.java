package dev.corroborate.eval.group;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One level of grouping (events, or storylines) scored against gold, both ways.
 *
 * @param pairwise pairwise precision, recall and F1 ({@link PairwiseScores})
 * @param bcubed   BCubed precision, recall and F1 ({@link BCubedScores})
 */
public record GroupingScores(PrecisionRecall pairwise, PrecisionRecall bcubed) {

    /** Scores a predicted clustering against a gold one over the same items. */
    public static GroupingScores of(Map<String, String> gold, Map<String, String> predicted) {
        return new GroupingScores(PairwiseScores.of(gold, predicted), BCubedScores.of(gold, predicted));
    }

    /** {@code {"pairwise": {precision, recall, f1}, "bcubed": {...}}} with figures rounded to 4 decimals. */
    Map<String, Object> toJsonTree() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairwise", tree(pairwise));
        m.put("bcubed", tree(bcubed));
        return m;
    }

    private static Map<String, Object> tree(PrecisionRecall scores) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(scores.precision()));
        m.put("recall", round(scores.recall()));
        m.put("f1", round(scores.f1()));
        return m;
    }

    static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : 0;
    }
}
