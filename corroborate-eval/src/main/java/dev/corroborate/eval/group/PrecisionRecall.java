package dev.corroborate.eval.group;

/**
 * A precision, a recall and the F1 made from them.
 *
 * @param precision in [0, 1]
 * @param recall    in [0, 1]
 * @param f1        the harmonic mean of the two, 0 when both are 0
 */
public record PrecisionRecall(double precision, double recall, double f1) {

    /** The pair with its F1. */
    public static PrecisionRecall of(double precision, double recall) {
        double sum = precision + recall;
        return new PrecisionRecall(precision, recall, sum == 0 ? 0 : 2 * precision * recall / sum);
    }
}
