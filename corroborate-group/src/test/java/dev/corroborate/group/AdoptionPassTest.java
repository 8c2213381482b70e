package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The adoption pass: an article left alone after placement joins its nearest event of several members when that
 * event is clearly the nearest, at a lower threshold than a join; an article about as near two events stays alone;
 * a few articles that paired up before their story formed are adopted by it whole.
 */
class AdoptionPassTest {
    private static final LocalDate DAY = LocalDate.of(2025, 6, 2);

    /** Three reports of a ferry fare freeze, three of a museum reopening, on one day. */
    private static List<ArticleFeatures> twoEvents() {
        return List.of(
            article("f1", Map.of("ferry", 3, "fare", 3, "freez", 2, "velk", 2, "island", 1)),
            article("f2", Map.of("ferry", 3, "fare", 2, "freez", 2, "velk", 2, "minist", 1)),
            article("f3", Map.of("ferry", 2, "fare", 3, "freez", 1, "velk", 2, "commut", 1)),
            article("m1", Map.of("museum", 3, "reopen", 2, "oska", 2, "galler", 1)),
            article("m2", Map.of("museum", 3, "reopen", 3, "oska", 1, "curat", 1)),
            article("m3", Map.of("museum", 2, "reopen", 2, "oska", 2, "ticket", 1)));
    }

    @Test
    void aStragglerInOtherWordsJoinsTheOneEventItIsClearlyNearest() {
        // Mostly its own words (a long background passage), but the ferry story's few key words.
        ArticleFeatures straggler = article("s1", Map.of("ferry", 1, "fare", 1, "velk", 1, "harbour", 2, "history", 2,
            "shipyard", 2, "timber", 2, "captain", 2));
        List<ArticleFeatures> batch = new java.util.ArrayList<>(twoEvents());
        batch.add(straggler);

        IncrementalGrouper without = new IncrementalGrouper(GroupingSettings.defaults().with("adoptSimilarity=0"), 0);
        without.place(batch);
        assertTrue(without.events().stream().anyMatch(c -> c.members.size() == 1
            && c.members.get(0).articleId().equals("s1")), "a join alone leaves it out: the test needs a straggler");

        IncrementalGrouper with = new IncrementalGrouper(GroupingSettings.defaults(), 0);
        with.place(batch);
        EventCluster ferry = eventOf(with, "f1");
        assertEquals(List.of("f1", "f2", "f3", "s1"),
            ferry.members.stream().map(ArticleProfile::articleId).sorted().toList());
        assertTrue(ferry.why.stream().anyMatch(w -> w.startsWith("s1 adopted: similarity ")), ferry.why::toString);
    }

    @Test
    void anArticleAboutAsNearTwoEventsStaysAlone() {
        ArticleFeatures between = article("t1", Map.of("ferry", 2, "fare", 1, "museum", 2, "reopen", 1,
            "harbour", 2, "history", 2, "shipyard", 2, "timber", 2, "captain", 2));
        List<ArticleFeatures> batch = new java.util.ArrayList<>(twoEvents());
        batch.add(between);

        IncrementalGrouper grouper = new IncrementalGrouper(GroupingSettings.defaults(), 0);
        grouper.place(batch);

        assertEquals(List.of("t1"), eventOf(grouper, "t1").members.stream().map(ArticleProfile::articleId).toList());
    }

    @Test
    void aPairThatArrivedFirstIsAdoptedByTheStoryThatFormedAfterIt() {
        // The two background pieces come first and pair up; each ferry report alone is too far from them to join
        // (0.20), but the six together make a centre they fit (0.26): the order left them apart.
        List<ArticleFeatures> batch = new java.util.ArrayList<>();
        Map<String, Integer> background = Map.of("ferry", 1, "fare", 1, "velk", 2, "harbour", 2, "history", 2,
            "shipyard", 2, "timber", 2);
        batch.add(article("a1", background));
        batch.add(article("a2", background));
        for (int i = 1; i <= 6; i++) {
            batch.add(article("f" + i, Map.of("ferry", 2, "fare", 2, "velk", 2, "own" + i, 1)));
        }
        batch.addAll(twoEvents().subList(3, 6));

        IncrementalGrouper without = new IncrementalGrouper(GroupingSettings.defaults().with("adoptSimilarity=0"), 0);
        without.place(batch);
        assertEquals(List.of("a1", "a2"),
            eventOf(without, "a1").members.stream().map(ArticleProfile::articleId).toList());

        IncrementalGrouper with = new IncrementalGrouper(GroupingSettings.defaults(), 0);
        with.place(batch);
        EventCluster ferry = eventOf(with, "f1");
        assertEquals(8, ferry.members.size(), ferry.why::toString);
        assertTrue(ferry.why.stream().anyMatch(w -> w.startsWith("ev-a1 adopted: similarity ")), ferry.why::toString);
    }

    @Test
    void aPairOfShortReportsIsAdoptedAtTheLowerThresholdALongPairIsNot() {
        // Two one-sentence reports of the ferry story that pair up apart from it: their few words fit its centre
        // at 0.19, below a join (0.22), as a lone article's would; they are adopted. Two long pieces with the same
        // key words and twenty asides each are not short: a pair of them must fit as a join asks.
        Map<String, Integer> sentence = Map.of("ferry", 1, "fare", 1, "velk", 1, "confirm", 2, "spokes", 2, "quot", 2,
            "agenc", 2, "statement", 2);
        Map<String, Integer> longer = new java.util.HashMap<>(sentence);
        longer.replaceAll((term, count) -> count * 4);
        for (int i = 0; i < IncrementalGrouper.SHORT_TERMS; i++) {
            longer.put("aside" + i, 1);
        }

        IncrementalGrouper shortPair = groupedWithFerryStory(sentence);
        IncrementalGrouper longPair = groupedWithFerryStory(longer);

        EventCluster ferry = eventOf(shortPair, "f1");
        assertEquals(8, ferry.members.size(), ferry.why::toString);
        assertTrue(ferry.why.stream().anyMatch(w -> w.startsWith("ev-a1 adopted: similarity 0.19")), ferry.why::toString);
        assertEquals(List.of("a1", "a2"),
            eventOf(longPair, "a1").members.stream().map(ArticleProfile::articleId).sorted().toList());
    }

    /** Two copies of an article placed first, then six ferry reports and the museum story. */
    private static IncrementalGrouper groupedWithFerryStory(Map<String, Integer> pair) {
        List<ArticleFeatures> batch = new java.util.ArrayList<>();
        batch.add(article("a1", pair));
        batch.add(article("a2", pair));
        for (int i = 1; i <= 6; i++) {
            batch.add(article("f" + i, Map.of("ferry", 2, "fare", 2, "velk", 2, "own" + i, 1)));
        }
        batch.addAll(twoEvents().subList(3, 6));
        IncrementalGrouper grouper = new IncrementalGrouper(GroupingSettings.defaults(), 0);
        grouper.place(batch);
        return grouper;
    }

    private static EventCluster eventOf(IncrementalGrouper grouper, String articleId) {
        return grouper.events().stream()
            .filter(c -> c.members.stream().anyMatch(m -> m.articleId().equals(articleId))).findFirst().orElseThrow();
    }

    private static ArticleFeatures article(String id, Map<String, Integer> counts) {
        return new ArticleFeatures(id, TermCounts.of(counts), List.of(), List.of(), DAY, id);
    }
}
