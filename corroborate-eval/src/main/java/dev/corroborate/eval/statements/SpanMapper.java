package dev.corroborate.eval.statements;

import java.util.List;

import dev.corroborate.core.Span;

/**
 * Places a predicted content span, given as offsets into the extracted body, on the gold body by its text. Both
 * texts are normalised first (quotes, apostrophes and dashes unified, runs of whitespace made one space, case
 * folded) with a map back to the original offsets. The exact normalised text is looked for first; when it occurs
 * more than once (pages that repeat a paragraph), an occurrence that lands on a gold span wins, since the annotator
 * may have marked either copy; among equals, the one nearest the prediction's relative position. Failing that, the
 * longest common substring of at least {@value #MIN_COMMON} normalised characters anchors the span, which keeps the
 * predicted length around it (clipped to the gold body). Null when neither is found.
 */
final class SpanMapper {
    static final int MIN_COMMON = 20;

    private final Normalised gold;
    private final List<Span> goldSpans;

    SpanMapper(String goldBody) {
        this(goldBody, List.of());
    }

    /** @param goldSpans the page's gold content spans, used to choose among repeated occurrences */
    SpanMapper(String goldBody, List<Span> goldSpans) {
        this.gold = Normalised.of(goldBody);
        this.goldSpans = List.copyOf(goldSpans);
    }

    Span map(String extractedBody, Span predicted) {
        Normalised pred = Normalised.of(predicted.of(extractedBody));
        String needle = pred.text.strip();
        if (needle.isEmpty()) {
            return null;
        }
        double relative = extractedBody.isEmpty() ? 0 : (double) predicted.start() / extractedBody.length();
        int expected = (int) Math.round(relative * gold.text.length());
        Span best = null;
        boolean bestOnGold = false;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = gold.text.indexOf(needle); at >= 0; at = gold.text.indexOf(needle, at + 1)) {
            Span candidate = gold.span(at, at + needle.length());
            boolean onGold = landsOnGold(candidate);
            int distance = Math.abs(at - expected);
            if (best == null || (onGold && !bestOnGold) || (onGold == bestOnGold && distance < bestDistance)) {
                best = candidate;
                bestOnGold = onGold;
                bestDistance = distance;
            }
        }
        if (best != null) {
            return best;
        }
        int[] common = longestCommon(needle, gold.text);
        if (common[2] < MIN_COMMON) {
            return null;
        }
        int start = Math.max(0, common[1] - common[0]);
        int end = Math.min(gold.text.length(), start + needle.length());
        return gold.span(start, end);
    }

    private boolean landsOnGold(Span candidate) {
        for (Span g : goldSpans) {
            if (StatementMatcher.close(g, candidate)) {
                return true;
            }
        }
        return false;
    }

    /** @return {start in a, start in b, length} of the longest common substring (dynamic programming, two rows) */
    static int[] longestCommon(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        int bestLen = 0;
        int bestA = 0;
        int bestB = 0;
        for (int i = 1; i <= a.length(); i++) {
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = c == b.charAt(j - 1) ? prev[j - 1] + 1 : 0;
                if (cur[j] > bestLen) {
                    bestLen = cur[j];
                    bestA = i - bestLen;
                    bestB = j - bestLen;
                }
            }
            int[] t = prev;
            prev = cur;
            cur = t;
            java.util.Arrays.fill(cur, 0);
        }
        return new int[] {bestA, bestB, bestLen};
    }

    /** A normalised text with, for each of its characters, the offset of the original character it came from. */
    static final class Normalised {
        final String text;
        final int[] origin;

        private Normalised(String text, int[] origin) {
            this.text = text;
            this.origin = origin;
        }

        static Normalised of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] origin = new int[s.length()];
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = fold(s.charAt(i));
                if (Character.isWhitespace(c)) {
                    space = true;
                    continue;
                }
                if (space && !out.isEmpty()) {
                    origin[out.length()] = i - 1;
                    out.append(' ');
                }
                space = false;
                origin[out.length()] = i;
                out.append(c);
            }
            return new Normalised(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
        }

        /** The original span of normalised [from, to). */
        Span span(int from, int to) {
            if (to <= from) {
                return null;
            }
            return new Span(origin[from], origin[to - 1] + 1);
        }

        private static char fold(char c) {
            return switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
                case '\u00A0', '\u2009', '\u200A', '\u202F', '\u2007' -> ' ';
                case '\u2026' -> '.';
                default -> Character.toLowerCase(c);
            };
        }
    }
}
