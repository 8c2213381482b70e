package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Streaming placement on hand-made features from the invented town of Brenholt: what persists is enough to carry
 * on, placements stay put as the store grows, and the time window keeps far-apart days apart.
 */
class IncrementalGrouperTest {
    private final GroupingSettings settings = GroupingSettings.defaults();

    @Test
    void aRestoredGrouperPlacesNewArticlesExactlyAsOneThatNeverStopped() {
        List<ArticleFeatures> first = stream(0, 40);
        List<ArticleFeatures> second = stream(40, 80);

        IncrementalGrouper continuous = new IncrementalGrouper(settings, 0);
        continuous.place(first);
        GroupingState saved = continuous.state();
        continuous.place(second);

        Map<String, ArticleFeatures> features = new TreeMap<>();
        first.forEach(f -> features.put(f.articleId(), f));
        IncrementalGrouper restored = IncrementalGrouper.restore(settings, 0, saved, features);
        restored.place(second);

        assertEquals(members(continuous), members(restored));
    }

    @Test
    void eventsOfOneStoryOnOneDayStayTogetherAndOtherDaysStayApart() {
        IncrementalGrouper grouper = new IncrementalGrouper(settings, 0);
        for (ArticleFeatures f : stream(0, 80)) {
            grouper.place(List.of(f));
        }
        // Stories s0..s9, each reported on its own day by articles 0..7: one event per story.
        List<List<String>> events = members(grouper);
        assertEquals(10, events.size(), events::toString);
        for (List<String> event : events) {
            assertEquals(1, event.stream().map(id -> id.substring(0, id.indexOf('-'))).distinct().count(), event::toString);
        }
    }

    @Test
    void aStateFromOtherThresholdsIsRefused() {
        IncrementalGrouper grouper = new IncrementalGrouper(settings, 0);
        grouper.place(stream(0, 8));
        GroupingSettings other = settings.with("eventSimilarity=0.5");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> IncrementalGrouper.restore(other, grouper.state(), Map.of()));
        assertTrue(e.getMessage().contains("thresholds"), e.getMessage());
    }

    /**
     * Moves repeat until none is worth it: once a batch is placed, no article is clearly nearer another event it may
     * move to than the rest of its own, though each move shifts two centres.
     */
    @Test
    void afterABatchNoArticleIsStillClearlyNearerAnotherEvent() {
        assertEquals("", unsettled(wanderingBatch(SEED)));
    }

    /** A draw of the wandering batch in which one round of moves leaves an article nearer the other story. */
    private static final long SEED = 38;

    /**
     * Two same-day stories sharing the town's words, their articles interleaved, each with a random share of the
     * other story's words (a fixed draw, so the batch is the same every run).
     */
    private static List<ArticleFeatures> wanderingBatch(long seed) {
        Random random = new Random(seed);
        List<ArticleFeatures> batch = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String story = i % 2 == 0 ? "mill" : "ferry";
            String other = i % 2 == 0 ? "ferry" : "mill";
            Map<String, Integer> counts = new TreeMap<>();
            counts.put("brenholt", 1 + random.nextInt(3));
            counts.put("council", 1 + random.nextInt(2));
            counts.put(story + "fire", random.nextInt(4));
            counts.put(story + "crew", random.nextInt(3));
            counts.put(other + "fire", random.nextInt(3));
            counts.put(other + "crew", random.nextInt(2));
            counts.put("filler" + i, 1);
            counts.values().removeIf(c -> c == 0);
            batch.add(new ArticleFeatures(String.format("%s-%02d", story, i), TermCounts.of(counts), List.of(),
                List.of(), LocalDate.of(2025, 6, 3), "Brenholt " + story));
        }
        return batch;
    }

    /** The articles still clearly nearer another event they may move to than the rest of their own, in words. */
    private String unsettled(List<ArticleFeatures> batch) {
        IncrementalGrouper grouper = new IncrementalGrouper(settings, 0);
        grouper.place(batch);
        EventSimilarity similarity = new EventSimilarity(settings);
        StringBuilder unsettled = new StringBuilder();
        for (EventCluster own : grouper.events()) {
            for (ArticleProfile p : own.members) {
                double here = similarity.stay(p, own);
                for (EventCluster other : grouper.events()) {
                    EventSimilarity.Score there = other == own || own.members.size() == 1 && other.members.size() == 1
                        ? null : similarity.move(p, other);
                    if (there != null && there.passes() && there.value() > here + settings.moveMargin()) {
                        unsettled.append(p.articleId()).append(" -> ").append(other.id).append("; ");
                    }
                }
            }
        }
        return unsettled.toString();
    }

    /** Articles i in [from, to): story i % 10 on day i % 10, its own words plus words every story shares. */
    private static List<ArticleFeatures> stream(int from, int to) {
        List<ArticleFeatures> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int story = i % 10;
            Map<String, Integer> counts = new TreeMap<>();
            counts.put("brenholt", 2);
            counts.put("council", 1);
            counts.put("story" + story + "alpha", 3);
            counts.put("story" + story + "beta", 2);
            counts.put("story" + story + "gamma", 1 + i % 3);
            counts.put("filler" + i, 1);
            out.add(new ArticleFeatures("s" + story + "-" + i, TermCounts.of(counts), List.of(), List.of(),
                LocalDate.of(2025, 5, 1).plusDays(story * 7L), "Story " + story));
        }
        return out;
    }

    private static List<List<String>> members(IncrementalGrouper grouper) {
        return grouper.events().stream()
            .map(c -> c.members.stream().map(ArticleProfile::articleId).sorted().collect(Collectors.toList()))
            .sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
    }
}
