package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;

import dev.corroborate.core.Span;

/**
 * Finds quoted passages in a paragraph: curly, straight, guillemet and low-high quotes. Straight quotes pair up in
 * order; an apostrophe inside a word is never a quote mark.
 */
final class QuoteFinder {

    /** @return spans of the quoted text, marks excluded, in order */
    List<Span> find(String text, int from, int to) {
        List<Span> quotes = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            char close = closerFor(c);
            if (close != 0 && opensHere(text, i, from)) {
                int end = text.indexOf(close, i + 1);
                if (close == '\u201D' || close == '\u00BB') {
                    // a curly quote may be closed by a straight one on careless sites
                    int straight = text.indexOf('"', i + 1);
                    if (end < 0 || straight >= 0 && straight < end && c != '"') {
                        end = end < 0 ? straight : end;
                    }
                }
                if (c == '"') {
                    // careless sites open straight and close curly: "My house fell overnight.”
                    int curly = text.indexOf('\u201D', i + 1);
                    if (curly > i + 1 && curly < to && (end < 0 || curly < end)) {
                        end = curly;
                    }
                }
                if ((end < 0 || end >= to) && runsToParagraphEnd(text, i, from, to)) {
                    end = trimmedEnd(text, i + 1, to);
                }
                if (end > i + 1 && end <= to) {
                    quotes.add(new Span(i + 1, end));
                    i = end + 1;
                    continue;
                }
            }
            i++;
        }
        return quotes;
    }

    /**
     * A quote opened after a sentence's end and never closed runs to the end of its paragraph, as news style leaves
     * a quote open when the next paragraph goes on with it.
     */
    private static boolean runsToParagraphEnd(String text, int i, int from, int to) {
        int before = i;
        while (before > from && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        boolean opensSentence = before == from || ".!?:".indexOf(text.charAt(before - 1)) >= 0;
        return opensSentence && i + 1 < to && Character.isLetter(text.charAt(i + 1));
    }

    private static int trimmedEnd(String text, int start, int to) {
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static char closerFor(char c) {
        return switch (c) {
            case '\u201C', '\u201E' -> '\u201D';
            case '"' -> '"';
            case '\u00AB' -> '\u00BB';
            default -> 0;
        };
    }

    private static boolean opensHere(String text, int i, int from) {
        if (text.charAt(i) != '"') {
            return true;
        }
        return i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
    }
}
