package dev.corroborate.group;

import java.util.List;

/**
 * What the incremental grouper needs besides each article's {@link ArticleFeatures} to carry on where it stopped:
 * the order articles were placed in, how many of the first ones the term weights were taken over, and the events
 * with their members and provenance. Persisted by the store; {@link #VERSION} changes whenever its meaning does.
 *
 * @param version        the format and algorithm version it was written by
 * @param settings       the thresholds it was built with; other thresholds mean a rebuild
 * @param placementOrder article ids in the order they were placed
 * @param weightedOver   term weights use the document frequencies of the first this-many placed articles
 * @param events         the events, each its members in the order they joined, and why
 */
public record GroupingState(int version, GroupingSettings settings, List<String> placementOrder, int weightedOver,
                            List<EventState> events) {
    public static final int VERSION = 4;

    public GroupingState {
        placementOrder = List.copyOf(placementOrder);
        events = List.copyOf(events);
    }

    /** One event of the state. */
    public record EventState(List<String> members, List<String> why) {
        public EventState {
            members = List.copyOf(members);
            why = List.copyOf(why);
        }
    }
}
