package dev.corroborate.core;

import java.util.List;

/**
 * Everything known about a corpus: articles with their statements, events, storylines, coverage, and which articles
 * are copies of others.
 *
 * @param copies one link per article that copies or lightly rewrites an earlier one; coverage counts it once
 */
public record Analysis(List<AnalysedArticle> articles, List<Event> events, List<Storyline> storylines,
                       List<EventCoverage> coverage, List<CopyLink> copies) {
    public Analysis {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        storylines = List.copyOf(storylines);
        coverage = List.copyOf(coverage);
        copies = List.copyOf(copies);
    }

    /** An analysis that found no copies. */
    public Analysis(List<AnalysedArticle> articles, List<Event> events, List<Storyline> storylines,
                    List<EventCoverage> coverage) {
        this(articles, events, storylines, coverage, List.of());
    }
}
