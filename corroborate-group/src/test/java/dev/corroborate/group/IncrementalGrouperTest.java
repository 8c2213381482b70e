package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
