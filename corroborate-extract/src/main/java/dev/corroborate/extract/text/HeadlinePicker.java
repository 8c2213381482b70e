package dev.corroborate.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks a text dump's headline among the lines above the body: a headline-shaped line whose words the body
 * takes up, preferring one the page repeats (sites print the title in the header and again over the article).
 */
final class HeadlinePicker {
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "are", "was",
        "has", "have", "not", "but", "its", "his", "her", "their", "our", "you", "will", "about", "after", "over",
        "into", "says", "said", "new");
    private static final double MIN_OVERLAP = 0.34;
    private static final double MIN_OVERLAP_NAMED_BY_CRUMBS = 0.15;
    private static final int SHORT_WORDS = 3;
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
        "\\b(?:19|20)\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b");
    private static final java.util.regex.Pattern CRUMB_SEPARATOR = java.util.regex.Pattern.compile("\\s+[/>»|]\\s+");

    /**
     * @param lines    the dump's lines
     * @param bodyFrom index of the first body line
     * @param body     the body text
     * @param repeats  normalised texts of lines that occur more than once
     * @return the headline line, or null when none fits
     */
    DumpLine pick(List<DumpLine> lines, int bodyFrom, String body, Set<String> repeats) {
        Set<String> bodyStems = stems(body);
        Set<String> crumbs = breadcrumbTails(lines, bodyFrom);
        DumpLine best = null;
        double bestScore = 0;
        for (int i = 0; i < bodyFrom; i++) {
            DumpLine line = lines.get(i);
            if (!headlineShaped(line)) {
                continue;
            }
            double overlap = overlap(line.text(), bodyStems);
            String key = normalise(line.text());
            // Sites print the title again over the article and at the end of the breadcrumb trail.
            boolean namedByCrumbs = crumbs.contains(key);
            double score = overlap + (repeats.contains(key) ? 0.5 : 0) + (crumbs.contains(key) ? 0.6 : 0)
                - (line.words() <= SHORT_WORDS ? 0.3 : 0);
            // The breadcrumb trail names the article: that line needs less support from the body's words.
            if (overlap >= (namedByCrumbs ? MIN_OVERLAP_NAMED_BY_CRUMBS : MIN_OVERLAP) && score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        return best;
    }

    /** The last step of each breadcrumb trail above the body, normalised: often the headline itself. */
    private static Set<String> breadcrumbTails(List<DumpLine> lines, int bodyFrom) {
        Set<String> tails = new HashSet<>();
        for (int i = 0; i < bodyFrom; i++) {
            String[] steps = CRUMB_SEPARATOR.split(lines.get(i).text());
            if (steps.length >= 3) {
                tails.add(normalise(steps[steps.length - 1]));
            }
        }
        return tails;
    }

    private static boolean headlineShaped(DumpLine line) {
        if (line.words() < 3 || line.words() > 30 || DATE_LINE.matcher(line.text()).find() && line.words() <= 8) {
            return false; // a dateline or byline stamp is no headline
        }
        return line.kind() == LineKind.HEADING
            || line.kind() == LineKind.PROSE && line.words() <= 25 && line.text().endsWith("?");
    }

    static double overlap(String text, Set<String> bodyStems) {
        int total = 0;
        int hits = 0;
        for (String stem : stems(text)) {
            total++;
            if (bodyStems.contains(stem)) {
                hits++;
            }
        }
        return total == 0 ? 0 : (double) hits / total;
    }

    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOP.contains(word)) {
                    stems.add(word.length() > 5 ? word.substring(0, 5) : word);
                }
            }
        }
        return stems;
    }

    static String normalise(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
