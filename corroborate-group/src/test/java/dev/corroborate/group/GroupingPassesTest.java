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

/**
 * The grouping passes on hand-made terms, where every similarity is known in advance: placement through
 * {@link IncrementalGrouper} (join, merge and move), storylines through {@link StorylineLinker}.
 */
class GroupingPassesTest {
    private final GroupingSettings settings = GroupingSettings.defaults();

    @Test
    void anArticleLeftAloneByThePassInTimeOrderJoinsTheEventItTurnedOutToBelongTo() {
        // "harbour" opens first; "quay" cannot join it (no shared term); the two mixed reports then make the
        // harbour event's centre lean towards "quay" too, so the lone article moves in. Every term is in three
        // of the four articles, so TF-IDF weighs them alike and the mixed reports are half one, half the other.
        List<ArticleFeatures> batch = List.of(
            undated("a1", Map.of("harbour", 1)),
            undated("a2", Map.of("quay", 1)),
            undated("a3", Map.of("harbour", 1, "quay", 1)),
            undated("a4", Map.of("harbour", 1, "quay", 1)));
        IncrementalGrouper grouper = new IncrementalGrouper(settings, 0);

        grouper.place(batch);

        List<EventCluster> events = grouper.events();
        assertEquals(1, events.size(), () -> events.stream().map(c -> c.id + " " + c.why).toList().toString());
        EventCluster event = events.get(0);
        assertEquals("ev-a1", event.id);
        assertEquals(List.of("a1", "a2", "a3", "a4"), event.members.stream().map(ArticleProfile::articleId).sorted().toList());
        assertTrue(event.why.stream().anyMatch(w -> w.startsWith("a2 moved in from ev-a2: similarity ")), event.why::toString);
        assertEquals("opened by a1", event.why.get(0));
    }

    @Test
    void theSameWordsTenDaysApartStayTwoEvents() {
        List<ArticleFeatures> batch = List.of(
            dated("b1", LocalDate.of(2025, 5, 1), Map.of("harbour", 1)),
            dated("b2", LocalDate.of(2025, 5, 1), Map.of("harbour", 1)),
            dated("b3", LocalDate.of(2025, 5, 11), Map.of("harbour", 1)));
        IncrementalGrouper grouper = new IncrementalGrouper(settings, 0);

        grouper.place(batch);

        assertEquals(List.of("ev-b1", "ev-b3"), grouper.events().stream().map(c -> c.id).toList());
        assertEquals(List.of("b1", "b2"), grouper.events().get(0).members.stream().map(ArticleProfile::articleId).toList());
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

    private static ArticleFeatures undated(String id, Map<String, Integer> counts) {
        return dated(id, null, counts);
    }

    private static ArticleFeatures dated(String id, LocalDate day, Map<String, Integer> counts) {
        return new ArticleFeatures(id, TermCounts.of(counts), List.of(), List.of(), day, id);
    }

    private static ArticleProfile profile(String id, LocalDate day, Map<String, Double> terms) {
        return new ArticleProfile(id, terms, Set.of(), Set.of(), day, id, TopTerms.of(terms, TopTerms.INDEX_TERMS));
    }
}
