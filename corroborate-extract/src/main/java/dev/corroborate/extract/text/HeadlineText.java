package dev.corroborate.extract.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.extract.Words;
import dev.corroborate.extract.meta.MediaTags;

/**
 * The headline as the page titles its story, without what a widget printed around it: a share bar's or a reading
 * bar's label ("SHARE …", "Share All sharing options for: …", "now reading: …"), a citation's date and address
 * ("Citation: … (2023, December 21) retrieved …"), a media tag ("… [Watch]", "… (video)": {@link MediaTags}).
 */
final class HeadlineText {
    /** At most this many words of label before the headline; more reads as a longer headline of its own. */
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MIN_HEADLINE_WORDS = 4;
    /** "| Editorial", "| Valley Post": a page's tag for the story's section or its own name, one to three words. */
    private static final Pattern SECTION_TAG = Pattern.compile("\\s+\\|\\s+[^|\\s]+(?:\\s+[^|\\s]+){0,2}$");
    /** What may follow the headline inside a widget's line: a citation's "(2023, …" or a bar's "| …". */
    private static final Pattern TRAILER = Pattern.compile("^\\s*[(\\[|]");
    private static final Pattern LABEL_END = Pattern.compile("(?:[:|]|\\b\\p{Lu}{2,})\\s*$");

    private HeadlineText() {
    }

    /** @return the headline's text: the picked line, or a line of the dump it wraps in a widget's label */
    static String of(DumpLine picked, List<DumpLine> lines) {
        String text = picked.text();
        String pure = null;
        for (DumpLine line : lines) {
            String candidate = line.text().strip();
            if (line.words() < MIN_HEADLINE_WORDS || candidate.length() >= text.length()
                || pure != null && candidate.length() <= pure.length()) {
                continue;
            }
            int at = text.indexOf(candidate);
            if (at >= 0 && wrapped(text.substring(0, at), text.substring(at + candidate.length()))) {
                pure = candidate;
            }
        }
        return withoutSectionTag(MediaTags.stripTrailing(pure != null ? pure : text));
    }

    /** The headline without a section or outlet tag after a bar ("… | Editorial"), when a headline's length is left. */
    private static String withoutSectionTag(String headline) {
        Matcher tag = SECTION_TAG.matcher(headline);
        if (tag.find()) {
            String rest = headline.substring(0, tag.start());
            return Words.count(rest) >= MIN_HEADLINE_WORDS ? rest : headline;
        }
        return headline;
    }

    /** Whether the text around the headline is a widget's label before it, or a citation's trailer after it. */
    private static boolean wrapped(String before, String after) {
        String label = before.strip();
        int words = label.isEmpty() ? 0 : label.split("\\s+").length;
        // "The Role of Play: How to Start" is a headline's own two parts, capitalised alike; a label is one word or
        // the widget's wording ("now reading:", "Share All sharing options for:")
        boolean labelled = words == 0 || words <= MAX_LABEL_WORDS && LABEL_END.matcher(label).find()
            && (words == 1 || !TitleCase.isTitleCase(label));
        return labelled && (after.isBlank() || TRAILER.matcher(after).find()) && !(label.isEmpty() && after.isBlank());
    }
}
