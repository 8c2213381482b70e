package dev.corroborate.group;

/**
 * The thresholds grouping runs with; recorded in every event's provenance.
 *
 * @param eventSimilarity    least text similarity for an article to join an event
 * @param undatedPenalty     extra similarity asked when either side's day is unknown
 * @param maxDaysApart       most days between an article's occasion and an event's
 * @param storylineSimilarity least similarity between two events of one storyline that name two people in common
 * @param storylineOnePerson  least similarity when they name one person in common
 * @param storylineAlone      least similarity that links two events with no person in common
 * @param sharedSpeakerBonus  added to a pair's similarity per shared named speaker (capped at two)
 */
public record GroupingSettings(double eventSimilarity, double undatedPenalty, int maxDaysApart,
                               double storylineSimilarity, double storylineOnePerson, double storylineAlone, double sharedSpeakerBonus) {
    public static GroupingSettings defaults() {
        return new GroupingSettings(0.22, 0.10, 2, 0.16, 0.28, 0.40, 0.03);
    }
}
