package dev.corroborate.extract;

/**
 * Whitespace collapsed as {@code text.replaceAll("\\s+", " ")} does it (the ASCII {@code \s}: space, tab, line
 * breaks, form feed, vertical tab), without a regex: extraction collapses every paragraph, and most are already
 * collapsed, so they come back as they are, uncopied.
 */
public final class Spaces {
    private Spaces() {
    }

    /** @return {@code text} with each run of ASCII whitespace replaced by one space */
    public static String collapse(String text) {
        int n = text.length();
        int i = 0;
        // the first place where the text differs from its collapsed form: a whitespace other than a lone space
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < n && isSpace(text.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                out.append(' ');
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The regex {@code \s} without UNICODE_CHARACTER_CLASS: {@code [ \t\n\x0B\f\r]}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
