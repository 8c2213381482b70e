package dev.corroborate.extract.html;

import java.util.regex.Pattern;

import dev.corroborate.extract.Words;
import dev.corroborate.extract.meta.DateParsing;

/**
 * What a page sets around its headline, inside the block that holds the story: over it a section label or kicker
 * ("Explainer") and a breadcrumb trail ("Home / Regions / Oska inquiry"); under it the byline ("By Ana Lenz, Science
 * Editor") and a date line with the writer beside it ("Sunday, 18 May 2025 - Ana Lenz, reporter"). None of them is a
 * sentence. Under the headline a short line may as well be the story's first subheading, so there only a byline,
 * crumbs or a date mark a line; and only the lines before the story's first paragraph are asked, since further down
 * a "By ..." line may close a quoted poem.
 */
final class LeadingFurniture {
    /** A byline, breadcrumb, label or date line names a few things; a longer line is the story's lead. */
    private static final int MAX_LINE_WORDS = 12;
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|by)\\s+\\p{Lu}");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s[/>»|›]\\s");

    private LeadingFurniture() {
    }

    /** True when {@code p}, set over the headline, is a label, kicker, crumbs or date line: no sentence. */
    static boolean overHeadline(String p) {
        String line = p.strip();
        return !line.isEmpty() && !endsSentence(line) && Words.count(line) <= MAX_LINE_WORDS;
    }

    /** True when {@code p}, under the headline and before the story's first paragraph, is crumbs, byline or date. */
    static boolean underHeadline(String p) {
        String line = p.strip();
        return overHeadline(line) && (BYLINE.matcher(line).lookingAt()
            || CRUMB_SEPARATOR.matcher(line).results().count() >= 2 || DateParsing.find(line).isPresent());
    }

    /** A stop, a quote's end or a comma: a sentence, a letter's salutation ("Dear Friends,"), no label. */
    private static boolean endsSentence(String line) {
        return ".!?:…,\"”’'".indexOf(line.charAt(line.length() - 1)) >= 0;
    }
}
