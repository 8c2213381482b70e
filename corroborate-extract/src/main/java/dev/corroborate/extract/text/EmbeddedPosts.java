package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An embedded post as a dump prints it: the post's text, then its credit ("— Ona Brask (@onabrask) March 12, 2025").
 * The text is quoted from elsewhere, like a caption: the line right above each credit is the post's, and where that
 * line is the post's link ("… pic.twitter.com/x1"), so are the short lines above it that the post's text runs over.
 */
final class EmbeddedPosts {
    /** A post runs to a few lines at most. */
    private static final int MAX_POST_LINES = 4;

    private EmbeddedPosts() {
    }

    /** The lines, with the text of each embedded post made a caption. */
    static List<DumpLine> mark(List<DumpLine> lines) {
        List<DumpLine> out = new ArrayList<>(lines);
        for (int k = 1; k < lines.size(); k++) {
            if (!BoilerplateLexicon.isEmbedCredit(lines.get(k).text()) || !isPostLine(lines.get(k - 1))) {
                continue;
            }
            boolean linked = lines.get(k - 1).kind() == LineKind.CAPTION;
            asCaption(out, k - 1);
            for (int j = k - 2; linked && j >= 0 && k - j <= MAX_POST_LINES; j--) {
                LineKind kind = lines.get(j).kind();
                if (kind != LineKind.HEADING && kind != LineKind.OTHER) {
                    break; // the article's paragraph, or furniture, above the post
                }
                asCaption(out, j);
            }
        }
        return out;
    }

    private static boolean isPostLine(DumpLine line) {
        return line.kind() != LineKind.BOUNDARY && !BoilerplateLexicon.isEmbedCredit(line.text());
    }

    private static void asCaption(List<DumpLine> lines, int k) {
        DumpLine line = lines.get(k);
        lines.set(k, new DumpLine(k, line.text(), LineKind.CAPTION, line.words()));
    }
}
