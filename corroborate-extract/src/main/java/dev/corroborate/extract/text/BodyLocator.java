package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.corroborate.extract.html.BoilerplateLines;

/**
 * Finds the article in a text dump: the longest run of prose, where a run may step over captions, ad markers,
 * short prompts and one subheading at a time, but never over a section boundary or a repeat of the headline.
 */
final class BodyLocator {
    private static final int MAX_GAP = 8;
    /** A heading this long reads as another story's teaser rather than a section title. */
    private static final int TEASER_WORDS = 6;
    /** A live blog's time over an entry: "2h ago / 9:15 AM", "35 mins ago". */
    private static final Pattern RELATIVE_STAMP = Pattern.compile(
        "(?i)(?:updated\\s+)?\\d{1,2}\\s?(?:m|mins?|minutes?|h|hrs?|hours?|d|days?)\\s+ago\\b");
    private static final int STAMP_WORDS = 16;
    /** A headline runs to this length at most; a longer heading is a paragraph left without its stop. */
    private static final int STORY_HEADLINE_WORDS = 20;
    /** Stories, each a headline over its summary, that make a widget's list. */
    private static final int MIN_LISTED_STORIES = 3;
    /** A listed story's summary is a sentence or two; an article's section under its subheading runs longer. */
    private static final int MAX_LISTED_SUMMARY_WORDS = 40;
    /** Subheadings a gap may hold: listicles and explainers head each short section. */
    private static final int MAX_GAP_HEADINGS = 3;
    private static final Pattern TEXT_MARK = Pattern.compile("[\"'“”„‟«»‘’‚*\\s]+");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,2}\\.?");
    private static final int MIN_TEASER_NUMBERS = 3;
    /** An appeal's heading and strapline stand over its text. */
    private static final int APPEAL_REACH = 3;
    /** A teaser's summary is one sentence; an article's numbered sections hold paragraphs. */
    private static final int MAX_TEASER_SUMMARY_WORDS = 30;
    /** A label of one or two words and a colon opening a line. */
    private static final Pattern FACT_LINE = Pattern.compile("^\\p{L}+(?:\\s\\p{L}+)?:\\s+\\S");

    /**
     * A located body: the line range [first, last] and the lines of article text in it.
     */
    record Body(int first, int last, List<DumpLine> lines) {
        int characters() {
            return lines.stream().mapToInt(l -> l.text().length()).sum();
        }
    }

    /**
     * @param lines        the dump's non-blank lines, classified
     * @param headlineRows indexes of lines that repeat a headline: the body never spans them
     * @param slug         the page address's slug, or null: it names the headline the article stands under
     * @return the longest body, or the run under the slug's headline where the longest is another story's; null
     *         when the dump has no prose at all
     */
    Body locate(List<DumpLine> lines, Set<Integer> headlineRows, UrlSlug slug) {
        List<Body> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isProse(lines.get(i), headlineRows)) {
                i++;
                continue;
            }
            Body body = grow(lines, i, headlineRows);
            runs.add(body);
            i = body.last() + 1;
        }
        if (runs.isEmpty()) {
            return null;
        }
        // Runs that are page furniture by their shape are neither chosen nor joined to the article.
        Set<Integer> furniture = new HashSet<>();
        int best = -1;
        for (int r = 0; r < runs.size(); r++) {
            if (isNumberedTeaserList(runs.get(r), lines) || followsAppeal(runs.get(r), lines)) {
                furniture.add(r);
            } else if (best < 0 || runs.get(r).characters() > runs.get(best).characters()) {
                best = r;
            }
        }
        if (best < 0) {
            return null;
        }
        Body body = SameTopicJoiner.join(runs, best, lines, furniture);
        int anchored = HeadlineAnchor.anchor(runs, best, body, lines, furniture, slug);
        return withoutVerdictBoxes(anchored == best ? body : SameTopicJoiner.join(runs, anchored, lines, furniture));
    }

    /**
     * The body without its verdict boxes: a review's "Pros" or "Cons" head and the few short points under it repeat
     * the review in brief, and are neither head nor points of its text.
     */
    private static Body withoutVerdictBoxes(Body body) {
        List<DumpLine> text = new ArrayList<>(body.lines().size());
        int itemsLeft = 0;
        for (DumpLine line : body.lines()) {
            if (BoilerplateLines.isVerdictHead(line.text())) {
                itemsLeft = BoilerplateLines.MAX_VERDICT_ITEMS;
            } else if (itemsLeft > 0 && isVerdictItem(line)) {
                itemsLeft--;
            } else {
                itemsLeft = 0;
                text.add(line);
            }
        }
        return text.size() == body.lines().size() ? body : new Body(body.first(), body.last(), text);
    }

    private static Body grow(List<DumpLine> lines, int start, Set<Integer> headlineRows) {
        int last = start;
        int j = start + 1;
        while (true) {
            while (j < lines.size() && isProse(lines.get(j), headlineRows)) {
                last = j++;
            }
            int next = stepOverGap(lines, j, headlineRows);
            if (next < 0) {
                break;
            }
            j = next;
        }
        List<DumpLine> text = new ArrayList<>();
        boolean inWidget = false;
        int listEnd = -1;
        for (int k = start; k <= last; k++) {
            LineKind kind = lines.get(k).kind();
            if (kind == LineKind.WIDGET) {
                listEnd = headlineListEnd(lines, k + 1, last);
            }
            // A widget's teasers run from its label to the next paragraph, or over its list of summed-up stories.
            inWidget = kind == LineKind.WIDGET || inWidget && kind != LineKind.PROSE;
            if (inWidget || k < listEnd) {
                continue;
            }
            if (repeatsLine(text, lines.get(k))) {
                continue; // a paragraph printed twice over (a summary in two page elements) is read once
            }
            boolean read = kind == LineKind.PROSE || kind == LineKind.HEADING
                || kind == LineKind.OTHER && lines.get(k).words() > 0 && lines.get(k).hasLetter();
            if (read) {
                text.add(lines.get(k));
            }
        }
        return new Body(start, last, text);
    }

    /**
     * Where a widget's list of other stories ends: title-case headlines, each over a one- or two-sentence summary
     * ("Harbour Lights Official Trailer" / "Ana Lenz returns to the coast in May."), from {@code from} on.
     *
     * @return the index after the list's last summary, or -1 when fewer than three such stories follow the label
     */
    private static int headlineListEnd(List<DumpLine> lines, int from, int last) {
        int k = from;
        int stories = 0;
        while (k + 1 <= last && lines.get(k).kind() == LineKind.HEADING && TitleCase.isTitleCase(lines.get(k).text())
            && lines.get(k + 1).kind() == LineKind.PROSE && lines.get(k + 1).words() <= MAX_LISTED_SUMMARY_WORDS) {
            stories++;
            k += 2;
        }
        return stories >= MIN_LISTED_STORIES ? k : -1;
    }

    /** A point in a verdict box: a short phrase, not a sentence of the article. */
    private static boolean isVerdictItem(DumpLine line) {
        return line.kind() != LineKind.PROSE && line.words() <= BoilerplateLines.MAX_VERDICT_ITEM_WORDS;
    }

    /** Whether a prose line repeats the line kept right before it, word for word. */
    private static boolean repeatsLine(List<DumpLine> text, DumpLine line) {
        return line.kind() == LineKind.PROSE && !text.isEmpty() && text.get(text.size() - 1).text().equals(line.text());
    }

    /** @return the index of the prose line after a crossable gap starting at {@code from}, or -1 */
    private static int stepOverGap(List<DumpLine> lines, int from, Set<Integer> headlineRows) {
        int k = from;
        int gap = 0;
        int headings = 0;
        boolean stamped = false;
        while (k < lines.size() && gap <= MAX_GAP) {
            DumpLine line = lines.get(k);
            boolean teaserLike = line.kind() == LineKind.HEADING && line.words() >= TEASER_WORDS && !isFactLine(line);
            if (isStoryHeader(line, teaserLike, stamped, headings)) {
                return -1; // a headline and a date or byline: the next story's header (a feed, a live blog's entries)
            }
            stamped |= isStamp(line);
            if (line.kind() == LineKind.CAPTION || line.kind() == LineKind.INTERSTITIAL || line.kind() == LineKind.WIDGET
                || line.kind() == LineKind.OTHER && (line.words() > 0 || isTextMark(line))
                || line.kind() == LineKind.HEADING && !teaserLike && !headlineRows.contains(k)) {
                gap++;
                k++;
            } else if (teaserLike && headings < MAX_GAP_HEADINGS && !headlineRows.contains(k)) {
                headings++;
                gap++;
                k++;
            } else {
                break;
            }
        }
        boolean crossed = k > from && gap <= MAX_GAP && k < lines.size() && isProse(lines.get(k), headlineRows);
        return crossed ? k : -1;
    }

    /**
     * Whether a gap line completes another story's header: a headline-length heading and a date or byline, in
     * either order (a feed prints the headline over its byline, a live blog the time over each entry's headline).
     */
    private static boolean isStoryHeader(DumpLine line, boolean teaserLike, boolean stamped, int headings) {
        boolean headline = teaserLike && line.words() <= STORY_HEADLINE_WORDS;
        return headline && stamped || headings > 0 && isStamp(line);
    }

    /** A byline or dateline over a story; an embedded post's credit carries a date too, but heads nothing. */
    private static boolean isStamp(DumpLine line) {
        return line.kind() != LineKind.PROSE
            && (line.words() <= STAMP_WORDS && RELATIVE_STAMP.matcher(line.text()).lookingAt() || LeadFinder.isStamp(line))
            && !BoilerplateLexicon.isEmbedCredit(line.text());
    }

    /**
     * A "Top 10 right now" block: entries under distinct numbers ("1", "2", ...) each with a headline and a
     * one-sentence summary.
     * It reads as a run of short prose, but no article is a list of one-sentence items under bare numbers.
     */
    private static boolean isNumberedTeaserList(Body run, List<DumpLine> lines) {
        // counted once each: a gallery's photo count ("4") printed under every picture numbers no list
        Set<String> numbers = new HashSet<>();
        for (int k = run.first(); k <= run.last(); k++) {
            String text = lines.get(k).text();
            if (BARE_NUMBER.matcher(text).matches()) {
                numbers.add(text.replace(".", ""));
            }
        }
        if (numbers.size() < MIN_TEASER_NUMBERS) {
            return false;
        }
        List<DumpLine> prose = run.lines().stream().filter(l -> l.kind() == LineKind.PROSE).toList();
        int words = prose.stream().mapToInt(DumpLine::words).sum();
        return !prose.isEmpty() && words < MAX_TEASER_SUMMARY_WORDS * prose.size();
    }

    /** Whether a run opens right under a reader appeal's heading ("Support Ledger"): it is the appeal's text. */
    private static boolean followsAppeal(Body run, List<DumpLine> lines) {
        for (int k = Math.max(0, run.first() - APPEAL_REACH); k < run.first(); k++) {
            if (BoilerplateLexicon.isAppealHeading(lines.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A "Label: value" line ("Date: Saturday, Dec. 23 | Time: 3:30 p.m.", "Location: City Stadium") is a fact box
     * entry inside the article, not another story's teaser, however long.
     */
    private static boolean isFactLine(DumpLine line) {
        return FACT_LINE.matcher(line.text()).lookingAt();
    }

    /**
     * A wordless line of quote marks or asterisks: a pull quote's decoration or a section break ("* * *"), set inside
     * the text, where other wordless lines ("|", "•") part menu entries.
     */
    private static boolean isTextMark(DumpLine line) {
        return TEXT_MARK.matcher(line.text()).matches();
    }

    private static boolean isProse(DumpLine line, Set<Integer> headlineRows) {
        return line.kind() == LineKind.PROSE && !headlineRows.contains(line.index());
    }
}
