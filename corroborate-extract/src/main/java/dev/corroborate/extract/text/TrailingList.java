package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.corroborate.extract.Prices;

/**
 * Extends a body over the table or list that closes the article: an award's past winners ("2021: Ana Lenz"), a
 * spec sheet ("Displacement: 6.6 liters"), a results table ("1. Ana Lenz", "41.3%"), a list of winners ("Best Film -
 * Harbour Lights"). Such entries are short and none ends a sentence, so the body stops above them; but they share one
 * structured shape (a leading figure, a "Label: value" or a dash between two parts), where the teaser headlines, tags
 * and menus that follow an article are written as phrases. The list runs from the body to its last structured entry,
 * a title and column heads above the entries included, and ends at the first paragraph or piece of site furniture.
 * A product list's rows run longer than a table's, but each names its price.
 */
final class TrailingList {
    /** Fewer entries than this are a few lines that happen to start with a figure. */
    private static final int MIN_ENTRIES = 5;
    /** Share of the list's lines that must be structured entries: a title and column heads may sit among them. */
    private static final double MIN_ENTRY_SHARE = 2.0 / 3;
    /** A table row or spec line is short; a teaser headline runs longer. */
    private static final int MAX_ENTRY_WORDS = 16;
    /** A product's row: its name, a sale price and a regular one. */
    private static final int MAX_PRICED_ENTRY_WORDS = 24;
    private static final double MAX_MEAN_WORDS = 9;
    /** The most lines scanned past the body. */
    private static final int MAX_LINES = 120;
    private static final Pattern ENTRY = Pattern.compile(
        "^\\p{N}"                                   // "2021: Ana Lenz", "1. Ana Lenz", "41.3%"
        + "|^[^:.!?]{1,50}:\\s+\\S"                 // "Displacement: 6.6 liters", "Bore x Stroke (in): 4.0 x 3.9"
        + "|\\S\\s?[-–—]\\s+\\S");                  // "Best Film - Harbour Lights", "Rising Star– Ana Lenz"

    private TrailingList() {
    }

    /** @return the body with the list closing the article appended, or the body as it was when none follows it */
    static BodyLocator.Body extend(BodyLocator.Body body, List<DumpLine> lines) {
        List<DumpLine> candidates = new ArrayList<>();
        int lastEntry = -1;
        int entries = 0;
        int entryWords = 0;
        int priced = 0;
        int end = Math.min(lines.size(), body.last() + 1 + MAX_LINES);
        for (int k = body.last() + 1; k < end; k++) {
            DumpLine line = lines.get(k);
            if (!listLine(line)) {
                break;
            }
            if (line.words() == 0 || line.kind() == LineKind.CAPTION) {
                continue; // a photo's credit among the rows is the page's, not the table's
            }
            candidates.add(line);
            if (isEntry(line)) {
                lastEntry = candidates.size() - 1;
                entries++;
                entryWords += line.words();
                priced += isPriced(line) ? 1 : 0;
            }
        }
        if (entries < MIN_ENTRIES || entries < MIN_ENTRY_SHARE * (lastEntry + 1)
            || (double) entryWords / entries > MAX_MEAN_WORDS && priced < MIN_ENTRY_SHARE * entries) {
            return body;
        }
        List<DumpLine> list = candidates.subList(0, lastEntry + 1);
        List<DumpLine> text = new ArrayList<>(body.lines().size() + list.size());
        text.addAll(body.lines());
        text.addAll(list);
        return new BodyLocator.Body(body.first(), list.get(list.size() - 1).index(), text);
    }

    /** A line a list may hold or step over: short, and no paragraph, furniture or section label. */
    private static boolean listLine(DumpLine line) {
        return switch (line.kind()) {
            case HEADING, OTHER -> line.words() <= maxWords(line);
            case CAPTION -> true;
            default -> false;
        };
    }

    static boolean isEntry(DumpLine line) {
        return line.words() > 0 && line.words() <= maxWords(line)
            && (ENTRY.matcher(line.text()).find() || isPriced(line));
    }

    private static int maxWords(DumpLine line) {
        return isPriced(line) ? MAX_PRICED_ENTRY_WORDS : MAX_ENTRY_WORDS;
    }

    /** A product list's row names a price or two ("Harbour Tote Sale Price $48 Regular Price $64"); a teaser none. */
    private static boolean isPriced(DumpLine line) {
        return Prices.named(line.text());
    }
}
