package dev.corroborate.extract.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * News pages stack a story's header as headline, dek, then byline or date. The dek is a longer sentence that shares
 * more of the body's words than the headline does, so the body's words alone favour it, or a link the page set under
 * it. A line right over the byline is the dek, and so is a sentence right over the picked line: the headline-shaped
 * line on the story's topic right above the dek is the headline.
 */
final class DekUnderHeadline {
    /** A dek is a sentence of some length; a shorter line is a label or a headline of its own. */
    private static final int MIN_DEK_WORDS = 6;
    /** The byline or date follows the dek at once, or after a photo's credit. */
    private static final int STAMP_REACH = 2;
    /** Share of its words the body takes up: the headline over the dek tells the same story. */
    private static final double MIN_OVERLAP = 0.2;
    /** A headline is a phrase; a section label or a site's tagline over the headline runs to three words or fewer. */
    private static final int MIN_HEADLINE_WORDS = 4;
    /**
     * A headline opens on a capital, a digit or a quote, and ends on a word, a question or an exclamation; a kicker
     * runs on into the headline ("Daily moment of zen —"), a tagline's second line opens in lower case, and a line
     * ending in a full stop is a sentence: another story's summary or a caption.
     */
    private static final Pattern HEADLINE_EDGES = Pattern.compile("^[\\p{Lu}\\d\"'“‘].*[^-–—:,.]$");
    private static final Pattern WORD_START = Pattern.compile("(?<![\\p{L}'’])\\p{L}");

    private DekUnderHeadline() {
    }

    /**
     * @param picked    the line the picker chose
     * @param bodyStems the stems of the body's words
     * @return the headline over the dek when {@code picked} is the dek or stands right under it, else {@code picked}
     */
    static DumpLine headlineOver(DumpLine picked, List<DumpLine> lines, Set<String> bodyStems) {
        int at = picked.index();
        // a link the page set under the dek; a headline under another story's teaser has its byline under it
        if (at > 1 && lines.get(at - 1).kind() == LineKind.PROSE && dekShaped(lines.get(at - 1))
            && !stampFollows(lines, at) && headline(lines.get(at - 2), picked, bodyStems)) {
            return lines.get(at - 2);
        }
        if (at > 0 && dekShaped(picked) && stampFollows(lines, at) && headline(lines.get(at - 1), picked, bodyStems)) {
            return lines.get(at - 1);
        }
        return picked;
    }

    /** A sentence of some length, not a title-case line: a headline of its own, or a section's title. */
    private static boolean dekShaped(DumpLine line) {
        return line.words() >= MIN_DEK_WORDS && !TitleCase.isTitleCase(line.text());
    }

    private static boolean headline(DumpLine line, DumpLine picked, Set<String> bodyStems) {
        return line.words() >= MIN_HEADLINE_WORDS && HeadlinePicker.headlineShaped(line)
            && HEADLINE_EDGES.matcher(line.text()).matches() && !LeadFinder.isStamp(line)
            && !labelRun(line.text()) && !overlapping(line.text(), picked.text())
            && HeadlinePicker.overlap(line.text(), bodyStems) >= MIN_OVERLAP;
    }

    /**
     * Whether every word opens on a capital: a breadcrumb or menu run the dump printed as one line ("Home Innovation
     * Artificial Intelligence"), where a headline keeps its small words or its sentence in lower case.
     */
    private static boolean labelRun(String text) {
        return WORD_START.matcher(text).results().allMatch(m -> Character.isUpperCase(m.group().charAt(0)));
    }

    /** The same headline twice, or once with a label glued before it ("NewsFive ways to …"): no headline over a dek. */
    private static boolean overlapping(String above, String picked) {
        String a = HeadlinePicker.normalise(above);
        String p = HeadlinePicker.normalise(picked);
        return a.contains(p) || p.contains(a);
    }

    /** Whether a byline or date follows the line, at most a photo's credit between: a sentence there is a dek. */
    private static boolean stampFollows(List<DumpLine> lines, int at) {
        for (int k = at + 1; k <= Math.min(lines.size() - 1, at + STAMP_REACH); k++) {
            if (LeadFinder.isStamp(lines.get(k))) {
                return true;
            }
            if (lines.get(k).kind() == LineKind.PROSE) {
                return false;
            }
        }
        return false;
    }
}
