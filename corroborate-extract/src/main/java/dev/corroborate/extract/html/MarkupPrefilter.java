package dev.corroborate.extract.html;

/**
 * Cuts from raw markup what no pass reads and the parser would spend most of its time on: script bodies (JSON-LD
 * kept), style sheets, inline SVG drawings and comments. A linear scan; markup it does not understand is left as is.
 */
final class MarkupPrefilter {
    private MarkupPrefilter() {
    }

    /** @return the markup without scripts (but JSON-LD), styles, SVG and comments */
    static String strip(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        // markup is copied in runs, up to each cut, not tag by tag
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
                out.append(html, kept, lt);
                kept = end;
                i = end;
            }
        }
        out.append(html, kept, n);
        return out.toString();
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
        if (after >= html.length() || !html.regionMatches(true, lt + 1, tag, 0, tag.length())) {
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
            if (html.regionMatches(true, lt, closeTag, 0, closeTag.length())) {
                int gt = html.indexOf('>', lt);
                return gt < 0 ? html.length() : gt + 1;
            }
            i = lt + 2;
        }
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
