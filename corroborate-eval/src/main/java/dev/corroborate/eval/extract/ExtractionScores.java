package dev.corroborate.eval.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The scores of an extractor on a dataset.
 *
 * @param f1            body F1, from the averaged precision and recall
 * @param precision     body shingle precision averaged over pages with a non-empty prediction
 * @param recall        body shingle recall averaged over pages with a non-empty gold body
 * @param dateAccuracy  share of pages with a gold date whose predicted day is that date
 * @param titleAccuracy share of pages with a gold title whose predicted title equals it (NFKC, spaces normalised)
 * @param authorsF1     authors set F1 averaged over pages with gold authors
 * @param pages         pages scored
 * @param msPerPage     median extraction time per page, in milliseconds
 * @param perPage       each page's scores, in dataset order
 */
public record ExtractionScores(double f1, double precision, double recall, double dateAccuracy, double titleAccuracy,
                               double authorsF1, int pages, double msPerPage, List<PageScore> perPage) {
    public ExtractionScores {
        perPage = List.copyOf(perPage);
    }

    /** The summary as JSON, keys f1, precision, recall, date_accuracy, title_accuracy, authors_f1, pages, ms_per_page. */
    public String toJson() {
        return toJson(Map.of());
    }

    /** The summary as JSON, the keys of {@link #toJson()} followed by {@code more} (e.g. figures with errata). */
    public String toJson(Map<String, Object> more) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f1", round(f1));
        m.put("precision", round(precision));
        m.put("recall", round(recall));
        m.put("date_accuracy", round(dateAccuracy));
        m.put("title_accuracy", round(titleAccuracy));
        m.put("authors_f1", round(authorsF1));
        m.put("pages", pages);
        m.put("ms_per_page", round(msPerPage));
        more.forEach((k, v) -> m.put(k, v instanceof Double d ? round(d) : v));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scores as JSON", e);
        }
    }

    /** One line for people: the same figures as {@link #toJson()}. */
    public String summary(boolean fromTextDumps) {
        return String.format(Locale.ROOT, "Extraction%s on %d pages: body F1 %.3f (precision %.3f, recall %.3f); "
                + "date %.3f, title %.3f, authors F1 %.3f; median %.1f ms a page.", fromTextDumps ? " from text dumps" : "",
            pages, f1, precision, recall, dateAccuracy, titleAccuracy, authorsF1, msPerPage);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : 0;
    }
}
