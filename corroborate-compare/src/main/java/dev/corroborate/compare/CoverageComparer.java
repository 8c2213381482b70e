package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Claim;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Evidence;
import dev.corroborate.core.Statement;
import dev.corroborate.nlp.Terms;

/**
 * Compares the articles of one event statement by statement: statements of different articles that say the same
 * thing become one corroborated claim; a statement no other article carries is single-source. Copies of one
 * article (syndication) count once.
 */
public final class CoverageComparer {
    /** Least cosine between two statements' content words for them to be one claim. */
    private static final double SAME_CLAIM = 0.30;
    /** Bodies this alike are one article republished. */
    private static final double COPY_SIMILARITY = 0.85;

    private record Unit(AnalysedArticle article, Statement statement, Map<String, Double> terms) {
    }

    public EventCoverage compare(Event event, Map<String, AnalysedArticle> articles) {
        List<AnalysedArticle> members = event.articleIds().stream().map(articles::get).toList();
        Map<String, String> originalOf = copies(members);
        List<Unit> units = new ArrayList<>();
        for (AnalysedArticle a : members) {
            if (!originalOf.get(a.id()).equals(a.id())) {
                continue; // a copy says what its original says; its statements would only echo it
            }
            for (Statement s : a.statements()) {
                units.add(new Unit(a, s, unit(Terms.counts(s.content().of(a.article().body())))));
            }
        }
        int[] claimOf = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            claimOf[i] = i;
            double best = SAME_CLAIM;
            for (int j = 0; j < i; j++) {
                if (units.get(j).article() == units.get(i).article()) {
                    continue;
                }
                double s = cosine(units.get(i).terms(), units.get(j).terms());
                if (s >= best) {
                    best = s;
                    claimOf[i] = claimOf[j];
                }
            }
        }
        Map<Integer, List<Unit>> claims = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            claims.computeIfAbsent(claimOf[i], k -> new ArrayList<>()).add(units.get(i));
        }
        List<Claim> result = new ArrayList<>();
        for (List<Unit> members2 : claims.values()) {
            long sources = members2.stream().map(u -> originalOf.get(u.article().id())).distinct().count();
            Unit first = members2.get(0);
            List<Evidence> evidence = members2.stream().map(u -> new Evidence(u.article().id(),
                u.article().article().outlet(), u.statement().sentence(),
                u.statement().sentence().of(u.article().article().body()))).toList();
            result.add(new Claim(first.statement().speaker(),
                first.statement().content().of(first.article().article().body()), evidence,
                sources >= 2 ? Claim.Support.CORROBORATED : Claim.Support.SINGLE_SOURCE));
        }
        result.sort(Comparator.comparing((Claim c) -> c.support())
            .thenComparing(c -> event.articleIds().indexOf(c.evidence().get(0).articleId()))
            .thenComparing(c -> c.evidence().get(0).sentence()));
        return new EventCoverage(event.id(), result);
    }

    /**
     * Maps each article to the earliest-listed article it copies (itself when none). Identical bodies are matched by
     * hash; only distinct bodies are compared pairwise, so wire copies reprinted many times cost nothing extra.
     */
    private static Map<String, String> copies(List<AnalysedArticle> members) {
        Map<String, String> originalOf = new HashMap<>();
        Map<String, String> byBody = new HashMap<>();
        List<String> distinctIds = new ArrayList<>();
        List<Map<String, Double>> distinctVectors = new ArrayList<>();
        for (AnalysedArticle a : members) {
            String same = byBody.putIfAbsent(a.article().body(), a.id());
            if (same != null) {
                originalOf.put(a.id(), originalOf.get(same));
                continue;
            }
            Map<String, Double> vector = unit(Terms.counts(a.article().body()));
            String original = a.id();
            for (int j = 0; j < distinctIds.size(); j++) {
                if (cosine(vector, distinctVectors.get(j)) >= COPY_SIMILARITY) {
                    original = originalOf.get(distinctIds.get(j));
                    break;
                }
            }
            originalOf.put(a.id(), original);
            distinctIds.add(a.id());
            distinctVectors.add(vector);
        }
        return originalOf;
    }

    private static Map<String, Double> unit(Map<String, Integer> counts) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (var e : counts.entrySet()) {
            norm += e.getValue() * (double) e.getValue();
        }
        double length = Math.sqrt(norm);
        counts.forEach((k, c) -> v.put(k, c / length));
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (var e : a.entrySet()) {
            Double w = b.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }
}
