package dev.corroborate.core;

import java.util.List;

/**
 * The events of one running topic over time.
 *
 * @param id       stable id derived from its earliest event
 * @param title    a readable label (its most shared terms)
 * @param eventIds member event ids, in time order
 * @param why      provenance: which shared terms or entities linked the events
 */
public record Storyline(String id, String title, List<String> eventIds, List<String> why) {
    public Storyline {
        eventIds = List.copyOf(eventIds);
        why = List.copyOf(why);
    }
}
