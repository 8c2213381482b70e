package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        // Only names that share a bucket can be one person (see sameperson), so each name is compared with its
        // bucket-mates, not with the whole corpus: near-linear instead of quadratic.
        Map<String, List<String>> buckets = new HashMap<>();
        for (String name : counts.keySet()) {
            for (String key : bucketKeys(name)) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String name : counts.keySet()) {
            String best = name;
            for (String key : bucketKeys(name)) {
                for (String other : buckets.get(key)) {
                    // better() is a strict total order, so the best match does not depend on the order seen.
                    if (!other.equals(name) && sameperson(name, other) && better(other, best, counts)) {
                        best = other;
                    }
                }
            }
            canonical.put(name, best);
        }
        return canonical;
    }

    /**
     * The buckets a name falls in: a bare surname and every full name ending in it share one; full names share
     * one when they have the same given name, the same number of parts, and a surname equal up to one deleted
     * letter (one edit apart means one deletion from each side, or from the longer one, gives the same string).
     */
    private static List<String> bucketKeys(String name) {
        String[] parts = name.split(" ");
        String surname = parts[parts.length - 1];
        List<String> keys = new ArrayList<>(surname.length() + 2);
        keys.add("bare\u0001" + surname);
        if (parts.length > 1) {
            String prefix = "full\u0001" + parts[0] + '\u0001' + parts.length + '\u0001';
            Set<String> variants = new HashSet<>();
            variants.add(surname);
            for (int i = 0; i < surname.length(); i++) {
                variants.add(surname.substring(0, i) + surname.substring(i + 1));
            }
            variants.forEach(v -> keys.add(prefix + v));
        }
        return keys;
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
