package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.corroborate.core.Span;

/**
 * Splits an article body into sentences: at end punctuation followed by space and a capital, digit or quote, and
 * always at paragraph breaks; not after abbreviations ("Nov.", "U.S.", "Gen.") or initials ("J. Smith").
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep",
        "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
        "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "dept", "est", "fig", "mt", "ft", "pres", "rev",
        "hon", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "messrs");

    /** @return sentence spans covering the text's non-blank parts, in order */
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                add(sentences, text, start, i);
                start = skipSpace(text, i);
                i = start;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = i + 1;
                while (end < text.length() && isCloser(text.charAt(end))) {
                    end++;
                }
                add(sentences, text, start, end);
                start = skipSpace(text, end);
                i = start;
                continue;
            }
            i++;
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static boolean endsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && isCloser(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        int after = skipInlineSpace(text, next);
        if (after >= text.length() || text.charAt(after) == '\n') {
            return true;
        }
        char first = text.charAt(after);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || isOpener(first);
        if (!opens) {
            return false;
        }
        if (text.charAt(at) != '.') {
            return true;
        }
        String word = wordBefore(text, at);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "J. Perrin"
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String wordBefore(String text, int dot) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return text.substring(s, dot);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB'
            || c == '\u201E';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipInlineSpace(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    private static void add(List<Span> sentences, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            sentences.add(new Span(start, e));
        }
    }
}
