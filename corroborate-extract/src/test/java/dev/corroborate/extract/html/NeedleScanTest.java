package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** One pass for needles sharing a prefix finds what one indexOf chain per needle finds. */
class NeedleScanTest {
    private static int[] chain(String text, String needle, int step, int max) {
        int[] out = new int[max];
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0 && n < max; at = text.indexOf(needle, at + step)) {
            out[n++] = at;
        }
        return Arrays.copyOf(out, n);
    }

    private static void assertSameAsChains(String text, String[] needles, int step, int max) {
        int[][] found = NeedleScan.find(text, needles, step, max);
        for (int k = 0; k < needles.length; k++) {
            assertArrayEquals(chain(text, needles[k], step, max), found[k], needles[k]);
        }
    }

    @Test
    void neighbouringDaysAreFoundWhereTheirOwnSearchesFindThem() {
        String text = "posted 2023-11-14T22:00-05:00 <time>2023-11-15T03:00Z</time> 2023-11-2023-11-20 "
            + "2023-11-14 2023-11-13 and 2023-11-1";
        assertSameAsChains(text, new String[] {"2023-11-13", "2023-11-14", "2023-11-15"}, 10, 30);
        // overlapping places: the search resumes ten characters on, so the second of these is skipped
        assertSameAsChains(text, new String[] {"2023-11-20", "2023-11-19", "2023-11-21"}, 10, 30);
    }

    @Test
    void stopsAtTheLimitAndHandlesNeedlesWithoutACommonPrefix() {
        String text = "2023-12-31 2024-01-01 ".repeat(40);
        assertSameAsChains(text, new String[] {"2023-12-31", "2024-01-01", "2024-01-02"}, 10, 30);
        assertSameAsChains(text, new String[] {"2023-12-30", "2023-12-31", "2024-01-01"}, 10, 5);
        assertSameAsChains("", new String[] {"2023-12-30", "2023-12-31"}, 10, 5);
    }
}
