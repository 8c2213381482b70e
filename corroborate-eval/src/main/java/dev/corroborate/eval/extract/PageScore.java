package dev.corroborate.eval.extract;

/**
 * One page's scores, for finding the worst pages.
 *
 * @param id          the page id
 * @param precision   body shingle precision
 * @param recall      body shingle recall
 * @param predicted   true when extraction gave a non-empty body
 * @param annotated   true when the gold body is non-empty
 * @param dateCorrect the day matched, or null when the page has no gold date
 * @param titleCorrect the title matched, or null when the page has no gold title
 * @param authorsF1   authors set F1, or NaN when the page has no gold authors
 * @param ms          extraction time in milliseconds
 * @param failure     why extraction failed, or null
 * @param comparison  gold beside predicted metadata and the predicted body
 */
public record PageScore(String id, double precision, double recall, boolean predicted, boolean annotated,
                        Boolean dateCorrect,
                        Boolean titleCorrect, double authorsF1, double ms, String failure,
                        PageComparison comparison) {

    /** Harmonic mean of this page's precision and recall. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
