package dev.corroborate.core;

import java.util.List;

/**
 * Everything known about a corpus: articles with their statements, events, storylines and coverage.
 */
public record Analysis(List<AnalysedArticle> articles, List<Event> events, List<Storyline> storylines,
                       List<EventCoverage> coverage) {
    public Analysis {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
        coverage = List.copyOf(coverage);
    }
}
