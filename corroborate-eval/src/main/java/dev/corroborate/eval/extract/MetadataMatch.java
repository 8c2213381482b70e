package dev.corroborate.eval.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.corroborate.core.Published;

/**
 * Metadata scoring: exact day for dates, exact text after Unicode NFKC and whitespace normalisation for titles, and
 * set F1 over normalised names (NFKC, lower-case, single spaces, outer punctuation dropped) for authors.
 */
final class MetadataMatch {
    private MetadataMatch() {
    }

    /** @return true when the predicted publication falls on the gold day */
    static boolean sameDay(LocalDate gold, Published predicted) {
        return predicted != null && predicted.date().equals(gold);
    }

    /** @return true when the two titles are equal after NFKC and whitespace normalisation */
    static boolean sameTitle(String gold, String predicted) {
        return predicted != null && normaliseTitle(gold).equals(normaliseTitle(predicted));
    }

    static String normaliseTitle(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    /** F1 of the two sets of normalised names; 0 when one side is empty and the other is not, 1 when both are. */
    static double authorsF1(List<String> gold, List<String> predicted) {
        Set<String> g = normaliseNames(gold);
        Set<String> p = normaliseNames(predicted);
        if (g.isEmpty() && p.isEmpty()) {
            return 1;
        }
        if (g.isEmpty() || p.isEmpty()) {
            return 0;
        }
        long common = p.stream().filter(g::contains).count();
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / p.size();
        double recall = (double) common / g.size();
        return 2 * precision * recall / (precision + recall);
    }

    static Set<String> normaliseNames(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : names) {
            String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }
}
