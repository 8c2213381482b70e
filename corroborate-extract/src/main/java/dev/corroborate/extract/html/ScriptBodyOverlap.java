package dev.corroborate.extract.html;

import java.util.List;

import dev.corroborate.extract.Words;

/**
 * Whether a body read from a script is the page's own article: most of the markup's words sit in paragraphs found,
 * letters and digits alike, inside it. Quotes, spacing and entities differ between the two, so both are compared
 * reduced to lower-case letters and digits.
 */
final class ScriptBodyOverlap {
    private ScriptBodyOverlap() {
    }

    /** True when paragraphs holding at least half the markup's words recur in the script body (or there are none). */
    static boolean holdsMostOf(List<String> scriptBody, List<String> markup) {
        String body = squeeze(String.join(" ", scriptBody));
        int total = 0;
        int found = 0;
        for (String p : markup) {
            int words = Words.count(p);
            total += words;
            String s = squeeze(p);
            if (!s.isEmpty() && body.contains(s)) {
                found += words;
            }
        }
        return 2 * found >= total;
    }

    private static String squeeze(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
