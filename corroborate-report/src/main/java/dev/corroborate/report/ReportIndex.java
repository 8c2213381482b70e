package dev.corroborate.report;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Entity;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Statement;
import dev.corroborate.core.Storyline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lookups the readable reports need over an {@link Analysis}: articles by id, events by storyline, coverage by
 * event, statements by speaker. Every list it returns has a fixed order, so reports are deterministic.
 */
final class ReportIndex {
    private final Analysis analysis;
    private final Map<String, AnalysedArticle> articlesById = new LinkedHashMap<>();
    private final Map<String, Integer> articleOrder = new HashMap<>();
    private final Map<String, Event> eventsById = new LinkedHashMap<>();
    private final Map<String, EventCoverage> coverageByEvent = new HashMap<>();

    ReportIndex(Analysis analysis) {
        this.analysis = analysis;
        for (AnalysedArticle a : analysis.articles()) {
            articleOrder.putIfAbsent(a.id(), articleOrder.size());
            articlesById.putIfAbsent(a.id(), a);
        }
        for (Event e : analysis.events()) {
            eventsById.putIfAbsent(e.id(), e);
        }
        for (EventCoverage c : analysis.coverage()) {
            coverageByEvent.putIfAbsent(c.eventId(), c);
        }
    }

    Analysis analysis() {
        return analysis;
    }

    Optional<AnalysedArticle> article(String id) {
        return Optional.ofNullable(articlesById.get(id));
    }

    /** The event's articles that the analysis holds, in the event's order. */
    List<AnalysedArticle> articlesOf(Event event) {
        return event.articleIds().stream().map(articlesById::get).filter(a -> a != null).toList();
    }

    /**
     * The organisations and places the event's articles name, most widely named first (ties by name): what a reader
     * scans to see who and where an event involves.
     */
    List<NamedInEvent> namedIn(Event event) {
        Map<String, NamedInEvent> named = new TreeMap<>();
        for (AnalysedArticle a : articlesOf(event)) {
            for (Entity e : a.entities()) {
                named.merge(e.kind() + "\u0000" + e.name(), new NamedInEvent(e.name(), e.kind(), 1),
                        (x, y) -> new NamedInEvent(x.name(), x.kind(), x.articles() + 1));
            }
        }
        return named.values().stream()
                .sorted(Comparator.comparingInt(NamedInEvent::articles).reversed().thenComparing(NamedInEvent::name))
                .toList();
    }

    /** The storyline's events that the analysis holds, in the storyline's order. */
    List<Event> eventsOf(Storyline storyline) {
        return storyline.eventIds().stream().map(eventsById::get).filter(e -> e != null).toList();
    }

    Optional<EventCoverage> coverageOf(Event event) {
        return Optional.ofNullable(coverageByEvent.get(event.id()));
    }

    /** Events that no storyline lists, in analysis order. */
    List<Event> eventsWithoutStoryline() {
        Set<String> listed = new HashSet<>();
        analysis.storylines().forEach(s -> listed.addAll(s.eventIds()));
        return analysis.events().stream().filter(e -> !listed.contains(e.id())).toList();
    }

    /** Articles that no event lists, in analysis order. */
    List<AnalysedArticle> articlesWithoutEvent() {
        Set<String> listed = new HashSet<>();
        analysis.events().forEach(e -> listed.addAll(e.articleIds()));
        return analysis.articles().stream().filter(a -> !listed.contains(a.id())).toList();
    }

    /**
     * Statements grouped by speaker: speakers alphabetically, each speaker's statements by the day they were said
     * (or the first day of the stretch they were said in; unknown last), then by article order and position in the
     * article.
     */
    Map<String, List<SpokenStatement>> statementsBySpeaker() {
        Map<String, List<SpokenStatement>> bySpeaker =
                new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
        for (AnalysedArticle a : analysis.articles()) {
            for (Statement s : a.statements()) {
                bySpeaker.computeIfAbsent(s.speaker(), k -> new ArrayList<>()).add(new SpokenStatement(a, s));
            }
        }
        Comparator<SpokenStatement> order = Comparator
                .comparing((SpokenStatement s) -> Texts.earliestSaid(s.statement()),
                        Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(s -> articleOrder.getOrDefault(s.article().id(), Integer.MAX_VALUE))
                .thenComparing(s -> s.statement().content());
        bySpeaker.values().forEach(list -> list.sort(order));
        return bySpeaker;
    }
}
