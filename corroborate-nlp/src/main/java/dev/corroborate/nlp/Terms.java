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
    private static final Set<String> STOP = Set.copyOf(List.of(
        "the", "and", "for", "with", "from", "that", "this", "are", "was", "were", "has", "have", "had", "not", "but",
        "its", "his", "her", "their", "our", "you", "will", "would", "could", "should", "can", "about", "after",
        "over", "into", "than", "then", "there", "they", "them", "she", "him", "who", "what", "when", "where",
        "which", "while", "also", "any", "all", "been", "being", "more", "most", "some", "such", "only", "other",
        "said", "says", "say", "told", "added", "one", "two", "new", "may", "might", "must", "out", "per", "very",
        "just", "even", "because", "before", "between", "both", "each", "how", "why", "these", "those", "under",
        "until", "upon", "does", "did", "doing", "done", "get", "got", "its", "it's", "let", "like", "made", "make",
        "many", "much", "now", "off", "once", "own", "same", "since", "still", "too", "well", "yet", "year",
        "years", "week", "according", "however", "further", "through", "during", "against", "without", "within",
        "whether", "if", "is", "it", "in", "on", "at", "of", "to", "a", "an", "as", "by", "be", "or", "we", "he",
        "do", "so", "no", "up", "us", "my", "me", "i"));
    private static final String[] SUFFIXES = {"ations", "ating", "ation", "ates", "ated", "ments", "ment", "ings",
        "ing", "ions", "ion", "ate", "ies", "ied", "ers", "er", "ed", "es", "ly", "s", "e"};

    private Terms() {
    }

    /** @return the stems of the text's content words, in order, repeats kept */
    public static List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
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
                String word = text.substring(start, i).toLowerCase(Locale.ROOT).replace('’', '\'');
                if (word.endsWith("'s")) {
                    word = word.substring(0, word.length() - 2);
                } else if (word.endsWith("'")) {
                    word = word.substring(0, word.length() - 1); // the plural possessive: "islanders'"
                }
                if (word.length() >= 3 && !STOP.contains(word) && !isNumber(word)) {
                    stems.add(stem(word));
                }
            }
        }
        return stems;
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
