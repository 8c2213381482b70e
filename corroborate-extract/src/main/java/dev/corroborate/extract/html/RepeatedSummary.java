package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a summary box at the top of an article: a leading paragraph whose every sentence the article repeats further
 * down ("key points", a synopsis, a picture caption made of the first sentences). Such a box is a copy, and keeping
 * it counts the article's opening twice.
 */
final class RepeatedSummary {
    /** Only the first few paragraphs can be a summary box. */
    private static final int LEADING = 4;
    /** A sentence this short ("He agreed.") may well recur by chance. */
    private static final int MIN_SENTENCE_CHARS = 40;

    /** One sentence may recur on purpose (an interview's question set as a heading, a pull quote); two are a copy. */
    private static final int MIN_SENTENCES = 2;

    private RepeatedSummary() {
    }

    /**
     * @param paragraphs the article's paragraphs
     * @return the paragraphs without leading ones whose sentences all recur later; the list itself when none
     */
    static List<String> drop(List<String> paragraphs) {
        int n = paragraphs.size();
        if (n < 2) {
            return paragraphs;
        }
        List<String> kept = null;
        for (int i = 0; i < Math.min(LEADING, n - 1); i++) {
            if (recursBelow(paragraphs, i)) {
                if (kept == null) {
                    kept = new ArrayList<>(paragraphs.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(paragraphs.get(i));
            }
        }
        if (kept == null) {
            return paragraphs;
        }
        kept.addAll(paragraphs.subList(Math.min(LEADING, n - 1), n));
        return kept;
    }

    /** True when every sentence of paragraph {@code i} is found in a later paragraph, and there are two at least. */
    private static boolean recursBelow(List<String> paragraphs, int i) {
        String p = paragraphs.get(i);
        int sentences = 0;
        int start = 0;
        for (int end = sentenceEnd(p, start); start < p.length(); start = end, end = sentenceEnd(p, start)) {
            String sentence = p.substring(start, end).strip();
            if (sentence.isEmpty()) {
                continue;
            }
            if (sentence.length() < MIN_SENTENCE_CHARS || !foundAfter(paragraphs, i, sentence)) {
                return false;
            }
            sentences++;
        }
        return sentences >= MIN_SENTENCES;
    }

    private static boolean foundAfter(List<String> paragraphs, int i, String sentence) {
        for (int j = i + 1; j < paragraphs.size(); j++) {
            if (paragraphs.get(j).contains(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** The index just past the sentence that starts at {@code from}: after a stop, a closing quote, and a space. */
    private static int sentenceEnd(String p, int from) {
        for (int k = from; k < p.length(); k++) {
            char c = p.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && k + 1 < p.length()) {
                int next = k + 1;
                while (next < p.length() && "\"”’')".indexOf(p.charAt(next)) >= 0) {
                    next++;
                }
                if (next < p.length() && Character.isWhitespace(p.charAt(next))) {
                    return next;
                }
            }
        }
        return p.length();
    }
}
