package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A photo's caption printed as a line of its own, its credit on the line under it: "Riders wait at the new pier." /
 * "Ana Lenz/Marden Ledger". The caption reads as a sentence but describes the picture, not the story; what marks it
 * is the credit right under it, and that it is short: a paragraph of the article that ends where a picture is set
 * runs longer.
 */
final class CreditedCaptions {
    /** A caption is a sentence or two; a paragraph above a picture runs longer. */
    private static final int MAX_CAPTION_WORDS = 22;

    private CreditedCaptions() {
    }

    /** The lines, with each short sentence right above a photo credit made a caption. */
    static List<DumpLine> mark(List<DumpLine> lines) {
        List<DumpLine> out = null;
        for (int k = 1; k < lines.size(); k++) {
            DumpLine above = lines.get(k - 1);
            if (above.kind() == LineKind.PROSE && above.words() <= MAX_CAPTION_WORDS && isCredit(lines.get(k))) {
                out = out == null ? new ArrayList<>(lines) : out;
                out.set(k - 1, new DumpLine(above.index(), above.text(), LineKind.CAPTION, above.words()));
            }
        }
        return out == null ? lines : out;
    }

    private static boolean isCredit(DumpLine line) {
        return line.kind() == LineKind.CAPTION && BoilerplateLexicon.isCreditLine(line.text());
    }
}
