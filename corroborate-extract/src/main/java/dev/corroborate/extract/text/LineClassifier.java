package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.corroborate.extract.Words;
import dev.corroborate.extract.html.BoilerplateLines;
import dev.corroborate.extract.meta.DateParsing;

/** Sorts a text dump's lines into prose, headings, captions and the kinds of site furniture. */
final class LineClassifier {
    private static final int PROSE_MIN_WORDS = 8;
    private static final int STAMP_MAX_WORDS = 16;
    /** A clock time or a numeric date: what a byline stamp carries and a subheading does not. */
    private static final Pattern STAMP = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b");
    private static final int LONG_PROSE_WORDS = 30;
    /** From this length a furniture line is an appeal that ends the article, not a prompt inside it. */
    private static final int APPEAL_WORDS = 40;
    /** An appeal names one of its phrases at least this often (in words). */
    private static final int WORDS_PER_APPEAL_PHRASE = 25;
    /** Longer than a headline runs: a file's lone line this long is a sentence posted without its stop. */
    private static final int LONE_SENTENCE_WORDS = 12;

    /**
     * The dump's non-blank lines, stripped (a no-break space read as a space), each with its kind; a paragraph
     * trailing off is judged beside the others ({@link TrailingProse}), and a file's lone line of a sentence's
     * length is prose without its stop: a news flash or a post saved as it stands, with no page around it. An
     * embedded post's text is a caption, as is a short sentence over a photo credit ({@link CreditedCaptions}), and a
     * slideshow's counters part it from the article ({@link SlideShow}).
     */
    List<DumpLine> classifyAll(String content) {
        List<DumpLine> lines = new ArrayList<>();
        for (String raw : content.split("\\R")) {
            String line = raw.strip().replace('\u00A0', ' ');
            if (!line.isEmpty()) {
                lines.add(classify(lines.size(), line));
            }
        }
        return isLoneSentence(lines) ? List.of(new DumpLine(0, lines.get(0).text(), LineKind.PROSE, lines.get(0).words()))
            : CreditedCaptions.mark(SlideShow.mark(EmbeddedPosts.mark(TrailingProse.promote(lines))));
    }

    private static boolean isLoneSentence(List<DumpLine> lines) {
        return lines.size() == 1 && lines.get(0).kind() == LineKind.HEADING && lines.get(0).words() >= LONE_SENTENCE_WORDS;
    }

    DumpLine classify(int index, String text) {
        int words = Words.count(text);
        return new DumpLine(index, text, kindOf(text, words), words);
    }

    private static LineKind kindOf(String text, int words) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (BoilerplateLexicon.isAdMarker(text) || BoilerplateLexicon.isEmbedCredit(text)
            || BoilerplateLexicon.isPageNote(text)) {
            return LineKind.INTERSTITIAL;
        }
        if (BoilerplateLexicon.isBoundaryLine(text)) {
            return LineKind.BOUNDARY;
        }
        if (BoilerplateLexicon.isWidgetLabel(text)) {
            return LineKind.WIDGET;
        }
        if (BoilerplateLexicon.isInlineTeaser(text)) {
            return LineKind.INTERSTITIAL;
        }
        if (BoilerplateLexicon.isCaption(text, words) || BoilerplateLexicon.isEmbedText(text)
            || BoilerplateLexicon.isShoppingButton(text, words)) {
            // An embedded post or a product's shop button sits with the article as a photo does: kept out of the
            // text, not a break in it, nor in a list of the article's own.
            return LineKind.CAPTION;
        }
        // A sentence may name privacy or donations in passing; a prompt is short or says "subscribe" or "newsletter".
        int furniture = BoilerplateLexicon.furnitureHits(lower, readsAsSentence(text, words));
        if (isFurniture(furniture, words)) {
            // A long appeal ends the article; a short prompt may sit inside it.
            return words >= APPEAL_WORDS ? LineKind.BOUNDARY : LineKind.INTERSTITIAL;
        }
        if (BoilerplateLexicon.isAuthorBio(text) || BoilerplateLexicon.isStaffTitle(text)) {
            return LineKind.INTERSTITIAL; // the author box: about the writer, wherever the page sets it
        }
        if (words <= STAMP_MAX_WORDS && STAMP.matcher(text).find() && DateParsing.find(text).isPresent()) {
            return LineKind.BOUNDARY; // "Name - Dec 21, 2023 1:00 pm": a byline stamp heads an article, never sits in one
        }
        if (BoilerplateLines.furnitureLine(text)) {
            return LineKind.INTERSTITIAL; // a note about the story, a disclosure, a dateline: the page's, not the story's
        }
        boolean truncated = TrailingProse.trailsOff(text);
        if (!truncated && (words >= PROSE_MIN_WORDS && endsSentence(text) || words >= LONG_PROSE_WORDS)) {
            return LineKind.PROSE;
        }
        if (words >= 2 && words <= 30 && !truncated) {
            return LineKind.HEADING;
        }
        return LineKind.OTHER;
    }


    /**
     * One furniture phrase makes a short line a prompt; a long line must be dense with them, since a paragraph about
     * privacy or prices may name "privacy" or "terms and conditions" in passing where an appeal repeats its asks.
     */
    private static boolean isFurniture(int hits, int words) {
        if (words < APPEAL_WORDS) {
            return hits >= 1;
        }
        return hits >= 2 && hits * WORDS_PER_APPEAL_PHRASE >= words;
    }

    /**
     * A sentence shorter than an appeal: of several words, ending in sentence punctuation. (An appeal's length is
     * judged by how dense all its phrases are.)
     */
    private static boolean readsAsSentence(String text, int words) {
        return words >= PROSE_MIN_WORDS && words < APPEAL_WORDS && endsSentence(text);
    }

    /** Ends in sentence punctuation, closing quotes and brackets aside: '... he said.' and '..."' alike. */
    private static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }
}
