package dev.corroborate.nlp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One canonical name per person across articles: spelling and transliteration variants of a surname with the same
 * given name ("Volodymyr Zelensky" / "Volodymyr Zelenskyy") and a bare surname used alone ("Rutte") meet under the
 * form most articles use (ties: the shorter, then the alphabetically first, so the result never depends on order).
 */
public final class SpeakerNames {

    /** @param names every person name written in the corpus, once per article that writes it */
    public static Map<String, String> canonicalMap(List<String> names) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : names) {
            counts.merge(name, 1, Integer::sum);
        }
        Map<String, String> canonical = new HashMap<>();
        for (String name : counts.keySet()) {
            String best = name;
            for (String other : counts.keySet()) {
                if (!other.equals(name) && sameperson(name, other) && better(other, best, counts)) {
                    best = other;
                }
            }
            canonical.put(name, best);
        }
        return canonical;
    }

    private static boolean better(String candidate, String current, Map<String, Integer> counts) {
        int c = counts.get(candidate);
        int k = counts.get(current);
        if (candidate.indexOf(' ') >= 0 != current.indexOf(' ') >= 0) {
            return candidate.indexOf(' ') >= 0; // a full name beats a bare surname
        }
        if (c != k) {
            return c > k;
        }
        if (candidate.length() != current.length()) {
            return candidate.length() < current.length();
        }
        return candidate.compareTo(current) < 0;
    }

    static boolean sameperson(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        String surnameX = x[x.length - 1];
        String surnameY = y[y.length - 1];
        if (x.length == 1 || y.length == 1) {
            return x.length != y.length && surnameX.equals(surnameY);
        }
        return x[0].equals(y[0]) && x.length == y.length && close(surnameX, surnameY);
    }

    /** Same up to one edit, for names long enough that one letter is a spelling, not another person. */
    private static boolean close(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = a.length() - 1;
        int k = b.length() - 1;
        while (j >= i && k >= i && a.charAt(j) == b.charAt(k)) {
            j--;
            k--;
        }
        return j - i < 1 && k - i < 1;
    }

    private SpeakerNames() {
    }
}
