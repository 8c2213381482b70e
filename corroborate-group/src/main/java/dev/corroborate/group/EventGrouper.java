package dev.corroborate.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups articles into events in three deterministic passes over the articles in time order (then id order):
 * <ol>
 *   <li>each article joins the event whose centre is most similar to it when the day fits, else opens one;</li>
 *   <li>events whose centres are very similar and whose days fit are merged, most similar pair first (one pass
 *       of single-article decisions splits a story when its first reports used other words);</li>
 *   <li>each article of an event of several moves to another event whose centre is clearly nearer to it.</li>
 * </ol>
 * How similar an article is to an event, and when that is enough, is {@link EventSimilarity}'s to say. Candidates
 * come from an inverted index on strong terms, so the work grows with the corpus, not with its square.
 */
final class EventGrouper {
    static final int INDEX_TERMS = 12;

    static final Comparator<ArticleProfile> TIME_ORDER = Comparator.comparing(ArticleProfile::day,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ArticleProfile::articleId);

    private final GroupingSettings settings;
    private final EventSimilarity similarity;

    EventGrouper(GroupingSettings settings) {
        this.settings = settings;
        this.similarity = new EventSimilarity(settings);
    }

    List<EventCluster> group(List<ArticleProfile> profiles) {
        List<ArticleProfile> ordered = new ArrayList<>(profiles);
        ordered.sort(TIME_ORDER);
        List<EventCluster> clusters = assign(ordered);
        clusters = merge(clusters);
        clusters = reassign(clusters);
        for (EventCluster c : clusters) {
            c.members.sort(TIME_ORDER);
            c.id = "ev-" + c.members.get(0).articleId();
        }
        clusters.sort(Comparator.comparing(c -> c.id));
        return clusters;
    }

    /** Pass 1: every article, in time order, joins the event whose centre is nearest to it, or opens one. */
    private List<EventCluster> assign(List<ArticleProfile> ordered) {
        List<EventCluster> clusters = new ArrayList<>();
        Map<String, List<EventCluster>> index = new HashMap<>();
        for (ArticleProfile p : ordered) {
            EventCluster best = null;
            EventSimilarity.Score bestScore = null;
            Set<EventCluster> candidates = new LinkedHashSet<>();
            for (String term : p.strongTerms()) {
                candidates.addAll(index.getOrDefault(term, List.of()));
            }
            for (EventCluster c : candidates) {
                EventSimilarity.Score score = similarity.join(p, c);
                if (score != null && score.passes() && (best == null || score.value() > bestScore.value()
                    || score.value() == bestScore.value() && c.id.compareTo(best.id) < 0)) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new EventCluster("ev-" + p.articleId());
                best.why.add("opened by " + p.articleId());
                clusters.add(best);
            } else {
                best.why.add(String.format(Locale.ROOT, "%s joined: similarity %.3f >= %.2f (%s)", p.articleId(),
                    bestScore.value(), bestScore.threshold(), bestScore.evidence()));
            }
            best.add(p);
            for (String term : p.strongTerms()) {
                List<EventCluster> posting = index.computeIfAbsent(term, t -> new ArrayList<>());
                if (posting.isEmpty() || posting.get(posting.size() - 1) != best) {
                    posting.add(best);
                }
            }
        }
        return clusters;
    }

    /** Pass 2: events whose centres are very similar are one event, merged most similar pair first. */
    private List<EventCluster> merge(List<EventCluster> clusters) {
        List<EventCluster> current = new ArrayList<>(clusters);
        while (true) {
            record Pair(EventCluster a, EventCluster b, EventSimilarity.Score score) {
                double similarity() {
                    return score.value();
                }
            }
            List<Pair> pairs = new ArrayList<>();
            Map<String, List<EventCluster>> index = new HashMap<>();
            for (EventCluster c : current) {
                List<String> strong = topTerms(c.centroid, INDEX_TERMS);
                Set<EventCluster> candidates = new LinkedHashSet<>();
                for (String term : strong) {
                    candidates.addAll(index.getOrDefault(term, List.of()));
                }
                for (EventCluster other : candidates) {
                    EventSimilarity.Score s = similarity.merge(c, other);
                    if (s != null && s.passes()) {
                        pairs.add(new Pair(other, c, s));
                    }
                }
                for (String term : strong) {
                    index.computeIfAbsent(term, t -> new ArrayList<>()).add(c);
                }
            }
            if (pairs.isEmpty()) {
                return current;
            }
            pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparing(p -> p.a().id).thenComparing(p -> p.b().id));
            // Each event takes part in at most one merge a round, so every merge is judged on unmerged centres.
            Set<EventCluster> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Map<EventCluster, EventCluster> into = new IdentityHashMap<>();
            for (Pair pair : pairs) {
                if (used.contains(pair.a()) || used.contains(pair.b())) {
                    continue;
                }
                used.add(pair.a());
                used.add(pair.b());
                into.put(pair.b(), pair.a());
                pair.a().why.add(String.format(Locale.ROOT, "%s merged in: centres' similarity %.3f >= %.2f (%s)",
                    pair.b().id, pair.similarity(), pair.score().threshold(), pair.score().evidence()));
            }
            List<EventCluster> next = new ArrayList<>();
            for (EventCluster c : current) {
                EventCluster target = into.get(c);
                if (target == null) {
                    next.add(c);
                } else {
                    for (ArticleProfile p : c.members) {
                        target.add(p);
                    }
                    target.why.addAll(c.why);
                }
            }
            current = next;
        }
    }

    /**
     * Pass 3: an article that is clearly nearer another event's centre than the rest of its own moves there.
     * Decided on the centres as they stand, then applied, so the outcome does not depend on visiting order.
     */
    private List<EventCluster> reassign(List<EventCluster> clusters) {
        Map<String, List<EventCluster>> index = new HashMap<>();
        for (EventCluster c : clusters) {
            for (String term : topTerms(c.centroid, INDEX_TERMS)) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(c);
            }
        }
        Map<ArticleProfile, EventCluster> moves = new IdentityHashMap<>();
        Map<ArticleProfile, String> reasons = new IdentityHashMap<>();
        for (EventCluster own : clusters) {
            for (ArticleProfile p : own.members) {
                double here = similarity.stay(p, own);
                EventCluster best = null;
                double bestScore = here + settings.moveMargin();
                Set<EventCluster> candidates = new LinkedHashSet<>();
                for (String term : p.strongTerms()) {
                    candidates.addAll(index.getOrDefault(term, List.of()));
                }
                for (EventCluster c : candidates) {
                    // An article alone may join a larger event, never swap with another article alone; a dated
                    // article only moves within the days its new event already spans (see EventSimilarity.move).
                    if (c == own || own.members.size() == 1 && c.members.size() == 1) {
                        continue;
                    }
                    EventSimilarity.Score s = similarity.move(p, c);
                    if (s != null && s.passes() && (s.value() > bestScore
                        || s.value() == bestScore && best != null && c.id.compareTo(best.id) < 0)) {
                        best = c;
                        bestScore = s.value();
                    }
                }
                if (best != null) {
                    moves.put(p, best);
                    reasons.put(p, String.format(Locale.ROOT, "%s moved in from %s: similarity %.3f here, %.3f there",
                        p.articleId(), own.id, bestScore, here));
                }
            }
        }
        if (moves.isEmpty()) {
            return clusters;
        }
        Map<EventCluster, EventCluster> rebuilt = new IdentityHashMap<>();
        List<EventCluster> result = new ArrayList<>();
        for (EventCluster c : clusters) {
            EventCluster fresh = new EventCluster(c.id);
            fresh.why.addAll(c.why);
            rebuilt.put(c, fresh);
        }
        for (EventCluster c : clusters) {
            for (ArticleProfile p : c.members) {
                EventCluster target = moves.get(p);
                if (target == null) {
                    rebuilt.get(c).add(p);
                } else {
                    rebuilt.get(c).why.add(p.articleId() + " moved out to " + target.id);
                    rebuilt.get(target).add(p);
                    rebuilt.get(target).why.add(reasons.get(p));
                }
            }
        }
        for (EventCluster c : clusters) {
            EventCluster fresh = rebuilt.get(c);
            if (!fresh.members.isEmpty()) {
                result.add(fresh);
            }
        }
        return result;
    }

    /** The k most weighted terms, ties in term order; a bounded heap, as centres hold thousands of terms. */
    static List<String> topTerms(Map<String, Double> terms, int k) {
        Comparator<Map.Entry<String, Double>> weaker = Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
        java.util.PriorityQueue<Map.Entry<String, Double>> heap = new java.util.PriorityQueue<>(k + 1, weaker);
        for (var e : terms.entrySet()) {
            if (heap.size() < k) {
                heap.add(e);
            } else if (weaker.compare(e, heap.peek()) > 0) {
                heap.poll();
                heap.add(e);
            }
        }
        List<Map.Entry<String, Double>> top = new ArrayList<>(heap);
        top.sort(weaker.reversed());
        return top.stream().map(Map.Entry::getKey).toList();
    }
}
