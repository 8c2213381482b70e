package dev.corroborate.extract.text;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a page address's slug ("/news/2025/06/harbour-town-votes-to-rebuild-pier-1234/"): news sites spell
 * the headline into the address, so the line that holds the slug's words is the headline, whatever the page prints
 * around it.
 *
 * @param words the slug's words, lower-cased, in order; ids and file endings dropped
 */
record UrlSlug(List<String> words) {
    /** A slug of fewer words is a section name ("/sport/football/"), not a headline. */
    private static final int MIN_WORDS = 3;
    private static final Pattern SEPARATOR = Pattern.compile("[-_+]+");
    /** Ids and dates within a slug segment: "1234567", "rcna130888", "2023", and a hash's parts ("9f6b", "11ee"). */
    private static final Pattern ID = Pattern.compile("[a-z]*\\d{3,}[a-z0-9]*|(?=[a-z]*\\d)(?=\\d*[a-z])[a-z0-9]+");
    private static final Pattern FILE_ENDING = Pattern.compile("\\.(?:s?html?|php|aspx?|jsp)$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * @return the slug of the address's last path segment that reads as one, or null when none does: the page's own
     *         name comes after its section's or its guide's ("/wikis/valley-ferry-guide/Harbour_Crane_Notes")
     */
    static UrlSlug of(String url) {
        if (url == null) {
            return null;
        }
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
        if (path == null) {
            return null;
        }
        List<String> slug = List.of();
        for (String segment : path.split("/")) {
            String s = FILE_ENDING.matcher(segment.toLowerCase(Locale.ROOT)).replaceFirst("");
            List<String> words = new ArrayList<>();
            for (String w : SEPARATOR.split(s)) {
                if (!w.isEmpty() && !ID.matcher(w).matches()) {
                    words.add(w);
                }
            }
            if (words.size() >= MIN_WORDS) {
                slug = words;
            }
        }
        return slug.isEmpty() ? null : new UrlSlug(List.copyOf(slug));
    }

    /** Share of the slug's words that the line holds. */
    double coverage(String line) {
        Set<String> tokens = new java.util.HashSet<>();
        var m = TOKEN.matcher(line.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tokens.add(m.group());
        }
        long held = words.stream().filter(tokens::contains).count();
        return (double) held / words.size();
    }
}
