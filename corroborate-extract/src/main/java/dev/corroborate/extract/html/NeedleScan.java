package dev.corroborate.extract.html;

import java.util.Arrays;

/**
 * Where several strings that share a prefix (the same date on neighbouring days) occur in a long text, found in one
 * pass over it instead of one pass each: exactly the places that {@code text.indexOf(needle)}, then
 * {@code text.indexOf(needle, at + step)}, would give for each needle, the first {@code max} of them.
 */
final class NeedleScan {
    /** Below this shared prefix the one pass would stop too often: each needle gets its own. */
    private static final int MIN_PREFIX = 4;

    private NeedleScan() {
    }

    /** @return for each needle, its places in increasing order */
    static int[][] find(String text, String[] needles, int step, int max) {
        int[][] found = new int[needles.length][max];
        int[] counts = new int[needles.length];
        String prefix = commonPrefix(needles);
        if (prefix.length() < MIN_PREFIX) {
            for (int k = 0; k < needles.length; k++) {
                for (int at = text.indexOf(needles[k]); at >= 0 && counts[k] < max; at = text.indexOf(needles[k], at + step)) {
                    found[k][counts[k]++] = at;
                }
            }
        } else {
            // the next place each needle may be found at, as its own search would resume there
            int[] next = new int[needles.length];
            int open = needles.length;
            for (int at = text.indexOf(prefix); at >= 0 && open > 0; at = text.indexOf(prefix, at + 1)) {
                for (int k = 0; k < needles.length; k++) {
                    if (counts[k] < max && at >= next[k] && text.startsWith(needles[k], at)) {
                        found[k][counts[k]++] = at;
                        next[k] = at + step;
                        if (counts[k] == max) {
                            open--;
                        }
                    }
                }
            }
        }
        for (int k = 0; k < needles.length; k++) {
            found[k] = Arrays.copyOf(found[k], counts[k]);
        }
        return found;
    }

    private static String commonPrefix(String[] needles) {
        String prefix = needles.length == 0 ? "" : needles[0];
        for (String n : needles) {
            int i = 0;
            while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }
}
