package dev.corroborate.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.corroborate.extract.meta.DateParsing;

/**
 * Picks a text dump's headline among the lines shortly above the body: a headline-shaped line whose words the body
 * takes up, preferring a phrase of several words near the body and one the page repeats (sites print the title in
 * the header and again over the article), over menu entries, bylines and the standfirst sentence.
 */
final class HeadlinePicker {
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "are", "was",
        "has", "have", "not", "but", "its", "his", "her", "their", "our", "you", "will", "about", "after", "over",
        "into", "says", "said", "new");
    private static final double MIN_OVERLAP = 0.2;
    private static final double MIN_OVERLAP_NAMED_BY_CRUMBS = 0.15;
    /** The headline sits a little above the body, under the menus; lines further up are other stories' teasers. */
    private static final int WINDOW = 30;
    /** Per line between a candidate and the body: of two fitting lines, the nearer is the article's. */
    private static final double DISTANCE_PENALTY = 0.01;
    /** A headline is a phrase of several words, where menu entries and section labels are one or two. */
    private static final double LENGTH_BONUS = 0.03;
    private static final int FULL_LENGTH_WORDS = 12;
    private static final int SHORT_WORDS = 3;
    private static final double SHORT_PENALTY = 0.3;
    /** A full sentence under the headline is its standfirst; headlines seldom end in a period. */
    private static final double SENTENCE_PENALTY = 0.25;
    private static final double REPEAT_BONUS = 0.3;
    /** A headline written as a sentence ("What is the solstice? Here is what to know.") is still short. */
    private static final int MAX_SENTENCE_WORDS = 25;
    private static final double CRUMB_BONUS = 0.6;
    /** A line this near under a byline or dateline is the lead or a caption, not the headline over them. */
    private static final int STAMP_REACH = 6;
    private static final double UNDER_STAMP_PENALTY = 0.5;
    /** A line near the body spelling half the address's slug outranks menus, bylines and the standfirst. */
    private static final double SLUG_BONUS = 1.0;
    private static final double MIN_SLUG_COVERAGE = 0.5;
    /** Anywhere on the page, a line spelling nearly all of the slug is the headline. */
    private static final double MIN_SPELLED_COVERAGE = 0.9;
    /** A headline runs to about this many words; a longer opening line of the body is its lead paragraph. */
    private static final int MAX_OPENING_WORDS = 20;
    /** A byline or dateline follows the headline within this many lines: a standfirst may stand between. */
    private static final int STAMP_AFTER_HEADLINE = 2;
    /** A question or an exclamation ends the line, closing quotes aside. */
    private static final Pattern ASKING = Pattern.compile("[?!][\"'”’]?$");
    /** A bare headline found inside a labelled line has at least this many words; fewer is a fragment of it. */
    private static final int MIN_BARE_WORDS = 4;
    /** "Jon Talton", "Robert E. Moffit": a byline name printed on its own line, not a headline. */
    private static final Pattern NAME_LINE = Pattern.compile(
        "^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2}$");
    /** A clock time marks a stamp; a year alone does not ("The best films of 2023"), a full date does. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    /** A stamp is short: "Published December 21, 2023 at 10:00". */
    private static final int STAMP_WORDS = 8;
    /** A page address printed as text spells the slug word for word, but is no headline. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[/>»|]\\s+");

    /**
     * @param lines    the dump's lines
     * @param bodyFrom index of the first body line
     * @param body     the body text
     * @param repeats  normalised texts of lines that occur more than once
     * @param slug     the page address's slug, or null
     * @return the headline line, or null when none fits
     */
    DumpLine pick(List<DumpLine> lines, int bodyFrom, String body, Set<String> repeats, UrlSlug slug) {
        Set<String> bodyStems = stems(body);
        Set<String> crumbs = breadcrumbTails(lines, bodyFrom);
        Set<String> labels = RepeatedHeadlines.labels(lines);
        DumpLine best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int firstFitting = -1;
        for (int i = windowStart(lines, bodyFrom); i < bodyFrom; i++) {
            DumpLine line = lines.get(i);
            if (!headlineShaped(line) || ADDRESS.matcher(line.text()).find() || runsOn(line, lines)) {
                continue;
            }
            String key = normalise(line.text());
            if (labels.contains(key)) {
                continue; // a series' or section's label, printed over every teaser of the page
            }
            double overlap = overlap(line.text(), bodyStems);
            // Sites print the title again over the article and at the end of the breadcrumb trail.
            boolean namedByCrumbs = crumbs.contains(key);
            // The breadcrumb trail names the article: that line needs less support from the body's words.
            if (overlap < (namedByCrumbs ? MIN_OVERLAP_NAMED_BY_CRUMBS : MIN_OVERLAP)) {
                continue;
            }
            double score = overlap + (repeats.contains(key) ? REPEAT_BONUS : 0) + (namedByCrumbs ? CRUMB_BONUS : 0)
                + LENGTH_BONUS * Math.min(line.words(), FULL_LENGTH_WORDS)
                - (line.words() <= SHORT_WORDS ? SHORT_PENALTY : 0)
                - (line.text().endsWith(".") ? SENTENCE_PENALTY : 0)
                - DISTANCE_PENALTY * (bodyFrom - i)
                + slugBonus(line, slug)
                - (line.kind() != LineKind.HEADING && firstFitting >= 0 && underStamp(lines, firstFitting, i)
                    ? UNDER_STAMP_PENALTY : 0);
            if (firstFitting < 0) {
                firstFitting = i;
            }
            if (score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        DumpLine spelled = spelledBySlug(lines, slug);
        if (spelled != null && (best == null || slug.coverage(spelled.text()) > slug.coverage(best.text()))) {
            return unlabelled(DekUnderHeadline.headlineOver(spelled, lines, bodyStems), lines);
        }
        if (best != null) {
            best = DekUnderHeadline.headlineOver(best, lines, bodyStems);
        }
        if (best == null) {
            // a text that opens on its body has no page around it: a bare story, whose first line is its lead
            return bodyFrom > 0 ? openingHeadline(lines, bodyFrom) : null;
        }
        DumpLine asked = askingHeadline(lines, bodyFrom);
        // a line right above the question is the headline and the question its dek
        return asked != null && best.index() + 1 < bodyFrom ? asked : unlabelled(best, lines);
    }

    /**
     * The body's opening line when it is a headline ending in a question or exclamation mark ("Will the dam hold?"):
     * the dump read it as prose for its punctuation, but a byline or dateline follows it, at most a standfirst
     * between, as it follows a headline. A lead paragraph runs on into the article's text instead.
     */
    private static DumpLine askingHeadline(List<DumpLine> lines, int bodyFrom) {
        DumpLine first = openingHeadline(lines, bodyFrom);
        if (first == null || !ASKING.matcher(first.text()).find()) {
            return null;
        }
        for (int k = bodyFrom + 1; k <= Math.min(lines.size() - 1, bodyFrom + STAMP_AFTER_HEADLINE); k++) {
            if (LeadFinder.isStamp(lines.get(k))) {
                return first;
            }
        }
        return null;
    }

    /**
     * Whether the line is part of a run the dump broke at commas: a list of tags or names ("Elections,", "Courts,")
     * or the text a label ending in a comma introduces ("Image caption,").
     */
    private static boolean runsOn(DumpLine line, List<DumpLine> lines) {
        return line.text().endsWith(",") || line.index() > 0 && lines.get(line.index() - 1).text().endsWith(",");
    }

    /** A line of prose longer than a headline runs: a paragraph, though it may name every word of the slug. */
    private static boolean paragraph(DumpLine line) {
        return line.kind() == LineKind.PROSE && line.words() > MAX_OPENING_WORDS;
    }

    /**
     * The body's first line when nothing above the body fits: a headline written as a sentence ("Why the dam must
     * rise?", "Tolls go up. Drivers pay.") ends in sentence punctuation, so the dump read it as the body's opening
     * paragraph. A paragraph longer than a headline runs is the lead itself, and then the page shows no headline.
     */
    private static DumpLine openingHeadline(List<DumpLine> lines, int bodyFrom) {
        DumpLine first = lines.get(bodyFrom);
        return !paragraph(first) && headlineShaped(first) ? first : null;
    }

    /**
     * The headline without a section label or breadcrumb glued before it ("Health Why we sleep less in winter",
     * "Home News Schools Fair opens"): the page prints the bare headline on a line of its own as well.
     */
    private static DumpLine unlabelled(DumpLine picked, List<DumpLine> lines) {
        String text = picked.text();
        DumpLine bare = picked;
        for (DumpLine line : lines) {
            String candidate = line.text();
            if (line.words() >= MIN_BARE_WORDS && candidate.length() < bare.text().length() && text.endsWith(candidate)
                && gluedLabel(text.substring(0, text.length() - candidate.length())) && headlineShaped(line)) {
                bare = line;
            }
        }
        return bare;
    }

    /**
     * Whether the text before a bare headline is a label the dump ran into it: words ending in a letter, then a
     * space. After a colon or a dash it is the headline's own first part ("The Role of Play: How to Start").
     */
    private static boolean gluedLabel(String before) {
        return before.length() > 1 && Character.isWhitespace(before.charAt(before.length() - 1))
            && Character.isLetter(before.charAt(before.length() - 2));
    }

    /**
     * The headline-shaped line that spells nearly all of the address's slug, wherever it sits: a page whose menus or
     * teasers push the headline far above the body, or whose body the dump holds little of, still names its story.
     * Of equal lines the first is taken: the headline heads the page, repeats of it stand in teasers further down.
     */
    private static DumpLine spelledBySlug(List<DumpLine> lines, UrlSlug slug) {
        if (slug == null) {
            return null;
        }
        DumpLine best = null;
        double bestCoverage = MIN_SPELLED_COVERAGE;
        for (DumpLine line : lines) {
            if (!headlineShaped(line) || ADDRESS.matcher(line.text()).find() || paragraph(line)) {
                continue;
            }
            double coverage = slug.coverage(line.text());
            if (coverage > bestCoverage || best == null && coverage >= bestCoverage) {
                best = line;
                bestCoverage = coverage;
            }
        }
        return best;
    }

    /**
     * Whether a byline or dateline stands just above the line, under a fitting line further up: the headline heads
     * that block, the lead or a caption follows it. A dateline over the first fitting line dates the headline.
     */
    private static boolean underStamp(List<DumpLine> lines, int firstFitting, int at) {
        for (int k = Math.max(firstFitting + 1, at - STAMP_REACH); k < at; k++) {
            if (LeadFinder.isStamp(lines.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The line that spells most of the address's slug is the headline; a standfirst shares a word or two. */
    private static double slugBonus(DumpLine line, UrlSlug slug) {
        if (slug == null) {
            return 0;
        }
        double coverage = slug.coverage(line.text());
        return coverage >= MIN_SLUG_COVERAGE ? SLUG_BONUS * coverage : 0;
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

    static boolean headlineShaped(DumpLine line) {
        if (line.words() < SHORT_WORDS || line.words() > 30 || line.words() <= STAMP_WORDS && stamped(line.text())) {
            return false; // a dateline or byline stamp is no headline
        }
        if (line.words() <= SHORT_WORDS && NAME_LINE.matcher(line.text()).matches()) {
            return false;
        }
        return line.kind() == LineKind.HEADING || line.kind() == LineKind.PROSE && line.words() <= MAX_SENTENCE_WORDS;
    }

    /** Whether a short line carries a clock time or a full date, as a dateline or a byline stamp does. */
    private static boolean stamped(String text) {
        return CLOCK.matcher(text).find() || DateParsing.find(text).isPresent();
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

    /**
     * The first line of the window above the body: {@link #WINDOW} lines, not counting captions, since a photo
     * gallery under the headline prints a caption and a counter for every picture.
     */
    private static int windowStart(List<DumpLine> lines, int bodyFrom) {
        int counted = 0;
        int i = bodyFrom;
        while (i > 0 && counted < WINDOW) {
            i--;
            counted += lines.get(i).kind() == LineKind.CAPTION ? 0 : 1;
        }
        return i;
    }
}
