package dev.corroborate.eval.statements;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a predicted speaker names the gold speaker: the same name ignoring case, accents and punctuation, or the
 * same surname with the same first name when both names give one ("Stoltenberg" and "Jens Stoltenberg" match;
 * "Erna Stoltenberg" and "Jens Stoltenberg" do not). Titles ("Mr", "Dr", "President") are ignored.
 */
final class SpeakerMatch {
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir",
        "president", "sen", "senator", "rep", "gov", "governor", "gen", "general", "jr", "sr", "the");

    private SpeakerMatch() {
    }

    static boolean same(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        List<String> g = tokens(gold);
        List<String> p = tokens(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        if (g.equals(p)) {
            return true;
        }
        if (!g.get(g.size() - 1).equals(p.get(p.size() - 1))) {
            return false;
        }
        return g.size() == 1 || p.size() == 1 || g.get(0).equals(p.get(0));
    }

    static List<String> tokens(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return Arrays.stream(n.split(" ")).filter(t -> !t.isEmpty() && !TITLES.contains(t)).toList();
    }
}
