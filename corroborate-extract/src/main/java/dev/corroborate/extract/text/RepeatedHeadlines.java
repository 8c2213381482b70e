package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the rows of a text dump that repeat a headline (shown in a teaser list, then over the article): the body
 * never spans them. Not every repeated heading is a headline, though: a guide's table of contents is printed again
 * as the subheadings of its sections, and a listicle repeats its labels for every item.
 */
final class RepeatedHeadlines {
    /**
     * A repeated line this long may be a headline shown twice; shorter repeats are a listicle's recurring labels
     * ("Position: Guard", "Ada Brun, Velor State") and never are.
     */
    static final int HEADLINE_REPEAT_WORDS = 6;
    /**
     * A headline recurs at most thrice (title, teaser box, "most read" box); a line printed this often is a label
     * each item of a list carries ("Previous rank: unranked", a spec table's header).
     */
    static final int LABEL_REPEATS = 4;
    /** A table of contents lists at least this many entries, one heading under another. */
    static final int MIN_CONTENTS_ENTRIES = 3;

    private RepeatedHeadlines() {
    }

    /** @return the normalised texts of headings that occur more than once */
    static Set<String> repeatedTexts(List<DumpLine> lines) {
        return printedAtLeast(lines, 2);
    }

    /** @return the normalised texts of headings printed so often that they are labels, never a headline */
    static Set<String> labels(List<DumpLine> lines) {
        return printedAtLeast(lines, LABEL_REPEATS);
    }

    private static Set<String> printedAtLeast(List<DumpLine> lines, int times) {
        Set<String> texts = new HashSet<>();
        occurrences(lines).forEach((text, rows) -> {
            if (rows.size() >= times) {
                texts.add(text);
            }
        });
        return texts;
    }

    /** @return indexes of the lines that repeat a headline */
    static Set<Integer> rows(List<DumpLine> lines) {
        Set<Integer> rows = new HashSet<>();
        occurrences(lines).forEach((text, at) -> {
            if (at.size() > 1 && at.size() < LABEL_REPEATS && !isContentsEntry(lines, at)) {
                for (int row : at) {
                    if (lines.get(row).words() >= HEADLINE_REPEAT_WORDS) {
                        rows.add(row);
                    }
                }
            }
        });
        return rows;
    }

    /**
     * A table-of-contents entry: first printed inside a list of headings, last printed as a subheading over prose.
     * A teaser is printed over its summary first and in a bare list later, the other way round.
     */
    private static boolean isContentsEntry(List<DumpLine> lines, List<Integer> at) {
        int last = at.get(at.size() - 1);
        boolean headsProse = last + 1 < lines.size() && lines.get(last + 1).kind() == LineKind.PROSE;
        return headsProse && headingRun(lines, at.get(0)) >= MIN_CONTENTS_ENTRIES;
    }

    /** How many headings stand one under another around the given row. */
    private static int headingRun(List<DumpLine> lines, int row) {
        int from = row;
        while (from > 0 && lines.get(from - 1).kind() == LineKind.HEADING) {
            from--;
        }
        int to = row;
        while (to + 1 < lines.size() && lines.get(to + 1).kind() == LineKind.HEADING) {
            to++;
        }
        return to - from + 1;
    }

    private static Map<String, List<Integer>> occurrences(List<DumpLine> lines) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (DumpLine line : lines) {
            if (line.kind() == LineKind.HEADING) {
                rows.computeIfAbsent(HeadlinePicker.normalise(line.text()), k -> new ArrayList<>()).add(line.index());
            }
        }
        return rows;
    }
}
