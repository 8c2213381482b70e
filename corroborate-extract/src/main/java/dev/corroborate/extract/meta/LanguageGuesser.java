package dev.corroborate.extract.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    private static final Map<String, List<String>> LANGUAGES_OF = index();

    private LanguageGuesser() {
    }

    /** @return an ISO 639-1 code, or null when no language stands out */
    public static String guess(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Map<String, Integer> counts = new HashMap<>();
        int i = 0;
        int n = sample.length();
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= 8) {
                List<String> languages = LANGUAGES_OF.get(sample.substring(start, i).toLowerCase(Locale.ROOT));
                if (languages != null) {
                    languages.forEach(language -> counts.merge(language, 1, Integer::sum));
                }
            }
        }
        String best = null;
        int bestCount = 0;
        int second = 0;
        for (String language : new TreeSet<>(counts.keySet())) {
            int count = counts.get(language);
            if (count > bestCount) {
                second = bestCount;
                bestCount = count;
                best = language;
            } else if (count > second) {
                second = count;
            }
        }
        return bestCount >= 3 && bestCount >= 2 * second ? best : null;
    }

    /** Each function word with the languages it belongs to. */
    private static Map<String, List<String>> index() {
        Map<String, List<String>> index = new HashMap<>();
        FUNCTION_WORDS.forEach((language, words) ->
            words.forEach(w -> index.computeIfAbsent(w, k -> new ArrayList<>()).add(language)));
        index.replaceAll((w, languages) -> languages.stream().sorted().toList());
        return Map.copyOf(index);
    }
}
