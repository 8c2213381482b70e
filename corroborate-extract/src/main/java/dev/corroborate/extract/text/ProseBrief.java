package dev.corroborate.extract.text;

import java.util.List;
import java.util.Locale;

/**
 * A text file that holds nothing but running prose (every line a sentence-ended paragraph: no headline, menu,
 * byline, caption or prompt around it) is the article itself, however short: a news brief or a pasted lead. The
 * word floors that keep teasers and error pages out of a scraped page's dump do not apply to it; a page's dump
 * always carries site furniture, and an error notice is refused by its wording.
 */
final class ProseBrief {
    /** What a site's "not found" or "gone" notice says; a news brief does not word itself so. */
    private static final List<String> ERROR_NOTICE = List.of("page not found", "could not be found",
        "cannot be found", "can't be found", "no longer available", "page you requested", "page you are looking for",
        "page you were looking for", "access denied", "404");

    private static final LineClassifier CLASSIFIER = new LineClassifier();

    private ProseBrief() {
    }

    /** Whether the dump's text is a brief: one or more prose paragraphs and nothing else. */
    static boolean is(String content) {
        return is(CLASSIFIER.classifyAll(content));
    }

    static boolean is(List<DumpLine> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        for (DumpLine line : lines) {
            if (line.kind() != LineKind.PROSE || readsAsErrorNotice(line.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean readsAsErrorNotice(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return ERROR_NOTICE.stream().anyMatch(lower::contains);
    }
}
