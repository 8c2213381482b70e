package dev.corroborate.group;

/**
 * The thresholds grouping runs with; recorded in every event's provenance.
 *
 * @param eventSimilarity     least text similarity for an article to join an event
 * @param undatedPenalty      extra similarity asked when either side's day is unknown
 * @param maxDaysApart        most days between the occasions of one event's articles
 * @param mergeSimilarity     least similarity between two events' centres that makes them one event
 * @param moveMargin          how much nearer another event's centre must be before an article moves there
 * @param storylineSimilarity least similarity between two events of one storyline that name two people in common
 * @param storylineOnePerson  least similarity when they name one person in common
 * @param storylineAlone      least similarity that links two events with no person in common
 * @param storylineAverage    least average similarity between the events of two storylines that a link joins
 * @param sharedSpeakerBonus  added to a pair's similarity per shared named speaker (capped at two)
 */
public record GroupingSettings(double eventSimilarity, double undatedPenalty, int maxDaysApart,
                               double mergeSimilarity, double moveMargin, double storylineSimilarity, double storylineOnePerson, double storylineAlone, double storylineAverage,
                               double sharedSpeakerBonus) {
    public static GroupingSettings defaults() {
        return new GroupingSettings(0.22, 0.05, 2, 0.55, 0.05, 0.16, 0.28, 0.40, 0.15, 0.03);
    }
}
