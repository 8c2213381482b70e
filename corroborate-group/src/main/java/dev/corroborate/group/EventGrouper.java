package dev.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles into events in one pass in time order: each article joins the most similar event whose day fits
 * or opens a new one. Similarity is the cosine of TF-IDF term weights, plus a little per shared speaker.
 */
final class EventGrouper {
    private static final int INDEX_TERMS = 12;

    /** An event being built. */
    static final class Cluster {
        final String id;
        final List<ArticleProfile> members = new ArrayList<>();
        final Map<String, Double> centroid = new HashMap<>();
        final Set<String> speakers = new TreeSet<>();
        final Set<String> people = new TreeSet<>();
        final List<String> why = new ArrayList<>();
        LocalDate first;
        LocalDate last;
        double norm;

        Cluster(String id) {
            this.id = id;
        }

        void add(ArticleProfile p) {
            members.add(p);
            p.terms().forEach((t, w) -> centroid.merge(t, w, Double::sum));
            double sum = 0;
            for (double w : centroid.values()) {
                sum += w * w;
            }
            norm = Math.sqrt(sum);
            speakers.addAll(p.speakers());
            people.addAll(p.people());
            if (p.day() != null) {
                first = first == null || p.day().isBefore(first) ? p.day() : first;
                last = last == null || p.day().isAfter(last) ? p.day() : last;
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
    }

    private final GroupingSettings settings;

    EventGrouper(GroupingSettings settings) {
        this.settings = settings;
    }

    List<Cluster> group(List<ArticleProfile> profiles) {
        List<ArticleProfile> ordered = new ArrayList<>(profiles);
        ordered.sort(Comparator.comparing(ArticleProfile::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleProfile::articleId));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> index = new HashMap<>();
        for (ArticleProfile p : ordered) {
            Cluster best = null;
            double bestScore = 0;
            for (Cluster c : candidates(p, index)) {
                double score = score(p, c);
                if (score > bestScore || score == bestScore && best != null && c.id.compareTo(best.id) < 0) {
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
                    threshold(p, best)));
            }
            best.add(p);
            for (String term : topTerms(p.terms(), INDEX_TERMS)) {
                List<Cluster> posting = index.computeIfAbsent(term, t -> new ArrayList<>());
                if (!posting.contains(best)) {
                    posting.add(best);
                }
            }
        }
        return clusters;
    }

    /** @return the similarity when the article may join the cluster, else 0 */
    private double score(ArticleProfile p, Cluster c) {
        if (p.day() != null && c.first != null) {
            long apart = Math.max(Math.abs(ChronoUnit.DAYS.between(c.first, p.day())),
                Math.abs(ChronoUnit.DAYS.between(c.last, p.day())));
            if (apart > settings.maxDaysApart()) {
                return 0;
            }
        }
        double similarity = c.similarity(p.terms()) + speakerBonus(p.speakers(), c.speakers);
        return similarity >= threshold(p, c) ? similarity : 0;
    }

    private double threshold(ArticleProfile p, Cluster c) {
        return settings.eventSimilarity() + (p.day() == null || c.first == null ? settings.undatedPenalty() : 0);
    }

    private double speakerBonus(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String s : a) {
            if (s.indexOf(' ') > 0 && b.contains(s)) {
                shared++;
            }
        }
        return Math.min(shared, 2) * settings.sharedSpeakerBonus();
    }

    private static List<Cluster> candidates(ArticleProfile p, Map<String, List<Cluster>> index) {
        List<Cluster> found = new ArrayList<>();
        for (String term : topTerms(p.terms(), INDEX_TERMS)) {
            for (Cluster c : index.getOrDefault(term, List.of())) {
                if (!found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    static List<String> topTerms(Map<String, Double> terms, int k) {
        return terms.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(k).map(Map.Entry::getKey).toList();
    }
}
