package dev.corroborate.extract.meta;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language from its commonest function words; enough to tell the languages news pages in
 * our corpora come in, and to say "unknown" rather than guess on short or mixed text.
 */
public final class LanguageGuesser {
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
        "en", Set.of("the", "and", "of", "to", "in", "is", "that", "said", "for", "with", "was", "on"),
        "de", Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den", "sich", "auf", "ein", "eine"),
        "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "du", "pas"),
        "es", Set.of("el", "los", "las", "y", "que", "del", "una", "por", "para", "con", "es", "se"),
        "it", Set.of("il", "di", "che", "della", "per", "una", "sono", "gli", "con", "non", "del", "nel"),
        "uk", Set.of("і", "що", "на", "не", "та", "до", "як", "від", "це", "за", "україни", "він"),
        "ru", Set.of("и", "что", "на", "не", "в", "с", "как", "это", "по", "он", "из", "россии"));

    private LanguageGuesser() {
    }

    /** @return an ISO 639-1 code, or null when no language stands out */
    public static String guess(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (var entry : FUNCTION_WORDS.entrySet()) {
            int count = 0;
            for (String w : words) {
                if (entry.getValue().contains(w)) {
                    count++;
                }
            }
            if (count > bestCount || count == bestCount && best != null && entry.getKey().compareTo(best) < 0) {
                second = bestCount;
                bestCount = count;
                best = entry.getKey();
            } else if (count > second) {
                second = count;
            }
        }
        return bestCount >= 3 && bestCount >= 2 * second ? best : null;
    }
}
