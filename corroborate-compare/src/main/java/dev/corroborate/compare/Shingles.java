package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word shingles of a body: every run of {@value #WIDTH} consecutive words of the normalised text (lower-cased,
 * punctuation and layout dropped), each hashed to 64 bits. Normalising first means a reprint with other quotes,
 * dashes or line breaks keeps the same shingles.
 */
public final class Shingles {
    /** Words per shingle: long enough that two independent reports rarely share one, short enough to survive edits. */
    public static final int WIDTH = 5;

    private Shingles() {
    }

    /** @return the distinct shingle hashes of the text, sorted; a text shorter than one shingle gives its words as one */
    public static long[] of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - WIDTH + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            hashes[i] = hash(words.subList(i, Math.min(words.size(), i + WIDTH)));
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /** The text's words, lower-cased; apostrophes inside a word are kept, all other punctuation splits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if ((c == '\'' || c == '’') && !word.isEmpty()) {
                word.append('\'');
            } else if (!word.isEmpty()) {
                words.add(trimmed(word));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(trimmed(word));
        }
        words.removeIf(String::isEmpty);
        return words;
    }

    private static String trimmed(StringBuilder word) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == '\'') {
            end--; // a closing quote mark, not part of the word
        }
        return word.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** FNV-1a over the words with a separator, then a finaliser so nearby shingles spread over all 64 bits. */
    private static long hash(List<String> words) {
        long h = 0xcbf29ce484222325L;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                h = (h ^ w.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return Mixer.mix(h);
    }
}
