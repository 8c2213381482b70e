package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The rules that weigh two groups of articles against their own cohesion: merging only what is as alike across as
 * within, and splitting an event whose members fall into two groups far less alike across. Unit-length hand-made
 * profiles, so every cosine is known.
 */
class CohesionRulesTest {
    private final GroupingSettings settings = GroupingSettings.defaults();
    private final EventSimilarity similarity = new EventSimilarity(settings);

    @Test
    void cohesionIsTheMembersMeanPairwiseCosine() {
        EventCluster c = event("c", Map.of("ferry", 1.0), Map.of("ferry", 1.0), Map.of("ferry", 0.6, "strike", 0.8));

        // Pairwise cosines 1, 0.6 and 0.6.
        assertEquals((1 + 0.6 + 0.6) / 3, c.cohesion(), 1e-9);
        assertTrue(Double.isNaN(event("d", Map.of("ferry", 1.0)).cohesion()));
    }

    @Test
    void twoTightStoriesOnOneSubjectDoNotMergeThoughTheirCentresAreClose() {
        // Two casting rumours about one film, each about another actor: centres' cosine 0.64 passes the absolute
        // threshold, but each story's members are identical among themselves and only 0.64 alike across.
        Map<String, Double> first = Map.of("casting", 0.8, "verlaine", 0.6);
        Map<String, Double> second = Map.of("casting", 0.8, "okonkwo", 0.6);
        EventCluster a = event("a", first, first);
        EventCluster b = event("b", second, second);

        assertEquals(0.64, a.centreCosine(b), 1e-9);
        assertFalse(similarity.merge(a, b).passes(), similarity.merge(a, b)::toString);
        assertTrue(new EventSimilarity(settings.with("mergeCohesion=0")).merge(a, b).passes());
    }

    @Test
    void twoHalvesOfOneLooseStoryStillMerge() {
        // Each half holds one report of each angle: as alike across (0.82 on average) as within (0.64).
        Map<String, Double> harbour = Map.of("flood", 0.8, "harbour", 0.6);
        Map<String, Double> mayor = Map.of("flood", 0.8, "mayor", 0.6);
        EventCluster a = event("a", harbour, mayor);
        EventCluster b = event("b", harbour, mayor);

        assertEquals(0.82, a.meanCrossSimilarity(b), 1e-9);
        assertTrue(similarity.merge(a, b).passes(), similarity.merge(a, b)::toString);
    }

    @Test
    void anEventOfTwoStoriesFallsApartIntoThem() {
        Map<String, Double> hoax = Map.of("death", 0.6, "singer", 0.8);
        Map<String, Double> price = Map.of("death", 0.6, "tariff", 0.8);
        EventCluster mixed = event("m", hoax, price, hoax, price, hoax, price);

        List<EventCluster> parts = EventBisection.of(mixed);

        assertNotNull(parts);
        assertEquals(Set.of(Set.of("m0", "m2", "m4"), Set.of("m1", "m3", "m5")),
            Set.of(ids(parts.get(0)), ids(parts.get(1))));
        // Across 0.36, within 1: well under half.
        assertTrue(similarity.apart(parts.get(0), parts.get(1)));
        assertFalse(new EventSimilarity(settings.with("splitCohesion=0")).apart(parts.get(0), parts.get(1)));
    }

    @Test
    void aLooseStoryIsNotSplit() {
        Map<String, Double> harbour = Map.of("flood", 0.8, "harbour", 0.6);
        Map<String, Double> mayor = Map.of("flood", 0.8, "mayor", 0.6);
        EventCluster story = event("s", harbour, mayor, harbour, mayor, harbour, mayor);

        List<EventCluster> parts = EventBisection.of(story);

        // Its two angles are 0.64 alike across, more than half their own cohesion.
        assertNotNull(parts);
        assertFalse(similarity.apart(parts.get(0), parts.get(1)));
    }

    @Test
    void twoFewMembersOnOneSideNeverSplit() {
        Map<String, Double> hoax = Map.of("death", 0.6, "singer", 0.8);
        Map<String, Double> price = Map.of("death", 0.6, "tariff", 0.8);
        EventCluster a = event("a", hoax, hoax, hoax);
        EventCluster b = event("b", price, price);

        assertFalse(similarity.apart(a, b), "a pair says too little of its cohesion; a stray article moves instead");
    }

    @Test
    void theGrouperSplitsAnEventThatJoinedTwoStoriesAndSaysWhy() {
        // Alternating arrivals of two stories that share one word: the first of the second story joins the first
        // (cosine above the join threshold), the rest follow the mixed centre; the split pass takes them apart.
        // Dated, so the threshold is the plain join threshold, without the undated penalty.
        java.time.LocalDate day = java.time.LocalDate.of(2024, 3, 1);
        List<ArticleFeatures> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            batch.add(new ArticleFeatures("h" + i, TermCounts.of(Map.of("rumour", 1, "singer", 1)), List.of(), List.of(), day, "h" + i));
            batch.add(new ArticleFeatures("p" + i, TermCounts.of(Map.of("rumour", 1, "tariff", 1)), List.of(), List.of(), day, "p" + i));
        }
        IncrementalGrouper grouper = new IncrementalGrouper(settings, 0);

        grouper.place(batch);

        List<EventCluster> events = grouper.events();
        assertEquals(Set.of(Set.of("h0", "h1", "h2", "h3"), Set.of("p0", "p1", "p2", "p3")),
            Set.of(ids(events.get(0)), ids(events.get(1))), () -> events.stream().map(c -> c.id + " " + c.why).toList().toString());
        assertTrue(events.get(0).why.stream().anyMatch(w -> w.startsWith("split from ev-h0: mean similarity across ")),
            events.get(0).why::toString);
        IncrementalGrouper unsplit = new IncrementalGrouper(settings.with("splitCohesion=0"), 0);
        unsplit.place(batch);
        assertEquals(1, unsplit.events().size(), "without the split pass the two stories stay one event");
    }

    @SafeVarargs
    private static EventCluster event(String id, Map<String, Double>... members) {
        EventCluster c = new EventCluster("ev-" + id);
        for (int i = 0; i < members.length; i++) {
            c.add(new ArticleProfile(id + i, members[i], Set.of(), Set.of(), null, id + i,
                TopTerms.of(members[i], TopTerms.INDEX_TERMS)));
        }
        return c;
    }

    private static Set<String> ids(EventCluster c) {
        return Set.copyOf(c.members.stream().map(ArticleProfile::articleId).toList());
    }
}
