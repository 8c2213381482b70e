package dev.corroborate.extract.html;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the back matter that closes some articles: a heading such as "Footnotes", "References", "Video Credits" or
 * "Shop This Story", and everything under it. What follows such a heading is a list of sources, names or products,
 * never more of the story, so the article ends where it starts.
 */
final class BackMatter {
    /** Headings that open back matter, with or without a colon. */
    private static final Pattern HEAD = Pattern.compile(
        "(?i)(?:foot ?notes|end ?notes|references|bibliography|works cited|further reading"
            + "|shop (?:this|the) (?:story|look|post|edit)|(?:[\\p{L}&]+ )?credits)\\s*:?");
    /** Longest heading, in characters. */
    private static final int MAX_HEAD_CHARS = 40;
    /** Back matter closes an article: a heading in its first half is a section of the story. */
    private static final double FIRST_HALF = 0.5;

    private BackMatter() {
    }

    /**
     * @param paragraphs the article's paragraphs
     * @return the paragraphs before the first back-matter heading of the second half; the list itself when none
     */
    static List<String> cut(List<String> paragraphs) {
        int n = paragraphs.size();
        for (int i = (int) Math.ceil(n * FIRST_HALF); i < n; i++) {
            String p = paragraphs.get(i);
            if (p.length() <= MAX_HEAD_CHARS && HEAD.matcher(p.strip()).matches()) {
                return paragraphs.subList(0, i);
            }
        }
        return paragraphs;
    }
}
