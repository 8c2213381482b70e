package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the article's main run of prose with neighbouring runs that carry on its topic. An inline "Related" or "Most
 * popular" block, a spec table or a list of short entries cuts a long article in two; the part beyond the cut talks
 * about the same things, where the next story or a comment thread talks about others.
 */
final class SameTopicJoiner {
    /** The most lines of furniture a join may step over. */
    private static final int MAX_BRIDGE_LINES = 60;
    /** A neighbour run must be a passage, not a lone teaser sentence. */
    private static final int MIN_NEIGHBOUR_WORDS = 40;
    private static final int MIN_NEIGHBOUR_PROSE_LINES = 2;
    /** Past the article's own list, a shorter paragraph on the topic carries the article on. */
    private static final int MIN_SECTION_WORDS = 12;
    /**
     * Share of the neighbour's distinct content words that the body already uses. A fifth: the article's later
     * sections bring in new people, places and figures, where another story shares little beyond common words.
     */
    private static final double MIN_SHARED_VOCABULARY = 0.2;
    /** Past an empty widget's label the text needs only to stay near the topic: a teaser would not follow it. */
    private static final double MIN_SHARED_PAST_EMPTY_WIDGET = 0.15;
    /**
     * Past a labelled block of teasers ("Most Popular" and a few headlines with bylines) a passage or paragraph need
     * only stay near the topic: a story's later paragraphs bring in new names, and a teaser block is set between an
     * article's paragraphs as often as after them.
     */
    private static final double MIN_SHARED_PAST_TEASER_BLOCK = 0.12;
    /** The first lines of a gap that may sit above a teaser block's label: a video's length, a caption. */
    private static final int LABEL_REACH = 2;
    /** A gallery's or product box's line: a name, a price, a credit, a product's name. */
    private static final int MAX_GALLERY_LABEL_WORDS = 6;
    /** Pictures in a gallery, by their credits. */
    private static final int MIN_GALLERY_CREDITS = 3;
    /** A teaser's headline, where a kicker ("Celebrity Style") is a word or two. */
    private static final int MIN_TEASER_HEADLINE_WORDS = 3;
    /** A lone paragraph this long is a section of the article, not a teaser's summary. */
    private static final int MIN_SECTION_PARAGRAPH_WORDS = 60;
    /** A list entry this long without a figure reads as a teaser headline. */
    private static final int TEASER_WORDS = 6;
    private static final int MAX_TEASER_LIKE_ENTRIES = 3;
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");

    private SameTopicJoiner() {
    }

    /**
     * @param runs the dump's runs of prose in order
     * @param best the index of the main run
     * @param furniture indexes of runs that are page furniture by their shape: never joined
     * @return the main run, widened over every neighbour on its topic
     */
    static BodyLocator.Body join(List<BodyLocator.Body> runs, int best, List<DumpLine> lines, Set<Integer> furniture) {
        List<Integer> joined = new ArrayList<>(List.of(best));
        int from = best;
        int to = best;
        Set<String> vocabulary = vocabulary(runs.get(best).lines());
        boolean grew = true;
        while (grew) {
            grew = false;
            if (to + 1 < runs.size() && !furniture.contains(to + 1) && bridged(runs.get(to), runs.get(to + 1), lines)
                && (onTopic(runs.get(to + 1), vocabulary)
                    || listedBetween(runs.get(to), runs.get(to + 1), lines) && continuesAfterList(runs.get(to + 1), vocabulary)
                    || (emptyWidgetBetween(runs.get(to), runs.get(to + 1), lines)
                        || widgetBetween(runs.get(to), runs.get(to + 1), lines))
                        && shares(runs.get(to + 1), vocabulary, MIN_SHARED_PAST_EMPTY_WIDGET)
                    || (teaserBlockBetween(runs.get(to), runs.get(to + 1), lines)
                        || galleryBetween(runs.get(to), runs.get(to + 1), lines))
                        && shares(runs.get(to + 1), vocabulary, MIN_SHARED_PAST_TEASER_BLOCK))) {
                joined.add(++to);
                vocabulary.addAll(vocabulary(runs.get(to).lines()));
                grew = true;
            } else if (to + 2 < runs.size() && pastTeaser(runs, to, to + 2, lines, furniture, vocabulary)) {
                to += 2;
                joined.add(to);
                vocabulary.addAll(vocabulary(runs.get(to).lines()));
                grew = true;
            }
            if (from > 0 && !furniture.contains(from - 1) && bridged(runs.get(from - 1), runs.get(from), lines)
                && (onTopic(runs.get(from - 1), vocabulary)
                    || passage(runs.get(from - 1)) && listedBetween(runs.get(from - 1), runs.get(from), lines)
                    || widgetBetween(runs.get(from - 1), runs.get(from), lines)
                        && shares(runs.get(from - 1), vocabulary, MIN_SHARED_PAST_EMPTY_WIDGET))) {
                joined.add(0, --from);
                vocabulary.addAll(vocabulary(runs.get(from).lines()));
                grew = true;
            }
        }
        if (from == to) {
            return runs.get(best);
        }
        List<DumpLine> text = new ArrayList<>();
        for (int j = 0; j < joined.size(); j++) {
            if (j > 0) {
                text.addAll(listBetween(runs.get(joined.get(j - 1)), runs.get(joined.get(j)), lines));
            }
            text.addAll(runs.get(joined.get(j)).lines());
        }
        return new BodyLocator.Body(runs.get(from).first(), runs.get(to).last(), text);
    }

    /**
     * Whether runs {@code a} and {@code b} are one article parted by an inline widget that shows a teaser's one-line
     * summary ("Related" / "Solid-state batteries explained" / "Here is what to know."): the lone short run between
     * them is the teaser, the widget's marker says so, and the run beyond carries the article's topic on. Taken
     * forward only: above the body such a run may be the page header's, and the headline and byline sit there.
     */
    private static boolean pastTeaser(List<BodyLocator.Body> runs, int a, int b, List<DumpLine> lines,
                                      Set<Integer> furniture, Set<String> vocabulary) {
        BodyLocator.Body teaser = runs.get(a + 1);
        int teaserWords = teaser.lines().stream().filter(l -> l.kind() == LineKind.PROSE).mapToInt(DumpLine::words).sum();
        return !furniture.contains(b) && teaserWords < MIN_NEIGHBOUR_WORDS && widgetMarked(runs.get(a), runs.get(b), lines)
            && bridged(runs.get(a), runs.get(b), lines) && onTopic(runs.get(b), vocabulary);
    }

    /** Whether a furniture line (a "Related" or "Read more" marker, an ad marker) parts the two runs. */
    private static boolean widgetMarked(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        for (int k = earlier.last() + 1; k < later.first(); k++) {
            LineKind kind = lines.get(k).kind();
            if (kind == LineKind.BOUNDARY || kind == LineKind.INTERSTITIAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines between two joined runs when they read as the article's own list (ingredients, specs, a mock draft's
     * picks): short entries with no furniture among them. A bridge that holds a "Related" or "Most popular" marker is
     * a teaser block, and none of it is kept.
     */
    private static List<DumpLine> listBetween(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        List<DumpLine> entries = new ArrayList<>();
        for (int k = earlier.last() + 1; k < later.first(); k++) {
            DumpLine line = lines.get(k);
            switch (line.kind()) {
                case BOUNDARY, INTERSTITIAL, WIDGET -> {
                    return List.of();
                }
                case HEADING, PROSE -> entries.add(line);
                case OTHER -> {
                    if (line.words() > 0) {
                        entries.add(line);
                    }
                }
                default -> { }
            }
        }
        return entries;
    }

    /**
     * Whether two runs are parted only by the article's own list: short entries, no furniture, and few lines long
     * enough and written enough like headlines to be another story's teaser (an entry with a figure, "Sale Price
     * $79", is a spec; one in sentence case, "Upgraded wide camera with faster autofocus", a feature).
     */
    private static boolean listedBetween(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        List<DumpLine> entries = listBetween(earlier, later, lines);
        if (entries.isEmpty()) {
            return false;
        }
        int teaserLike = 0;
        for (DumpLine entry : entries) {
            if (entry.kind() == LineKind.PROSE) {
                return false;
            }
            if (entry.words() >= TEASER_WORDS && !DIGIT.matcher(entry.text()).find()
                && TitleCase.isTitleCase(entry.text())) {
                teaserLike++;
            }
        }
        return teaserLike <= MAX_TEASER_LIKE_ENTRIES;
    }

    /**
     * Whether the lines between two runs are few and hold no page footer, no comment thread's header, no label that
     * ends an article (sources, tags, the author box) and no label introducing the later run ("Read next:", "Don't
     * miss:"): past those the prose is readers' or other stories'.
     */
    private static boolean bridged(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        if (later.first() - earlier.last() - 1 > MAX_BRIDGE_LINES) {
            return false;
        }
        for (int k = earlier.last() + 1; k < later.first(); k++) {
            String text = lines.get(k).text();
            if (BoilerplateLexicon.isCopyright(text) || BoilerplateLexicon.isCommentThreadHeader(text)
                || BoilerplateLexicon.isArticleEnd(text)) {
                return false;
            }
        }
        return !introducesNext(lines.get(later.first() - 1));
    }

    /** A section label ending in a colon right above a run introduces it: "Read next:", "Don't miss:". */
    private static boolean introducesNext(DumpLine line) {
        return line.text().endsWith(":") && BoilerplateLexicon.isSectionLabel(line.text());
    }

    /** A neighbour must be a passage, not a lone teaser sentence, whatever parts it from the body. */
    private static boolean passage(BodyLocator.Body run) {
        long proseLines = run.lines().stream().filter(l -> l.kind() == LineKind.PROSE).count();
        int words = run.lines().stream().filter(l -> l.kind() == LineKind.PROSE).mapToInt(DumpLine::words).sum();
        return proseLines >= MIN_NEIGHBOUR_PROSE_LINES && words >= MIN_NEIGHBOUR_WORDS
            || proseLines == 1 && words >= MIN_SECTION_PARAGRAPH_WORDS;
    }

    /**
     * Whether the prose after an article's list carries the article on: a passage, or a shorter paragraph on its
     * topic (a listicle's next section may open with one sentence before its own list).
     */
    private static boolean continuesAfterList(BodyLocator.Body run, Set<String> vocabulary) {
        if (passage(run)) {
            return true;
        }
        List<DumpLine> prose = run.lines().stream().filter(l -> l.kind() == LineKind.PROSE).toList();
        int words = prose.stream().mapToInt(DumpLine::words).sum();
        if (words < MIN_SECTION_WORDS) {
            return false;
        }
        return sharesWords(vocabulary(prose), vocabulary, MIN_SHARED_VOCABULARY);
    }

    private static boolean onTopic(BodyLocator.Body run, Set<String> vocabulary) {
        return shares(run, vocabulary, MIN_SHARED_VOCABULARY);
    }

    /** Whether a passage uses at least {@code share} of its distinct content words from the body's. */
    private static boolean shares(BodyLocator.Body run, Set<String> vocabulary, double share) {
        if (!passage(run)) {
            return false;
        }
        return sharesWords(vocabulary(run.lines()), vocabulary, share);
    }

    /** Whether at least {@code share} of the words {@code own} are in {@code vocabulary}; never for no words. */
    static boolean sharesWords(Set<String> own, Set<String> vocabulary, double share) {
        return !own.isEmpty() && own.stream().filter(vocabulary::contains).count() >= share * own.size();
    }

    /**
     * Whether the runs are parted by a lone section label ("More from the Ledger", "Related") with nothing under
     * it: a widget whose teasers the dump does not hold. Prose right after it carries on the article, as a teaser
     * block would show its headlines first; a label ending in a colon ("Read next:") introduces what follows it.
     */
    private static boolean emptyWidgetBetween(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        if (later.first() - earlier.last() != 2) {
            return false;
        }
        String label = lines.get(earlier.last() + 1).text();
        return !label.endsWith(":") && BoilerplateLexicon.isSectionLabel(label);
    }

    /**
     * Whether the runs are parted by one labelled block of teasers ("Editor's Picks" and a few headlines), captions
     * and prompts aside: a widget set between the article's paragraphs, like the empty one. The teasers are not
     * joined.
     */
    private static boolean widgetBetween(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        int widgets = 0;
        for (int k = earlier.last() + 1; k < later.first(); k++) {
            LineKind kind = lines.get(k).kind();
            if (kind == LineKind.PROSE || kind == LineKind.BOUNDARY) {
                return false;
            }
            widgets += kind == LineKind.WIDGET ? 1 : 0;
        }
        return widgets == 1;
    }

    /**
     * Whether the runs are parted by one block of other stories' teasers under its label ("Most Popular", "Read
     * More", "Related"): headlines, kickers, bylines and captions, no paragraph, no other boundary.
     */
    private static boolean teaserBlockBetween(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        int label = -1;
        int headlines = 0;
        for (int k = earlier.last() + 1; k < later.first(); k++) {
            DumpLine line = lines.get(k);
            if (label < 0 && k - earlier.last() <= LABEL_REACH && BoilerplateLexicon.isTeaserBlockLabel(line.text())) {
                label = k;
            } else if (line.kind() == LineKind.PROSE || label < 0 && line.kind() != LineKind.CAPTION && line.kind() != LineKind.HEADING
                || line.kind() == LineKind.BOUNDARY && !LeadFinder.isStamp(line)) {
                return false;
            } else if (label >= 0 && line.kind() == LineKind.HEADING && line.words() >= MIN_TEASER_HEADLINE_WORDS) {
                headlines++;
            }
        }
        return label >= 0 && headlines > 0;
    }

    /**
     * Whether the runs are parted by a photo gallery or a row of product boxes: pictures' credits among names, prices
     * and short labels, no paragraph, no section label. A fashion or shopping story sets one under each section's
     * heading, and its next section goes on past it.
     */
    private static boolean galleryBetween(BodyLocator.Body earlier, BodyLocator.Body later, List<DumpLine> lines) {
        int credits = 0;
        for (int k = earlier.last() + 1; k < later.first(); k++) {
            DumpLine line = lines.get(k);
            switch (line.kind()) {
                case CAPTION -> credits++;
                case HEADING, OTHER, INTERSTITIAL -> {
                    if (line.words() > MAX_GALLERY_LABEL_WORDS || BoilerplateLexicon.isTeaserBlockLabel(line.text())) {
                        return false;
                    }
                }
                default -> {
                    return false;
                }
            }
        }
        return credits >= MIN_GALLERY_CREDITS;
    }

    /** Lower-cased words of five letters or more: topic words, few function words. */
    static Set<String> vocabulary(List<DumpLine> lines) {
        Set<String> words = new HashSet<>();
        for (DumpLine line : lines) {
            Matcher m = WORD.matcher(line.text().toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
        }
        return words;
    }
}
