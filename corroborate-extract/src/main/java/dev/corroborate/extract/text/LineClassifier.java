package dev.corroborate.extract.text;

import java.util.Locale;

import dev.corroborate.extract.Words;
import java.util.regex.Pattern;

/** Sorts a text dump's lines into prose, headings, captions and the kinds of site furniture. */
final class LineClassifier {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'”’»)\\]]*$|[.!?,][\"'”’»]\\s*\\p{Ll}[^.!?]{0,80}[.!?]$");
    private static final int PROSE_MIN_WORDS = 8;
    private static final int LONG_PROSE_WORDS = 30;

    DumpLine classify(int index, String text) {
        int words = Words.count(text);
        return new DumpLine(index, text, kindOf(text, words), words);
    }

    private static LineKind kindOf(String text, int words) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (BoilerplateLexicon.isAdMarker(text)) {
            return LineKind.INTERSTITIAL;
        }
        if (BoilerplateLexicon.isBoundaryLine(text)) {
            return LineKind.BOUNDARY;
        }
        if (BoilerplateLexicon.isInlineTeaser(text)) {
            return LineKind.INTERSTITIAL;
        }
        if (BoilerplateLexicon.isCaption(text, words)) {
            return LineKind.CAPTION;
        }
        int furniture = BoilerplateLexicon.furnitureHits(lower);
        if (furniture >= 2 || furniture == 1 && words < 40) {
            // A long appeal ends the article; a short prompt may sit inside it.
            return words >= 40 ? LineKind.BOUNDARY : LineKind.INTERSTITIAL;
        }
        boolean truncated = text.endsWith("…") || text.endsWith("...");
        if (!truncated && (words >= PROSE_MIN_WORDS && SENTENCE_END.matcher(text).find() || words >= LONG_PROSE_WORDS)) {
            return LineKind.PROSE;
        }
        if (words >= 2 && words <= 30 && !truncated) {
            return LineKind.HEADING;
        }
        return LineKind.OTHER;
    }

}
