package dev.corroborate.eval.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("f1", round(f1));
        m.put("precision", round(precision));
        m.put("recall", round(recall));
        m.put("date_accuracy", round(dateAccuracy));
        m.put("title_accuracy", round(titleAccuracy));
        m.put("authors_f1", round(authorsF1));
        m.put("pages", pages);
        m.put("ms_per_page", round(msPerPage));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scores as JSON", e);
        }
    }

    /** Writes {@link #toJson()} to a file. */
    public void writeJson(Path file) {
        try {
            Files.writeString(file, toJson() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10000) / 10000.0 : 0;
    }
}
