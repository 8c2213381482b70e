package dev.corroborate.group;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * An article's stem counts, kept compact: a store of a hundred thousand articles holds one of these per article
 * for as long as it runs, so terms are interned and held in two parallel arrays sorted by term.
 */
public final class TermCounts {
    private final String[] terms;
    private final int[] counts;

    private TermCounts(String[] terms, int[] counts) {
        this.terms = terms;
        this.counts = counts;
    }

    /** Counts from a map; the map is not kept. */
    public static TermCounts of(Map<String, Integer> counts) {
        String[] terms = counts.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        int[] values = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            values[i] = counts.get(terms[i]);
            terms[i] = terms[i].intern();
        }
        return new TermCounts(terms, values);
    }

    /** Counts from parallel lists, as persisted; terms must be distinct. */
    public static TermCounts of(String[] terms, int[] counts) {
        if (terms.length != counts.length) {
            throw new IllegalArgumentException("terms and counts differ in length");
        }
        java.util.TreeMap<String, Integer> sorted = new java.util.TreeMap<>();
        for (int i = 0; i < terms.length; i++) {
            sorted.put(terms[i], counts[i]);
        }
        return of(sorted);
    }

    public int size() {
        return terms.length;
    }

    /** Each term with its count, in term order. */
    public void forEach(ObjIntConsumer<String> action) {
        for (int i = 0; i < terms.length; i++) {
            action.accept(terms[i], counts[i]);
        }
    }

    public String[] terms() {
        return terms.clone();
    }

    public int[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermCounts other && Arrays.equals(terms, other.terms) && Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(counts);
    }
}
