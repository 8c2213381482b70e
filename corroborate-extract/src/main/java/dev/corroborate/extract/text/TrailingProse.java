package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph that trails off in an ellipsis ("…" or "...") is most often a teaser's summary cut short, so the
 * classifier does not count it as prose. But an article's own paragraph may trail off too (a quote left hanging, a
 * body cut short by whoever saved it): a long line of several whole sentences reads as prose, and when it is the
 * dump's only line of words trailing off, it is one. A teaser list trails off at every entry, so a dump with two or
 * more such lines keeps them all as they were.
 */
final class TrailingProse {
    /** As long as a line that is prose whatever its ending. */
    private static final int MIN_WORDS = 30;
    /** Whole sentences before the ellipsis: a teaser's summary is mostly one sentence, cut short. */
    private static final int MIN_SENTENCES = 2;
    /** From this length a line trailing off is a summary or a paragraph, not a "Read more…" prompt. */
    private static final int SUMMARY_MIN_WORDS = 8;
    /** A sentence's end: its stop, closing quotes or brackets, a space, and the next sentence's first character. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’)\\]]*\\s+[\"'“‘(]?[\\p{Lu}\\d]");

    private TrailingProse() {
    }

    /** The lines, with the dump's one paragraph trailing off made prose when it reads as one. */
    static List<DumpLine> promote(List<DumpLine> lines) {
        DumpLine only = null;
        for (DumpLine line : lines) {
            if (line.kind() == LineKind.OTHER && line.words() >= SUMMARY_MIN_WORDS && trailsOff(line.text())) {
                if (only != null) {
                    return lines; // a teaser list
                }
                only = line;
            }
        }
        if (only == null || !readsAsProse(only)) {
            return lines;
        }
        List<DumpLine> out = new ArrayList<>(lines);
        out.set(only.index(), new DumpLine(only.index(), only.text(), LineKind.PROSE, only.words()));
        return out;
    }

    static boolean trailsOff(String text) {
        return text.endsWith("…") || text.endsWith("...");
    }

    private static boolean readsAsProse(DumpLine line) {
        return line.words() >= MIN_WORDS && SENTENCE_END.matcher(line.text()).results().limit(MIN_SENTENCES).count() >= MIN_SENTENCES;
    }
}
