package dev.corroborate.eval.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.corroborate.core.Span;

/**
 * One-to-one matching of predicted to gold statements on one page. A pair is a candidate when the predicted content
 * (on gold offsets) and the gold content overlap by at least half the gold span's length:
 * {@code |pred ∩ gold| * 2 >= |gold|}. Candidates are taken greedily by overlap, largest first (ties: earlier gold,
 * then earlier prediction), each gold and each prediction used at most once. With {@code speakerRequired}, a pair is
 * a candidate only when the speakers match too ({@link SpeakerMatch}).
 */
public final class StatementMatcher {
    private StatementMatcher() {
    }

    /** A matched pair: indexes into the gold and predicted lists. */
    public record Pair(int gold, int predicted) {
    }

    static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    static boolean close(Span gold, Span predicted) {
        return predicted != null && gold.length() > 0 && 2L * overlap(gold, predicted) >= gold.length();
    }

    static List<Pair> match(List<GoldStatement> gold, List<Predicted> predicted, boolean speakerRequired) {
        record Candidate(int gold, int predicted, int overlap) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                GoldStatement gs = gold.get(g);
                Predicted ps = predicted.get(p);
                if (close(gs.content(), ps.content())
                    && (!speakerRequired || SpeakerMatch.same(gs.speaker(), ps.speaker()))) {
                    candidates.add(new Candidate(g, p, overlap(gs.content(), ps.content())));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
            .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[predicted.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold()] && !predUsed[c.predicted()]) {
                goldUsed[c.gold()] = true;
                predUsed[c.predicted()] = true;
                pairs.add(new Pair(c.gold(), c.predicted()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }
}
