package dev.corroborate.report;

/**
 * Escapes untrusted text (titles, quotes, outlet names) for inline use in Markdown, so that a page's own
 * characters never turn into emphasis, links, HTML, table cells or headings in the report.
 */
final class MarkdownText {
    // CommonMark lets a backslash escape any ASCII punctuation; these are the ones that can change structure inline.
    private static final String SPECIAL = "\\`*_[]<>|~!#&";

    private MarkdownText() {
    }

    /** The text on one line, with Markdown punctuation backslash-escaped; "" for null. */
    static String inline(String text) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        StringBuilder out = new StringBuilder(oneLine.length() + 8);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            } else if (i == 0 && (c == '+' || c == '-' || c == '=')) {
                out.append('\\'); // would start a list item or a setext underline
            } else if (c == '.' && i > 0 && allDigits(oneLine, i)) {
                out.append('\\'); // "1." at the start would start an ordered list
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The sentence escaped, with the part {@code [from, to)} (offsets into {@code sentence}) in bold, so the words
     * of a statement stand out inside the sentence they came from.
     */
    static String emphasise(String sentence, int from, int to) {
        from = Math.max(0, Math.min(from, sentence.length()));
        to = Math.max(from, Math.min(to, sentence.length()));
        // Bold only works with no space just inside the asterisks.
        while (from < to && Character.isWhitespace(sentence.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(sentence.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return inline(sentence);
        }
        String before = sentence.substring(0, from).replaceAll("\\s+", " ");
        String after = sentence.substring(to).replaceAll("\\s+", " ");
        return (inline(before.stripLeading()) + (before.endsWith(" ") && !before.isBlank() ? " " : "")
                + "**" + inline(sentence.substring(from, to)) + "**"
                + (after.startsWith(" ") && !after.isBlank() ? " " : "") + inline(after.stripTrailing())).strip();
    }

    private static boolean allDigits(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
