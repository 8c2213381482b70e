package dev.corroborate.extract.text;

import java.util.List;

/**
 * The article's text without its headline: where the dump read the headline as prose ("Will the dam hold?") the
 * body run opens with it, and with the byline or dateline printed under it, but the article itself starts below.
 */
final class HeadedBody {
    private HeadedBody() {
    }

    /**
     * @param title the headline's text, or null
     * @param body  the body's lines in order
     * @return the body's lines from the first one below the headline and the stamps right under it, or the body as it
     *         was when it does not open with the headline or holds nothing else
     */
    static List<DumpLine> below(String title, List<DumpLine> body) {
        // the headline may have been picked from a labelled line above ("Opinion|…"), its bare text opening the body
        if (title == null || body.isEmpty() || !HeadlinePicker.normalise(title).equals(
            HeadlinePicker.normalise(body.getFirst().text()))) {
            return body;
        }
        int from = 1;
        while (from < body.size() && LeadFinder.isStamp(body.get(from))) {
            from++;
        }
        return from < body.size() ? body.subList(from, body.size()) : body;
    }
}
