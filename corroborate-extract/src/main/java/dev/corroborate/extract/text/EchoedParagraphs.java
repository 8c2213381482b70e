package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    /** Far longer than a long read: a run of many pages' text, where echoes are not worth their cost to find. */
    private static final int MAX_BODY_CHARS = 1_000_000;
    /** Shorter lines are labels and list entries, which an article may well repeat. */
    private static final int MIN_WORDS = 8;
    /** A sentence's end: its stop, closing quotes or brackets, then a space before the next one's capital or digit. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern SENTENCE_BREAK =
        Pattern.compile("(?<=[.!?][\"'”’)\\]]{0,3})\\s+(?=[\"'“‘(]?[\\p{Lu}\\d])");

    private EchoedParagraphs() {
    }

    /** @return the body without its echoed paragraphs, or the body as it was when none is echoed */
    static BodyLocator.Body drop(BodyLocator.Body body) {
        List<DumpLine> lines = body.lines();
        if (lines.size() < 2 || lines.stream().mapToInt(l -> l.text().length()).sum() > MAX_BODY_CHARS) {
            return body;
        }
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
        Openings openings = new Openings(lines);
        for (int i = 0; i < lines.size(); i++) {
            dropped[i] = dropped[i] || isEchoCandidate(lines.get(i)) && !isStandfirstOverLead(lines, i)
                && allPrintedElsewhere(lines, i, openings, dropped);
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
    private static boolean allPrintedElsewhere(List<DumpLine> lines, int own, Openings openings, boolean[] dropped) {
        for (String sentence : SENTENCE_BREAK.split(lines.get(own).text())) {
            boolean elsewhere = false;
            for (int row : openings.rowsThatMayHold(sentence)) {
                if (row != own && !dropped[row] && lines.get(row).text().contains(sentence)) {
                    elsewhere = true;
                    break;
                }
            }
            if (!elsewhere) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines that hold each run of one, two and three words, so that a sentence is looked for only in the lines
     * where its opening words stand, not in the whole body: a long dump would cost the square of its length.
     */
    private static final class Openings {
        private static final int MAX_WORDS = 3;

        private final Map<String, Set<Integer>> rows = new HashMap<>();
        private final List<Integer> all;

        Openings(List<DumpLine> lines) {
            all = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                all.add(i);
                String[] words = bareWords(lines.get(i).text());
                for (int w = 0; w < words.length; w++) {
                    StringBuilder run = new StringBuilder();
                    for (int n = 0; n < MAX_WORDS && w + n < words.length; n++) {
                        run.append(n == 0 ? "" : " ").append(words[w + n]);
                        rows.computeIfAbsent(run.toString(), k -> new HashSet<>()).add(i);
                    }
                }
            }
        }

        /**
         * The lines that may hold the sentence: those with its opening words, the last word left out since another
         * line may run it on ("Lenz" in "Lenz's"); every line for a one-word sentence.
         */
        Iterable<Integer> rowsThatMayHold(String sentence) {
            String[] words = bareWords(sentence);
            int n = Math.min(MAX_WORDS, words.length - 1);
            if (n == 0) {
                return all;
            }
            Set<Integer> found = rows.get(String.join(" ", Arrays.asList(words).subList(0, n)));
            return found == null ? List.of() : found;
        }

        /** The words without the quotes and stops at their edges: a pull quote drops the quote marks it stood in. */
        private static String[] bareWords(String text) {
            String[] words = WHITESPACE.split(text.strip());
            for (int w = 0; w < words.length; w++) {
                words[w] = EDGE_MARKS.matcher(words[w]).replaceAll("");
            }
            return words;
        }
    }
}
