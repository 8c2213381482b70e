package dev.corroborate.eval.statements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Statement scores over a gold set, micro-averaged over all statements of all pages.
 *
 * @param statementPrecision  matched predictions / predictions, speaker ignored
 * @param statementRecall     matched gold statements / gold statements, speaker ignored
 * @param statementF1         their harmonic mean
 * @param speakerPrecision    the same with the speaker required to be right
 * @param speakerRecall       the same with the speaker required to be right
 * @param speakerF1           their harmonic mean
 * @param pages               pages in the gold
 * @param goldStatements      gold statements
 * @param predictedStatements predicted statements on those pages (unmapped ones included)
 * @param unmapped            predictions whose text could not be placed on the gold body
 * @param perPage             each page's outcome, in gold order
 */
public record StatementScores(double statementPrecision, double statementRecall, double statementF1,
                              double speakerPrecision, double speakerRecall, double speakerF1, int pages,
                              int goldStatements, int predictedStatements, int unmapped, List<PageOutcome> perPage) {
    public StatementScores {
        perPage = List.copyOf(perPage);
    }

    /** Scores from counts. */
    static StatementScores of(int gold, int predicted, int matched, int speakerRight, int unmapped,
                              List<PageOutcome> perPage) {
        double p = ratio(matched, predicted);
        double r = ratio(matched, gold);
        double sp = ratio(speakerRight, predicted);
        double sr = ratio(speakerRight, gold);
        return new StatementScores(p, r, f1(p, r), sp, sr, f1(sp, sr), perPage.size(), gold, predicted, unmapped,
            perPage);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The figures as JSON (rounded to four places). */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("statement_precision", round(statementPrecision));
        m.put("statement_recall", round(statementRecall));
        m.put("statement_f1", round(statementF1));
        m.put("speaker_precision", round(speakerPrecision));
        m.put("speaker_recall", round(speakerRecall));
        m.put("speaker_f1", round(speakerF1));
        m.put("pages", pages);
        m.put("gold_statements", goldStatements);
        m.put("predicted_statements", predictedStatements);
        m.put("unmapped_predictions", unmapped);
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The errors page by page, as offsets into the gold body: missed gold statements, false predictions and wrong
     * speakers. No article text is printed.
     */
    public String errors() {
        StringBuilder out = new StringBuilder();
        for (PageOutcome o : perPage) {
            if (o.failure() != null) {
                out.append(o.page()).append(" FAILED ").append(o.failure()).append('\n');
            }
            boolean[] goldMatched = new boolean[o.gold().size()];
            boolean[] predMatched = new boolean[o.predicted().size()];
            for (StatementMatcher.Pair pair : o.matched()) {
                goldMatched[pair.gold()] = true;
                predMatched[pair.predicted()] = true;
                boolean right = o.speakerRight().stream().anyMatch(s -> s.gold() == pair.gold());
                if (!right) {
                    GoldStatement g = o.gold().get(pair.gold());
                    out.append(String.format("%s SPEAKER gold [%d,%d) %s | predicted %s%n", o.page(),
                        g.content().start(), g.content().end(), g.speaker(), o.predicted().get(pair.predicted()).speaker()));
                }
            }
            for (int g = 0; g < goldMatched.length; g++) {
                if (!goldMatched[g]) {
                    GoldStatement gs = o.gold().get(g);
                    out.append(String.format("%s MISSED %s [%d,%d) %s%n", o.page(), gs.kind(), gs.content().start(),
                        gs.content().end(), gs.speaker()));
                }
            }
            for (int p = 0; p < predMatched.length; p++) {
                if (!predMatched[p]) {
                    Predicted ps = o.predicted().get(p);
                    String where = ps.content() == null ? "unmapped (extracted [" + ps.extracted().start() + ","
                        + ps.extracted().end() + "))" : "[" + ps.content().start() + "," + ps.content().end() + ")";
                    out.append(String.format("%s FALSE %s %s %s%n", o.page(), ps.kind(), where, ps.speaker()));
                }
            }
        }
        return out.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
