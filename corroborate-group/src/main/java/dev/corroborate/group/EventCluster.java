package dev.corroborate.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event being built: its members and the running sums (term centre, people, days) that similarity is measured
 * against.
 */
final class EventCluster {
    String id;
    final List<ArticleProfile> members = new ArrayList<>();
    final Map<String, Double> centroid = new HashMap<>();
    final Set<String> speakers = new TreeSet<>();
    final Set<String> people = new TreeSet<>();
    final List<String> why = new ArrayList<>();
    /** The days members' statements were made, where dated. */
    final Set<LocalDate> saidDays = new TreeSet<>();
    int retractions;
    LocalDate first;
    LocalDate last;
    double norm;
    private double sumOfSquares;
    /** The sum of the members' own squared lengths: one each, bar articles without terms. */
    private double memberSquares;
    /** The sum of the members' unit embeddings; null until a member has one. */
    private double[] embeddingSum;
    private double embeddingSquares;

    EventCluster(String id) {
        this.id = id;
    }

    void add(ArticleProfile p) {
        members.add(p);
        accumulate(p);
    }

    /**
     * Takes an article out again, as when it moves to another event: every running sum is rebuilt from the remaining
     * members, so nothing of the article (terms, embedding, days, people, retraction vote) stays behind.
     */
    void remove(ArticleProfile p) {
        members.remove(p);
        recompute();
    }

    /** Rebuilds every derived field from {@link #members}. */
    private void recompute() {
        centroid.clear();
        speakers.clear();
        people.clear();
        saidDays.clear();
        retractions = 0;
        first = null;
        last = null;
        norm = 0;
        sumOfSquares = 0;
        memberSquares = 0;
        embeddingSum = null;
        embeddingSquares = 0;
        for (ArticleProfile m : members) {
            accumulate(m);
        }
    }

    /** Adds one member's contribution to the running sums: the one place that does. */
    private void accumulate(ArticleProfile p) {
        for (var e : p.terms().entrySet()) {
            double before = centroid.getOrDefault(e.getKey(), 0.0);
            double after = before + e.getValue();
            centroid.put(e.getKey(), after);
            sumOfSquares += after * after - before * before;
            memberSquares += e.getValue() * e.getValue();
        }
        norm = Math.sqrt(Math.max(0, sumOfSquares));
        if (p.embedding() != null) {
            if (embeddingSum == null) {
                embeddingSum = new double[p.embedding().length];
            }
            double dot = Vectors.dot(p.embedding(), embeddingSum);
            for (int i = 0; i < embeddingSum.length; i++) {
                embeddingSum[i] += p.embedding()[i];
            }
            embeddingSquares += 2 * dot + 1;
        }
        if (p.saidDay() != null) {
            saidDays.add(p.saidDay());
        }
        if (p.retraction()) {
            retractions++;
        }
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

    /**
     * How alike the members are among themselves: their mean pairwise term cosine, read off the centre's length
     * (the squared length of a sum of vectors is their own squares plus twice every pairwise product); NaN below
     * two members.
     */
    double cohesion() {
        int n = members.size();
        return n < 2 ? Double.NaN : (sumOfSquares - memberSquares) / ((double) n * (n - 1));
    }

    /** The mean term cosine between this event's members and the other's. */
    double meanCrossSimilarity(EventCluster other) {
        return members.isEmpty() || other.members.isEmpty() ? 0
            : Vectors.dot(centroid, other.centroid) / ((double) members.size() * other.members.size());
    }

    double centreCosine(EventCluster other) {
        return norm == 0 || other.norm == 0 ? 0 : Vectors.dot(centroid, other.centroid) / (norm * other.norm);
    }

    /** Whether most members report a retraction or reversal. */
    boolean retraction() {
        return retractions * 2 > members.size();
    }

    boolean undated() {
        return first == null;
    }

    /** The cosine of an embedding with this event's mean embedding; NaN when either side has none. */
    double embeddingSimilarity(float[] v) {
        if (v == null || embeddingSum == null || embeddingSquares < 1e-12) {
            return Double.NaN;
        }
        return Vectors.dot(v, embeddingSum) / Math.sqrt(embeddingSquares);
    }

    /** As {@link #embeddingSimilarity}, as if the article were not a member. */
    double embeddingSimilarityWithout(ArticleProfile p) {
        float[] v = p.embedding();
        if (v == null || embeddingSum == null) {
            return Double.NaN;
        }
        double dot = Vectors.dot(v, embeddingSum);
        double restSquares = embeddingSquares - 2 * dot + 1;
        return restSquares < 1e-9 ? Double.NaN : (dot - 1) / Math.sqrt(restSquares);
    }

    /** The cosine of the two events' mean embeddings; NaN when either has none. */
    double embeddingCentreCosine(EventCluster other) {
        if (embeddingSum == null || other.embeddingSum == null || embeddingSquares < 1e-12
            || other.embeddingSquares < 1e-12) {
            return Double.NaN;
        }
        return Vectors.dot(embeddingSum, other.embeddingSum) / Math.sqrt(embeddingSquares * other.embeddingSquares);
    }
}
