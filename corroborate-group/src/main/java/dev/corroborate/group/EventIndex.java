package dev.corroborate.group;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nearest-neighbour index of placement: events found by the strong terms of their members, bucketed by the
 * event's first day. An article of day d can only join an event whose first day lies within the day window of d,
 * so a lookup reads a handful of buckets and its cost stays flat however many days the store holds.
 * Undated events sit in a bucket of their own; undated articles, which may join any event, read a per-term list
 * of the most recently indexed events instead.
 */
final class EventIndex {
    /** The most events kept per term for lookups that the day cannot narrow. */
    static final int RECENT_PER_TERM = 256;

    private record Key(String term, long day) {
    }

    private static final long UNDATED = Long.MIN_VALUE;

    private final int window;
    private final Map<Key, List<EventCluster>> byTermAndDay = new HashMap<>();
    private final Map<String, ArrayDeque<EventCluster>> recentByTerm = new HashMap<>();

    /** @param window the most days between the occasions of one event's articles */
    EventIndex(int window) {
        this.window = window;
    }

    /** Files an event under the given terms, at its current first day. */
    void add(EventCluster event, List<String> terms) {
        long day = event.first == null ? UNDATED : event.first.toEpochDay();
        for (String term : terms) {
            List<EventCluster> posting = byTermAndDay.computeIfAbsent(new Key(term, day), k -> new ArrayList<>());
            if (posting.isEmpty() || posting.get(posting.size() - 1) != event) {
                posting.add(event);
            }
            if (day == UNDATED && posting.size() > RECENT_PER_TERM) {
                posting.remove(0);
            }
            ArrayDeque<EventCluster> recent = recentByTerm.computeIfAbsent(term, t -> new ArrayDeque<>());
            if (recent.peekLast() != event) {
                recent.addLast(event);
                if (recent.size() > RECENT_PER_TERM) {
                    recent.removeFirst();
                }
            }
        }
    }

    /**
     * Events filed under any of the terms whose first day may fit occasions from {@code first} to {@code last}
     * (both null for an undated article), in the order they were filed. May hold events since merged away or
     * moved: the caller checks.
     */
    Set<EventCluster> candidates(List<String> terms, LocalDate first, LocalDate last) {
        Set<EventCluster> found = new LinkedHashSet<>();
        if (first == null) {
            for (String term : terms) {
                found.addAll(recentByTerm.getOrDefault(term, new ArrayDeque<>()));
            }
            return found;
        }
        long from = first.toEpochDay() - window;
        long to = last.toEpochDay() + window;
        for (String term : terms) {
            for (long day = from; day <= to; day++) {
                List<EventCluster> posting = byTermAndDay.get(new Key(term, day));
                if (posting != null) {
                    found.addAll(posting);
                }
            }
            List<EventCluster> undated = byTermAndDay.get(new Key(term, UNDATED));
            if (undated != null) {
                found.addAll(undated);
            }
        }
        return found;
    }
}
