package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Content words of a text, lower-cased and lightly stemmed ("negotiations", "negotiate" and "negotiating" meet as "negoti"), for
 * the comparisons that grouping and coverage make. Deterministic and allocation-light.
 */
public final class Terms {
    private static final Set<String> STOP = stopWords(
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "had", "not", "but",
        "its", "his", "her", "their", "our", "you", "will", "would", "could", "should", "can", "about", "after",
        "over", "into", "than", "then", "there", "they", "them", "she", "him", "who", "what", "when", "where",
        "which", "while", "also", "any", "all", "been", "being", "more", "most", "some", "such", "only", "other",
        "one", "two", "new", "may", "might", "must", "out", "per", "very",
        "just", "even", "because", "before", "between", "both", "each", "how", "why", "these", "those", "under",
        "until", "upon", "does", "did", "doing", "done", "get", "got", "its", "it's", "let", "like", "made", "make",
        "many", "much", "now", "off", "once", "own", "same", "since", "still", "too", "well", "yet", "year",
        "years", "week", "according", "however", "further", "through", "during", "against", "without", "within",
        "whether", "if", "is", "it", "in", "on", "at", "of", "to", "a", "an", "as", "by", "be", "or", "we", "he",
        "do", "so", "no", "up", "us", "my", "me", "i");
    private static final String[] SUFFIXES = {"ations", "ating", "ation", "ates", "ated", "ments", "ment", "ings",
        "ing", "ions", "ion", "ate", "ies", "ied", "ers", "er", "ed", "es", "ly", "s", "e"};

    private Terms() {
    }

    /** Function words and the commonest reporting verbs, which say nothing of what a text is about. */
    private static Set<String> stopWords(String... functionWords) {
        Set<String> stop = new java.util.HashSet<>(List.of(functionWords));
        stop.addAll(CueLexicon.TOPICLESS);
        return Set.copyOf(stop);
    }

    /**
     * A content word as the text writes it (case kept, possessive dropped) and its stem.
     *
     * @param surface the word as written
     * @param stem    its stem, as {@link #stems} gives it
     */
    public record Word(String surface, String stem) {
    }

    /** @return the stems of the text's content words, in order, repeats kept */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        forEachWord(text, (surface, stem) -> stems.add(stem));
        return stems;
    }

    /** @return the text's content words with their stems, in order, repeats kept: to show a stem as a real word */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        forEachWord(text, (surface, stem) -> words.add(new Word(surface, stem)));
        return words;
    }

    private static void forEachWord(String text, java.util.function.BiConsumer<String, String> sink) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                i++;
            }
            if (i > start) {
                String surface = text.substring(start, i).replace('’', '\'');
                if (surface.endsWith("'s") || surface.endsWith("'S")) {
                    surface = surface.substring(0, surface.length() - 2);
                } else if (surface.endsWith("'")) {
                    surface = surface.substring(0, surface.length() - 1); // the plural possessive: "islanders'"
                }
                String word = surface.toLowerCase(Locale.ROOT);
                if (word.length() >= 3 && !STOP.contains(word) && !isNumber(word)) {
                    sink.accept(surface, stem(word));
                }
            }
        }
    }

    /** @return stem counts of the text */
    public static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String s : stems(text)) {
            counts.merge(s, 1, Integer::sum);
        }
        return counts;
    }

    public static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
