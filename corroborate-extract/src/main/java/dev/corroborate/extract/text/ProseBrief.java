package dev.corroborate.extract.text;

import java.util.List;
import java.util.Locale;

/**
 * A text file that holds nothing but running prose (every line a sentence-ended paragraph: no headline, menu,
 * byline, caption or prompt around it) is the article itself, however short: a news brief or a pasted lead. The
 * word floors that keep teasers and error pages out of a scraped page's dump do not apply to it; a page's dump
 * always carries site furniture, and an error notice is refused by its wording. A wire brief or an excerpt may
 * close with its credit (a copyright line, "Read more at ledger.example"): that is no site around it.
 */
final class ProseBrief {
    /** What a site's "not found" or "gone" notice says; a news brief does not word itself so. */
    private static final List<String> ERROR_NOTICE = List.of("page not found", "could not be found",
        "cannot be found", "can't be found", "no longer available", "page you requested", "page you are looking for",
        "page you were looking for", "access denied", "404");

    private static final LineClassifier CLASSIFIER = new LineClassifier();

    private ProseBrief() {
    }

    /** Whether the dump's text is a brief: one or more prose paragraphs and nothing else but a closing credit. */
    static boolean is(String content) {
        return is(CLASSIFIER.classifyAll(content));
    }

    static boolean is(List<DumpLine> lines) {
        int end = lines.size();
        while (end > 0 && isCredit(lines.get(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (DumpLine line : lines.subList(0, end)) {
            if (line.kind() != LineKind.PROSE || readsAsErrorNotice(line.text())) {
                return false;
            }
        }
        return true;
    }

    /** A copyright or source credit line, not a paragraph that names a copyright in passing. */
    private static boolean isCredit(DumpLine line) {
        return line.kind() == LineKind.BOUNDARY
            && (BoilerplateLexicon.isCopyright(line.text()) || BoilerplateLexicon.isSourceCredit(line.text()));
    }

    private static boolean readsAsErrorNotice(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return ERROR_NOTICE.stream().anyMatch(lower::contains);
    }
}
