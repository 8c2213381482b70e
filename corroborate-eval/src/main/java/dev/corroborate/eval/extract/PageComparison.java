package dev.corroborate.eval.extract;

import java.util.List;

/**
 * What the gold says beside what the extractor gave for one page, so that a failing page can be read without rerunning.
 *
 * @param goldTitle        the gold title, or null
 * @param predictedTitle   the extracted title, or null
 * @param goldDate         the gold day (ISO), or null
 * @param predictedDate    the extracted publication time (ISO), or null
 * @param goldAuthors      the gold authors
 * @param predictedAuthors the extracted authors
 * @param predictedBody    the extracted body, empty when extraction failed
 */
public record PageComparison(String goldTitle, String predictedTitle, String goldDate, String predictedDate,
                             List<String> goldAuthors, List<String> predictedAuthors, String predictedBody) {
    public PageComparison {
        goldAuthors = List.copyOf(goldAuthors);
        predictedAuthors = List.copyOf(predictedAuthors);
        predictedBody = predictedBody == null ? "" : predictedBody;
    }

    /** A comparison with nothing recorded, for scores built without one. */
    public static PageComparison none() {
        return new PageComparison(null, null, null, null, List.of(), List.of(), "");
    }
}
