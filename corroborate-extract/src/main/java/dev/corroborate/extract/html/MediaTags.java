package dev.corroborate.extract.html;

import java.util.regex.Pattern;

/**
 * Drops the media tag a page pins to its headline ("WATCH: ...", "... (video)", "... [Photos]"): it tells the reader
 * what the page holds besides text, and is no part of the headline itself.
 */
final class MediaTags {
    private static final String MEDIA = "(?:watch|video|videos|photos?|pictures|gallery|listen|audio|podcast|live)";
    private static final Pattern LEADING = Pattern.compile("(?i)^" + MEDIA + "\\s*[:|]\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?i)\\s*[(\\[]" + MEDIA + "[)\\]]$");

    private MediaTags() {
    }

    /** @return the headline without a leading or trailing media tag; null for null */
    static String strip(String headline) {
        if (headline == null) {
            return null;
        }
        String s = LEADING.matcher(headline).replaceFirst("");
        s = TRAILING.matcher(s).replaceFirst("");
        // a tag alone is no headline: keep what the page wrote
        return s.isBlank() ? headline : s;
    }
}
