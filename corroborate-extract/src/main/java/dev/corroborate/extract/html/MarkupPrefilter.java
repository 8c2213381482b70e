package dev.corroborate.extract.html;

import java.io.Reader;
import java.util.Arrays;

/**
 * Cuts from raw markup what no pass reads and the parser would spend most of its time on: script bodies (JSON-LD
 * kept), style sheets, inline SVG drawings and comments. A linear scan; markup it does not understand is left as is.
 * What is kept is read in place ({@link Kept#reader}), not copied into a new string, and the scan notes where the
 * scripts open, for {@link HydrationScripts}, which would otherwise scan the whole page again.
 */
final class MarkupPrefilter {
    private static final String SCRIPT = "<script";

    private MarkupPrefilter() {
    }

    /**
     * The markup kept: runs {@code [runs[2i], runs[2i+1])} of {@code html}, and the places of the {@code "<script"}
     * tags the scan met (those in comments and in other scripts' code it passes over unread).
     */
    record Kept(String html, int[] runs, int[] scriptStarts) {
        /** The kept markup as a string. */
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder(html.length());
            for (int r = 0; r < runs.length; r += 2) {
                out.append(html, runs[r], runs[r + 1]);
            }
            return out.toString();
        }

        /** The kept markup, read straight from the page's string: the parser buffers it anyway. */
        Reader reader() {
            return new Reader() {
                private int run;
                private int at = runs.length == 0 ? 0 : runs[0];

                @Override
                public int read(char[] buf, int off, int len) {
                    while (run < runs.length && at == runs[run + 1]) {
                        run += 2;
                        at = run < runs.length ? runs[run] : at;
                    }
                    if (run >= runs.length) {
                        return -1;
                    }
                    int n = Math.min(len, runs[run + 1] - at);
                    html.getChars(at, at + n, buf, off);
                    at += n;
                    return n;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** @return the markup without scripts (but JSON-LD), styles, SVG and comments */
    static String strip(String html) {
        return keep(html).toString();
    }

    /** What {@link #strip} keeps of {@code html}, with the places of its script tags. */
    static Kept keep(String html) {
        IntList runs = new IntList();
        IntList scripts = new IntList();
        int n = html.length();
        // markup is kept in runs, up to each cut, not tag by tag
        int kept = 0;
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            int end = -1;
            char next = lt + 1 < n ? html.charAt(lt + 1) : ' ';
            if (next == '!' && html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                end = close < 0 ? n : close + 3;
            } else if (mayOpenCutTag(next)) {
                if (html.startsWith(SCRIPT, lt)) {
                    scripts.add(lt);
                }
                int span = span(html, lt);
                if (span < NONE) {
                    // JSON-LD kept whole: markup quoted inside it ("<svg", "<!--") opens nothing
                    i = ~span;
                    continue;
                }
                end = span;
            }
            if (end < 0) {
                i = lt + 1;
            } else {
                runs.addRun(kept, lt);
                kept = end;
                i = end;
            }
        }
        runs.addRun(kept, n);
        return new Kept(html, runs.toArray(), scripts.toArray());
    }

    /** A growable list of ints, without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addRun(int from, int to) {
            // an empty run adds nothing to read
            if (to > from) {
                add(from);
                add(to);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** Script, style and svg all start with an s ('\u017f', the long s, matches it ignoring case). */
    private static boolean mayOpenCutTag(char next) {
        return next == 's' || next == 'S' || next == '\u017f';
    }

    /** {@link #span}'s answer for markup at {@code lt} that is neither cut nor kept whole. */
    private static final int NONE = -1;

    /**
     * What the element opened at {@code lt} is, read from its opening tag once: the index it ends at when it is to be
     * cut; {@code ~end} (below {@link #NONE}, as {@code end > lt}) for a JSON script, kept whole up to {@code end};
     * {@link #NONE} otherwise.
     */
    private static int span(String html, int lt) {
        if (opens(html, lt, "script")) {
            int tagEnd = html.indexOf('>', lt);
            if (tagEnd < 0) {
                return html.length();
            }
            int end = closing(html, tagEnd, "</script");
            return containsIgnoreCase(html, lt, tagEnd, "json") ? ~end : end;
        }
        if (opens(html, lt, "style")) {
            return closing(html, lt, "</style");
        }
        if (opens(html, lt, "svg")) {
            return closing(html, lt, "</svg");
        }
        return NONE;
    }

    private static boolean opens(String html, int lt, String tag) {
        int after = lt + 1 + tag.length();
        if (after >= html.length() || !matchesIgnoreCase(html, lt + 1, tag)) {
            return false;
        }
        char c = html.charAt(after);
        return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/';
    }

    /** The index after the closing tag's '>'; the end of the markup when it is never closed, as in a browser. */
    private static int closing(String html, int from, String closeTag) {
        int i = from;
        while (true) {
            int lt = html.indexOf("</", i);
            if (lt < 0) {
                return html.length();
            }
            if (matchesIgnoreCase(html, lt, closeTag)) {
                int gt = html.indexOf('>', lt);
                return gt < 0 ? html.length() : gt + 1;
            }
            i = lt + 2;
        }
    }

    /**
     * {@code html.regionMatches(true, at, word, 0, word.length())} for a lower-case ASCII {@code word}, told from the
     * first ASCII character that differs: most "&lt;/" in a script close something else, and the full comparison is
     * slow on a page that is not all Latin-1. A non-ASCII character is left to the full comparison, as one may fold
     * to an ASCII letter ('\u017f', the long s, to 's').
     */
    private static boolean matchesIgnoreCase(String html, int at, String word) {
        int n = Math.min(word.length(), html.length() - at);
        for (int k = 0; k < n; k++) {
            char c = html.charAt(at + k);
            if (c >= 0x80) {
                return html.regionMatches(true, at, word, 0, word.length());
            }
            char w = word.charAt(k);
            if (c != w && !(w >= 'a' && w <= 'z' && (c | 0x20) == w)) {
                return false;
            }
        }
        return n == word.length();
    }

    /** @param word an ASCII word whose first letter has no case forms but its two ASCII ones */
    private static boolean containsIgnoreCase(String html, int from, int to, String word) {
        char first = word.charAt(0);
        for (int i = from; i + word.length() <= to; i++) {
            // the first letter checked on its own first: most places fail there, without a region compare
            if ((html.charAt(i) | 0x20) == first && html.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
