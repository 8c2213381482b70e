package dev.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles into events in three deterministic passes over the articles in time order (then id order):
 * <ol>
 *   <li>each article joins the event whose centre is most similar to it when the day fits, else opens one;</li>
 *   <li>events whose centres are very similar and whose days fit are merged, most similar pair first (one pass
 *       of single-article decisions splits a story when its first reports used other words);</li>
 *   <li>each article of an event of several moves to another event whose centre is clearly nearer to it.</li>
 * </ol>
 * Similarity is the cosine of TF-IDF term weights, plus a little per shared named speaker; a pair where either
 * side has no day must be more similar. Candidates come from an inverted index on strong terms, so the work grows
 * with the corpus, not with its square.
 */
final class EventGrouper {
    static final int INDEX_TERMS = 12;

    /** An event being built. */
    static final class Cluster {
        String id;
        final List<ArticleProfile> members = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        final Set<String> speakers = new TreeSet<>();
        final Set<String> people = new TreeSet<>();
        final List<String> why = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        double norm;
        private double sumOfSquares;

        Cluster(String id) {
            this.id = id;
        }

        void add(ArticleProfile p) {
            members.add(p);
            for (var e : p.terms().entrySet()) {
                double before = centroid.getOrDefault(e.getKey(), 0.0);
                double after = before + e.getValue();
                centroid.put(e.getKey(), after);
                sumOfSquares += after * after - before * before;
            }
            norm = Math.sqrt(Math.max(0, sumOfSquares));
            speakers.addAll(p.speakers());
            people.addAll(p.people());
            if (p.day() != null) {
                first = first == null || p.day().isBefore(first) ? p.day() : first;
                last = last == null || p.day().isAfter(last) ? p.day() : last;
            }
        }

        /** Takes an article out again, as when it moves to another event; the centre is summed afresh. */
        void remove(ArticleProfile p) {
            members.remove(p);
            for (var e : p.terms().entrySet()) {
                centroid.computeIfPresent(e.getKey(), (t, w) -> Math.abs(w - e.getValue()) < 1e-12 ? null : w - e.getValue());
            }
            sumOfSquares = 0;
            centroid.values().forEach(w -> sumOfSquares += w * w);
            norm = Math.sqrt(sumOfSquares);
            speakers.clear();
            people.clear();
            first = null;
            last = null;
            for (ArticleProfile m : members) {
                speakers.addAll(m.speakers());
                people.addAll(m.people());
                if (m.day() != null) {
                    first = first == null || m.day().isBefore(first) ? m.day() : first;
                    last = last == null || m.day().isAfter(last) ? m.day() : last;
                }
            }
        }

        double similarity(Map<String, Double> terms) {
            double dot = 0;
            for (var e : terms.entrySet()) {
                Double w = centroid.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                }
            }
            return norm == 0 ? 0 : dot / norm;
        }

        /** The cosine of the article with this event's centre as if the article were not a member. */
        double similarityWithout(ArticleProfile p) {
            double dot = 0;
            double removedSquares = 0;
            for (var e : p.terms().entrySet()) {
                Double w = centroid.get(e.getKey());
                if (w != null) {
                    double rest = w - e.getValue();
                    dot += e.getValue() * rest;
                    removedSquares += w * w - rest * rest;
                }
            }
            double restNorm = Math.sqrt(Math.max(0, sumOfSquares - removedSquares));
            return restNorm < 1e-9 ? 0 : dot / restNorm;
        }

        double centreCosine(Cluster other) {
            Map<String, Double> small = centroid.size() <= other.centroid.size() ? centroid : other.centroid;
            Map<String, Double> large = small == centroid ? other.centroid : centroid;
            double dot = 0;
            for (var e : small.entrySet()) {
                Double w = large.get(e.getKey());
                if (w != null) {
                    dot += e.getValue() * w;
                }
            }
            return norm == 0 || other.norm == 0 ? 0 : dot / (norm * other.norm);
        }

        boolean undated() {
            return first == null;
        }
    }

    static final Comparator<ArticleProfile> TIME_ORDER = Comparator.comparing(ArticleProfile::day,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ArticleProfile::articleId);

    private final GroupingSettings settings;

    EventGrouper(GroupingSettings settings) {
        this.settings = settings;
    }

    List<Cluster> group(List<ArticleProfile> profiles) {
        List<ArticleProfile> ordered = new ArrayList<>(profiles);
        ordered.sort(TIME_ORDER);
        List<Cluster> clusters = assign(ordered);
        clusters = merge(clusters);
        clusters = reassign(clusters);
        for (Cluster c : clusters) {
            c.members.sort(TIME_ORDER);
            c.id = "ev-" + c.members.get(0).articleId();
        }
        clusters.sort(Comparator.comparing(c -> c.id));
        return clusters;
    }

    /** Pass 1: every article, in time order, joins the event whose centre is nearest to it, or opens one. */
    private List<Cluster> assign(List<ArticleProfile> ordered) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> index = new HashMap<>();
        for (ArticleProfile p : ordered) {
            Cluster best = null;
            double bestScore = 0;
            Set<Cluster> candidates = new LinkedHashSet<>();
            for (String term : p.strongTerms()) {
                candidates.addAll(index.getOrDefault(term, List.of()));
            }
            for (Cluster c : candidates) {
                if (!dayFits(p.day(), p.day(), c)) {
                    continue;
                }
                double score = c.similarity(p.terms()) + speakerBonus(p.speakers(), c.speakers);
                if (score >= threshold(p.day() == null, c)
                    && (best == null || score > bestScore || score == bestScore && c.id.compareTo(best.id) < 0)) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null) {
                best = new Cluster("ev-" + p.articleId());
                best.why.add("opened by " + p.articleId());
                clusters.add(best);
            } else {
                best.why.add(String.format(Locale.ROOT, "%s joined: similarity %.3f >= %.2f", p.articleId(), bestScore,
                    threshold(p.day() == null, best)));
            }
            best.add(p);
            for (String term : p.strongTerms()) {
                List<Cluster> posting = index.computeIfAbsent(term, t -> new ArrayList<>());
                if (posting.isEmpty() || posting.get(posting.size() - 1) != best) {
                    posting.add(best);
                }
            }
        }
        return clusters;
    }

    /** Pass 2: events whose centres are very similar are one event, merged most similar pair first. */
    private List<Cluster> merge(List<Cluster> clusters) {
        List<Cluster> current = new ArrayList<>(clusters);
        while (true) {
            record Pair(Cluster a, Cluster b, double similarity) {
            }
            List<Pair> pairs = new ArrayList<>();
            Map<String, List<Cluster>> index = new HashMap<>();
            for (Cluster c : current) {
                List<String> strong = topTerms(c.centroid, INDEX_TERMS);
                Set<Cluster> candidates = new LinkedHashSet<>();
                for (String term : strong) {
                    candidates.addAll(index.getOrDefault(term, List.of()));
                }
                for (Cluster other : candidates) {
                    if (!spanFits(c, other)) {
                        continue;
                    }
                    double s = c.centreCosine(other);
                    double threshold = settings.mergeSimilarity() + (c.undated() || other.undated()
                        ? settings.undatedPenalty() : 0);
                    if (s >= threshold) {
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
            Set<Cluster> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Map<Cluster, Cluster> into = new IdentityHashMap<>();
            for (Pair pair : pairs) {
                if (used.contains(pair.a()) || used.contains(pair.b())) {
                    continue;
                }
                used.add(pair.a());
                used.add(pair.b());
                into.put(pair.b(), pair.a());
                pair.a().why.add(String.format(Locale.ROOT, "%s merged in: centres' similarity %.3f >= %.2f",
                    pair.b().id, pair.similarity(), settings.mergeSimilarity() + (pair.a().undated()
                        || pair.b().undated() ? settings.undatedPenalty() : 0)));
            }
            List<Cluster> next = new ArrayList<>();
            for (Cluster c : current) {
                Cluster target = into.get(c);
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
    private List<Cluster> reassign(List<Cluster> clusters) {
        Map<String, List<Cluster>> index = new HashMap<>();
        for (Cluster c : clusters) {
            for (String term : topTerms(c.centroid, INDEX_TERMS)) {
                index.computeIfAbsent(term, t -> new ArrayList<>()).add(c);
            }
        }
        Map<ArticleProfile, Cluster> moves = new IdentityHashMap<>();
        Map<ArticleProfile, String> reasons = new IdentityHashMap<>();
        for (Cluster own : clusters) {
            for (ArticleProfile p : own.members) {
                double here = own.similarityWithout(p);
                Cluster best = null;
                double bestScore = here + settings.moveMargin();
                Set<Cluster> candidates = new LinkedHashSet<>();
                for (String term : p.strongTerms()) {
                    candidates.addAll(index.getOrDefault(term, List.of()));
                }
                for (Cluster c : candidates) {
                    // An article alone may join a larger event, never swap with another article alone; a dated
                    // article only moves within the days its new event already spans, so moves never widen one.
                    if (c == own || own.members.size() == 1 && c.members.size() == 1 || !withinSpan(p.day(), c)) {
                        continue;
                    }
                    double s = c.similarity(p.terms());
                    if (s >= threshold(p.day() == null, c)
                        && (s > bestScore || s == bestScore && best != null && c.id.compareTo(best.id) < 0)) {
                        best = c;
                        bestScore = s;
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
        Map<Cluster, Cluster> rebuilt = new IdentityHashMap<>();
        List<Cluster> result = new ArrayList<>();
        for (Cluster c : clusters) {
            Cluster fresh = new Cluster(c.id);
            fresh.why.addAll(c.why);
            rebuilt.put(c, fresh);
        }
        for (Cluster c : clusters) {
            for (ArticleProfile p : c.members) {
                Cluster target = moves.get(p);
                if (target == null) {
                    rebuilt.get(c).add(p);
                } else {
                    rebuilt.get(c).why.add(p.articleId() + " moved out to " + target.id);
                    rebuilt.get(target).add(p);
                    rebuilt.get(target).why.add(reasons.get(p));
                }
            }
        }
        for (Cluster c : clusters) {
            Cluster fresh = rebuilt.get(c);
            if (!fresh.members.isEmpty()) {
                result.add(fresh);
            }
        }
        return result;
    }

    double threshold(boolean undatedArticle, Cluster c) {
        return settings.eventSimilarity() + (undatedArticle || c.undated() ? settings.undatedPenalty() : 0);
    }

    /** Whether an occasion from first to last may join the event without its days spreading too far. */
    boolean dayFits(LocalDate first, LocalDate last, Cluster c) {
        if (first == null || c.first == null) {
            return true;
        }
        LocalDate from = first.isBefore(c.first) ? first : c.first;
        LocalDate to = last.isAfter(c.last) ? last : c.last;
        return ChronoUnit.DAYS.between(from, to) <= settings.maxDaysApart();
    }

    static boolean withinSpan(LocalDate day, Cluster c) {
        return day == null || c.first == null || !day.isBefore(c.first) && !day.isAfter(c.last);
    }

    boolean spanFits(Cluster a, Cluster b) {
        return a.first == null || dayFits(a.first, a.last, b);
    }

    double speakerBonus(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String s : a) {
            if (s.indexOf(' ') > 0 && b.contains(s)) {
                shared++;
            }
        }
        return Math.min(shared, 2) * settings.sharedSpeakerBonus();
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
