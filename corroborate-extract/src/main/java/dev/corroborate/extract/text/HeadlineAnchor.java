package dev.corroborate.extract.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the run of prose that stands under the page's own headline, the line that spells the address's slug, when
 * the longest run is another story's: an infinite-scroll page prints the next stories in full under the article, a
 * paywalled page shows a site blurb longer than the few paragraphs it lets through, and a "Recommended" block cuts a
 * short article from its longer second half.
 */
final class HeadlineAnchor {
    /** Share of the slug a line must spell to be the headline: a teaser on the same topic shares a word or two. */
    private static final double MIN_SLUG_COVERAGE = 0.6;
    /** Standfirst, photo, caption, byline and dates sit between the headline and the article text. */
    private static final int REACH = 20;
    /** The run under the headline must be a passage, not a standfirst sentence. */
    private static final int MIN_WORDS = 60;
    private static final int MIN_PROSE_LINES = 2;
    /** A heading this long between two runs reads as another story's headline. */
    private static final int STORY_HEADLINE_WORDS = 6;

    private HeadlineAnchor() {
    }

    /**
     * @param runs      the dump's runs of prose, in order
     * @param best      index of the longest run
     * @param body      the longest run joined with its neighbours on its topic
     * @param furniture indexes of runs that are page furniture
     * @return the index of the run under the slug's headline when the body leaves it out and is another story's,
     *         else {@code best}
     */
    static int anchor(List<BodyLocator.Body> runs, int best, BodyLocator.Body body, List<DumpLine> lines,
                      Set<Integer> furniture, UrlSlug slug) {
        if (slug == null) {
            return best;
        }
        double top = MIN_SLUG_COVERAGE;
        for (DumpLine line : lines) {
            if (line.kind() == LineKind.HEADING && HeadlinePicker.headlineShaped(line)) {
                top = Math.max(top, slug.coverage(line.text()));
            }
        }
        int anchored = -1;
        int headline = -1;
        Set<String> spelled = new HashSet<>();
        for (DumpLine line : lines) {
            if (line.kind() != LineKind.HEADING || !HeadlinePicker.headlineShaped(line) || slug.coverage(line.text()) < top) {
                continue;
            }
            spelled.add(HeadlinePicker.normalise(line.text()));
            int under = longestUnder(runs, line.index(), lines, furniture);
            if (under >= 0 && (anchored < 0 || runs.get(under).characters() > runs.get(anchored).characters())) {
                anchored = under;
                headline = line.index();
            }
        }
        if (spelled.size() > 1) {
            return best; // a review's section heads ("Phone X review: Battery") all spell the slug: none is the headline
        }
        if (anchored < 0 || !passage(runs.get(anchored)) || body.first() <= runs.get(anchored).first()
            && runs.get(anchored).last() <= body.last()) {
            return best; // the body already holds the text under the headline
        }
        boolean otherStory = body.first() < headline || storyBreak(runs.get(anchored), body, lines);
        return otherStory ? anchored : best;
    }

    /**
     * The longest run opening within reach under the headline, or -1. The reach ends early at a boundary that is no
     * byline or dateline ("Recommended", "Related"): what follows it is the page's, not the article's; and, once a
     * passage has been passed, at the next story's header (a headline and a byline or dateline).
     */
    private static int longestUnder(List<BodyLocator.Body> runs, int headline, List<DumpLine> lines, Set<Integer> furniture) {
        int end = Math.min(lines.size() - 1, headline + REACH);
        for (int k = headline + 1; k <= end; k++) {
            if (lines.get(k).kind() == LineKind.BOUNDARY && !LeadFinder.isStamp(lines.get(k))) {
                end = k;
                break;
            }
        }
        int found = -1;
        boolean pastPassage = false;
        int previousEnd = headline;
        for (int r = 0; r < runs.size(); r++) {
            BodyLocator.Body run = runs.get(r);
            if (run.first() <= headline || furniture.contains(r)) {
                continue;
            }
            if (run.first() > end || pastPassage && storyHeader(lines, previousEnd + 1, run.first())) {
                break;
            }
            if (found < 0 || run.characters() > runs.get(found).characters()) {
                found = r;
            }
            pastPassage |= passage(run);
            previousEnd = run.last();
        }
        return found;
    }

    /** Whether lines [from, to) hold another story's header: a headline-length heading and a byline or dateline. */
    private static boolean storyHeader(List<DumpLine> lines, int from, int to) {
        boolean headline = false;
        boolean stamp = false;
        for (int k = from; k < to; k++) {
            DumpLine line = lines.get(k);
            headline |= line.kind() == LineKind.HEADING && line.words() >= STORY_HEADLINE_WORDS;
            stamp |= LeadFinder.isStamp(line);
        }
        return headline && stamp;
    }

    private static boolean passage(BodyLocator.Body run) {
        List<DumpLine> prose = run.lines().stream().filter(l -> l.kind() == LineKind.PROSE).toList();
        return prose.size() >= MIN_PROSE_LINES && prose.stream().mapToInt(DumpLine::words).sum() >= MIN_WORDS;
    }

    /**
     * Whether a boundary line (a byline stamp, "Recommended", "Related") or another story's headline parts the run
     * under the headline from a later one: past it the page shows other stories, not the article's next section.
     */
    private static boolean storyBreak(BodyLocator.Body anchored, BodyLocator.Body later, List<DumpLine> lines) {
        for (int k = anchored.last() + 1; k < later.first(); k++) {
            DumpLine line = lines.get(k);
            if (line.kind() == LineKind.BOUNDARY
                || line.kind() == LineKind.HEADING && line.words() >= STORY_HEADLINE_WORDS) {
                return true;
            }
        }
        return false;
    }
}
