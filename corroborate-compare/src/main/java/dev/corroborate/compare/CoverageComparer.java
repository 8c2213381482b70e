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
        Copies copies = copies(members);
        List<Unit> units = new ArrayList<>();
        Map<String, List<Unit>> unitsOfArticle = new HashMap<>();
        for (AnalysedArticle a : members) {
            if (copies.sameBodyAs().containsKey(a.id())) {
                continue; // an exact reprint: its statements join its first printing's claims below
            }
            List<Unit> own = new ArrayList<>();
            for (Statement s : a.statements()) {
                own.add(new Unit(a, s, unit(Terms.counts(s.content().of(a.article().body())))));
            }
            units.addAll(own);
            unitsOfArticle.put(a.id(), own);
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
        Map<Unit, Integer> indexOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            indexOf.put(units.get(i), i);
        }
        Map<Integer, List<Unit>> claims = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            claims.computeIfAbsent(claimOf[i], k -> new ArrayList<>()).add(units.get(i));
        }
        for (AnalysedArticle reprint : members) {
            String first = copies.sameBodyAs().get(reprint.id());
            if (first == null) {
                continue;
            }
            List<Unit> firstUnits = unitsOfArticle.get(first);
            List<Statement> statements = reprint.statements();
            for (int k = 0; k < statements.size() && k < firstUnits.size(); k++) {
                Unit echo = new Unit(reprint, statements.get(k), firstUnits.get(k).terms());
                claims.get(claimOf[indexOf.get(firstUnits.get(k))]).add(echo);
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < event.articleIds().size(); i++) {
            position.putIfAbsent(event.articleIds().get(i), i);
        }
        List<Claim> result = new ArrayList<>();
        for (List<Unit> claimUnits : claims.values()) {
            long sources = claimUnits.stream().map(u -> copies.originalOf().get(u.article().id())).distinct().count();
            Unit first = claimUnits.get(0);
            List<Evidence> evidence = claimUnits.stream().map(u -> new Evidence(u.article().id(),
                u.article().article().outlet(), u.statement().sentence(),
                u.statement().sentence().of(u.article().article().body()))).toList();
            result.add(new Claim(first.statement().speaker(),
                first.statement().content().of(first.article().article().body()), evidence,
                sources >= 2 ? Claim.Support.CORROBORATED : Claim.Support.SINGLE_SOURCE));
        }
        result.sort(Comparator.comparing((Claim c) -> c.support())
            .thenComparing(c -> position.get(c.evidence().get(0).articleId()))
            .thenComparing(c -> c.evidence().get(0).sentence()));
        return new EventCoverage(event.id(), result);
    }

    /**
     * Which articles reprint which.
     *
     * @param originalOf each article's earliest-listed original (itself when none): copies count once
     * @param sameBodyAs reprints with a body identical to an earlier member, mapped to that member
     */
    private record Copies(Map<String, String> originalOf, Map<String, String> sameBodyAs) {
    }

    /**
     * Finds copies: identical bodies by hash, light rewrites by term similarity between distinct bodies only, so
     * a wire story reprinted many times costs nothing extra.
     */
    private static Copies copies(List<AnalysedArticle> members) {
        Map<String, String> originalOf = new HashMap<>();
        Map<String, String> sameBodyAs = new HashMap<>();
        Map<String, String> byBody = new HashMap<>();
        List<String> distinctIds = new ArrayList<>();
        List<Map<String, Double>> distinctVectors = new ArrayList<>();
        for (AnalysedArticle a : members) {
            String same = byBody.putIfAbsent(a.article().body(), a.id());
            if (same != null) {
                originalOf.put(a.id(), originalOf.get(same));
                sameBodyAs.put(a.id(), same);
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
        return new Copies(originalOf, sameBodyAs);
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
