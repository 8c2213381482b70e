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
 * @param embeddingWeight     share of the dense-embedding similarity in text similarity (the rest is TF-IDF);
 *                            used only where both sides have embeddings
 * @param embeddingBaseline   the embedding cosine of unrelated news, mapped to zero: bge cosines rarely fall below
 * @param occasionDaysApart   most days between an article's dated statements and the nearest of an event's;
 *                            negative turns the rule off
 * @param mergeCohesion       least share of the more cohesive event's own cohesion that the mean term similarity
 *                            between two events' members must reach for them to merge; 0 turns the rule off
 * @param splitCohesion       the share of the more cohesive group's own cohesion below which the mean term
 *                            similarity across the two groups an event best falls into splits it; 0 turns it off
 * @param adoptSimilarity     least similarity at which an article left alone after placement joins its nearest
 *                            event of several members (the undated penalty added as for joins); 0 turns it off
 * @param adoptRatio          how many times more similar than to any other event that nearest event must be
 */
public record GroupingSettings(double eventSimilarity, double undatedPenalty, int maxDaysApart,
                               double mergeSimilarity, double moveMargin, double storylineSimilarity, double storylineOnePerson, double storylineAlone, double storylineAverage,
                               double sharedSpeakerBonus, double embeddingWeight, double embeddingBaseline,
                               int occasionDaysApart, double mergeCohesion, double splitCohesion,
                               double adoptSimilarity, double adoptRatio) {
    public static GroupingSettings defaults() {
        return new GroupingSettings(0.22, 0.07, 2, 0.55, 0.05, 0.16, 0.28, 0.40, 0.15, 0.03, 0.5, 0.6, 1, 0.9, 0.5, 0.12, 1.3);
    }

    /**
     * These settings with some changed, as {@code name=value} pairs separated by commas (names as the components
     * above), for threshold sweeps.
     *
     * @throws IllegalArgumentException naming the pair that is not a setting or not a number
     */
    public GroupingSettings with(String changes) {
        var components = GroupingSettings.class.getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getAccessor().invoke(this);
            }
            for (String pair : changes.split(",")) {
                String[] kv = pair.strip().split("=", 2);
                int at = -1;
                for (int i = 0; i < components.length; i++) {
                    if (components[i].getName().equals(kv[0].strip())) {
                        at = i;
                    }
                }
                if (at < 0 || kv.length < 2) {
                    throw new IllegalArgumentException("not a grouping setting: '" + pair + "'");
                }
                String value = kv[1].strip();
                values[at] = components[at].getType() == int.class ? (Object) Integer.parseInt(value)
                    : (Object) Double.parseDouble(value);
            }
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            return GroupingSettings.class.getDeclaredConstructor(types).newInstance(values);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number in grouping settings '" + changes + "'", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
