package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The byline printed between the opening paragraph and the rest ("Standfirst." / "By" / "Ansel Morrow" / "The
 * board…"): the body run steps over it as it steps over any short line, but it credits the article, it is no part
 * of its text. Byline and date are read from the dump's lines, not from the body's text.
 */
final class LeadByline {
    private LeadByline() {
    }

    /** @return the body's lines without a byline line (and the name under its bare label) right after its opening */
    static List<DumpLine> without(List<DumpLine> body) {
        if (body.size() < 3 || !creditLine(body.get(1))) {
            return body;
        }
        // "By" alone: the dump broke the writer's name onto the next line
        int resume = DumpByline.isBareLabel(body.get(1).text()) && body.get(2).kind() != LineKind.PROSE ? 3 : 2;
        List<DumpLine> out = new ArrayList<>(body.size());
        out.add(body.getFirst());
        out.addAll(body.subList(resume, body.size()));
        return out;
    }

    /** A byline or dateline standing as a line of its own: a sentence of the article is prose. */
    private static boolean creditLine(DumpLine line) {
        return line.kind() != LineKind.PROSE && LeadFinder.isStamp(line);
    }
}
