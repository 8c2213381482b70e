package dev.corroborate.core;

import java.time.LocalDate;
import java.util.List;

/**
 * The articles that report one real-world happening.
 *
 * @param id         stable id derived from its earliest article
 * @param title      a readable label (the headline of its most central article)
 * @param storyline  id of the storyline it belongs to
 * @param date       the day of the happening when known, else null
 * @param articleIds member article ids, in publication order
 * @param why        provenance: how the members were joined (rule, scores, threshold)
 */
public record Event(String id, String title, String storyline, LocalDate date, List<String> articleIds,
                    List<String> why) {
    public Event {
        articleIds = List.copyOf(articleIds);
        why = List.copyOf(why);
    }
}
