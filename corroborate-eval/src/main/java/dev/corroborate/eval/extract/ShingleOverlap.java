package dev.corroborate.eval.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Body scoring of the ScrapingHub article-extraction benchmark: a text's shingles are the multiset of its token
 * 4-grams (tokens are Unicode {@code \w+} runs, case kept; a text of fewer than four tokens is one shingle, an empty
 * text none). For one page, tp is the sum of the smaller counts of each shingle, fp and fn the excesses of prediction
 * and gold, all three divided by tp+fp+fn.
 */
final class ShingleOverlap {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /**
     * One page's body score.
     *
     * @param precision 1 when prediction and gold agree exactly (both empty included), 0 when tp = fp = 0
     * @param recall    likewise with fn
     */
    record Score(double precision, double recall) {
    }

    private ShingleOverlap() {
    }

    /** Scores a predicted body against the gold one; nulls count as empty texts. */
    static Score score(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : p.entrySet()) {
            int inGold = g.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        for (var e : g.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        double t = total == 0 ? 0 : tp / total;
        double f = total == 0 ? 0 : fp / total;
        double n = total == 0 ? 0 : fn / total;
        double precision = f == 0 && n == 0 ? 1 : t == 0 && f == 0 ? 0 : t / (t + f);
        double recall = f == 0 && n == 0 ? 1 : t == 0 && n == 0 ? 0 : t / (t + n);
        return new Score(precision, recall);
    }

    /** The multiset of token 4-grams of a text. */
    static Map<List<String>, Integer> shingles(String text) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (text == null) {
            return out;
        }
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < N) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return out;
    }

    static List<String> tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
