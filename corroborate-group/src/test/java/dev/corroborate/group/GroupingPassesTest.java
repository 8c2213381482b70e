package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Storyline;

/** The grouping passes on hand-made term profiles, where every similarity is known in advance. */
class GroupingPassesTest {
    private final GroupingSettings settings = GroupingSettings.defaults();

    @Test
    void anArticleLeftAloneByThePassInTimeOrderJoinsTheEventItTurnedOutToBelongTo() {
        // "harbour" opens first; "quay" cannot join it (no shared term); the two mixed reports then make the
        // harbour event's centre lean towards "quay" too, so the lone article moves in.
        List<ArticleProfile> profiles = List.of(
            profile("a1", null, Map.of("harbour", 1.0)),
            profile("a2", null, Map.of("quay", 1.0)),
            profile("a3", null, Map.of("harbour", 0.7, "quay", 0.7)),
            profile("a4", null, Map.of("harbour", 0.7, "quay", 0.7)));

        List<EventCluster> events = new EventGrouper(settings).group(profiles);

        assertEquals(1, events.size());
        EventCluster event = events.get(0);
        assertEquals("ev-a1", event.id);
        assertEquals(List.of("a1", "a2", "a3", "a4"), event.members.stream().map(ArticleProfile::articleId).toList());
        assertTrue(event.why.stream().anyMatch(w -> w.startsWith("a2 moved in from ev-a2: similarity ")), event.why::toString);
        assertEquals("opened by a1", event.why.get(0));
    }

    @Test
    void theSameWordsTenDaysApartStayTwoEvents() {
        List<ArticleProfile> profiles = List.of(
            profile("b1", LocalDate.of(2025, 5, 1), Map.of("harbour", 1.0)),
            profile("b2", LocalDate.of(2025, 5, 1), Map.of("harbour", 1.0)),
            profile("b3", LocalDate.of(2025, 5, 11), Map.of("harbour", 1.0)));

        List<EventCluster> events = new EventGrouper(settings).group(profiles);

        assertEquals(List.of("ev-b1", "ev-b3"), events.stream().map(c -> c.id).toList());
    }

    @Test
    void aChainOfEventsEachSharingWordsOnlyWithTheNextIsNotOneStoryline() {
        // Event i speaks of topic i and topic i+1: neighbours are similar (0.5), events two apart share nothing.
        List<EventCluster> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EventCluster c = new EventCluster("ev-c" + i);
            c.add(profile("c" + i, LocalDate.of(2025, 1, 1).plusDays(10L * i),
                Map.of("topic" + i, Math.sqrt(0.5), "topic" + (i + 1), Math.sqrt(0.5))));
            events.add(c);
        }

        List<Storyline> storylines = new StorylineLinker(settings).link(events, new HashMap<>());

        assertEquals(List.of(List.of("ev-c0", "ev-c1", "ev-c2", "ev-c3"), List.of("ev-c4", "ev-c5")),
            storylines.stream().map(Storyline::eventIds).toList(), "single-link would make one storyline of six");
        assertTrue(storylines.get(0).why().stream()
            .anyMatch(w -> w.startsWith("ev-c2 ~ ev-c3: similarity 0.500") && w.contains("average text similarity 0.167")),
            storylines.get(0).why()::toString);
    }

    @Test
    void eventsInAnyOrderGiveTheSameStorylines() {
        List<EventCluster> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EventCluster c = new EventCluster("ev-d" + i);
            c.add(profile("d" + i, LocalDate.of(2025, 1, 1).plusDays(10L * i),
                Map.of("topic" + i % 3, 0.8, "shared", 0.6)));
            events.add(c);
        }
        List<Storyline> expected = new StorylineLinker(settings).link(events, new HashMap<>());
        List<EventCluster> reversed = new ArrayList<>(events.reversed());
        reversed.sort(java.util.Comparator.comparing(c -> c.id));

        assertEquals(expected, new StorylineLinker(settings).link(reversed, new HashMap<>()));
    }

    private static ArticleProfile profile(String id, LocalDate day, Map<String, Double> terms) {
        return new ArticleProfile(id, terms, Set.of(), Set.of(), day, id, EventGrouper.topTerms(terms, EventGrouper.INDEX_TERMS));
    }
}
