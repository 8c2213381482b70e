package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paragraph every sentence of which the article prints elsewhere is an echo: a pull quote set beside the paragraph
 * it is taken from, a summary box made of the article's own sentences, a shop prompt repeated under each product, a
 * paragraph printed twice by two page elements. The article is read with each sentence in its own place once.
 * Questions are let be: an interview asks each of its guests the same ones; and so is a standfirst that the lead
 * under it restates, which the article keeps as its opening.
 */
final class EchoedParagraphs {
    /** Shorter lines are labels and list entries, which an article may well repeat. */
    private static final int MIN_WORDS = 8;
    /** A sentence's end: its stop, closing quotes or brackets, then a space before the next one's capital or digit. */
    private static final Pattern SENTENCE_BREAK =
        Pattern.compile("(?<=[.!?][\"'”’)\\]]{0,3})\\s+(?=[\"'“‘(]?[\\p{Lu}\\d])");

    private EchoedParagraphs() {
    }

    /** @return the body without its echoed paragraphs, or the body as it was when none is echoed */
    static BodyLocator.Body drop(BodyLocator.Body body) {
        List<DumpLine> lines = body.lines();
        boolean[] dropped = echoes(lines);
        List<DumpLine> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!dropped[i]) {
                kept.add(lines.get(i));
            }
        }
        return kept.size() == lines.size() ? body : new BodyLocator.Body(body.first(), body.last(), kept);
    }

    /** Which lines echo others: repeats of an earlier line first, then lines made of sentences kept elsewhere. */
    private static boolean[] echoes(List<DumpLine> lines) {
        boolean[] dropped = new boolean[lines.size()];
        // a paragraph printed twice over is read where it first stands
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            dropped[i] = isEchoCandidate(lines.get(i)) && !seen.add(lines.get(i).text());
        }
        int[] starts = new int[lines.size()];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = all.length();
            all.append(lines.get(i).text()).append('\n');
        }
        String text = all.toString();
        for (int i = 0; i < lines.size(); i++) {
            dropped[i] |= isEchoCandidate(lines.get(i)) && !isStandfirstOverLead(lines, i)
                && allPrintedElsewhere(lines.get(i).text(), i, text, starts, dropped);
        }
        return dropped;
    }

    private static boolean isEchoCandidate(DumpLine line) {
        return line.kind() == LineKind.PROSE && line.words() >= MIN_WORDS && !line.text().endsWith("?");
    }

    /** Whether line {@code i} opens the body and the lead right under it restates each of its sentences. */
    private static boolean isStandfirstOverLead(List<DumpLine> lines, int i) {
        if (i != 0 || lines.size() < 2) {
            return false;
        }
        String lead = lines.get(1).text();
        for (String sentence : SENTENCE_BREAK.split(lines.get(0).text())) {
            if (!lead.contains(sentence)) {
                return false;
            }
        }
        return true;
    }

    /** Whether each sentence of line {@code own} stands in some other line still kept. */
    private static boolean allPrintedElsewhere(String line, int own, String text, int[] starts, boolean[] dropped) {
        for (String sentence : SENTENCE_BREAK.split(line)) {
            if (!printedElsewhere(sentence, own, text, starts, dropped)) {
                return false;
            }
        }
        return true;
    }

    private static boolean printedElsewhere(String sentence, int own, String text, int[] starts, boolean[] dropped) {
        for (int at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
            int row = Arrays.binarySearch(starts, at);
            row = row >= 0 ? row : -row - 2;
            if (row != own && !dropped[row]) {
                return true;
            }
        }
        return false;
    }
}
