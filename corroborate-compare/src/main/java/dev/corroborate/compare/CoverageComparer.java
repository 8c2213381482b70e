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

    private record Unit(AnalysedArticle article, Statement statement, Map<String, Double> terms) {
    }

    /** Compares an event on its own: copies are looked for among its members only. */
    public EventCoverage compare(Event event, Map<String, AnalysedArticle> articles) {
        List<AnalysedArticle> members = event.articleIds().stream().map(articles::get).toList();
        return compare(event, articles, new CopyFinder().find(members.stream().map(AnalysedArticle::article).toList()));
    }

    /**
     * @param event    the event whose articles are compared
     * @param articles the articles by id; every member of the event must be there
     * @param copies   the corpus's copies: a copy and its original make one source, wherever the original is
     */
    public EventCoverage compare(Event event, Map<String, AnalysedArticle> articles, Copies copies) {
        List<AnalysedArticle> members = event.articleIds().stream().map(articles::get).toList();
        Map<String, String> sameBodyAs = sameBodyAs(members);
        List<Unit> units = new ArrayList<>();
        Map<String, List<Unit>> unitsOfArticle = new HashMap<>();
        for (AnalysedArticle a : members) {
            if (sameBodyAs.containsKey(a.id())) {
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
            String first = sameBodyAs.get(reprint.id());
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
            Unit first = claimUnits.get(0);
            List<Evidence> evidence = claimUnits.stream().map(u -> new Evidence(u.article().id(),
                u.article().article().outlet(), u.statement().sentence(),
                u.statement().sentence().of(u.article().article().body()), copies.copyOf(u.article().id()))).toList();
            Claim unsupported = new Claim(first.statement().speaker(),
                first.statement().content().of(first.article().article().body()), evidence, Claim.Support.SINGLE_SOURCE);
            result.add(unsupported.sourceCount() >= 2
                ? new Claim(unsupported.speaker(), unsupported.summary(), evidence, Claim.Support.CORROBORATED)
                : unsupported);
        }
        result.sort(Comparator.comparing((Claim c) -> c.support())
            .thenComparing(c -> position.get(c.evidence().get(0).articleId()))
            .thenComparing(c -> c.evidence().get(0).sentence()));
        return new EventCoverage(event.id(), result);
    }

    /** Members whose body is identical to an earlier member's, mapped to that member: their statements are echoed. */
    private static Map<String, String> sameBodyAs(List<AnalysedArticle> members) {
        Map<String, String> sameBodyAs = new HashMap<>();
        Map<String, String> byBody = new HashMap<>();
        for (AnalysedArticle a : members) {
            String same = byBody.putIfAbsent(a.article().body(), a.id());
            if (same != null) {
                sameBodyAs.put(a.id(), same);
            }
        }
        return sameBodyAs;
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
