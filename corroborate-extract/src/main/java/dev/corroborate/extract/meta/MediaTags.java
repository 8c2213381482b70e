package dev.corroborate.extract.meta;

import java.util.regex.Pattern;

/**
 * Drops the media tag a page pins to its headline ("WATCH: ...", "... (video)", "... [Photos]"): it tells the reader
 * what the page holds besides text, and is no part of the headline itself. Both extractors ask it: the HTML one of
 * every title the page declares, the text-dump one of the headline line it picked.
 */
public final class MediaTags {
    private static final String MEDIA = "(?:watch|video|videos|photos?|pictures|gallery|listen|audio|podcast|live)";
    private static final Pattern LEADING = Pattern.compile("(?i)^" + MEDIA + "\\s*[:|]\\s+");
    private static final Pattern TRAILING = Pattern.compile("(?i)\\s*[(\\[]" + MEDIA + "[)\\]]$");

    private MediaTags() {
    }

    /** @return the headline without a leading or trailing media tag; null for null */
    public static String strip(String headline) {
        return headline == null ? null
            : unlessEmpty(headline, TRAILING.matcher(LEADING.matcher(headline).replaceFirst("")).replaceFirst(""));
    }

    /** @return the headline without a trailing media tag ("… (video)"); a dump's headline line is stripped of that only */
    public static String stripTrailing(String headline) {
        return unlessEmpty(headline, TRAILING.matcher(headline).replaceFirst(""));
    }

    /** A tag alone is no headline: then what the page wrote is kept. */
    private static String unlessEmpty(String written, String stripped) {
        return stripped.isBlank() ? written : stripped;
    }
}
