package dev.corroborate.eval.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The failing pages of an extraction evaluation, for people mending the extractor: the worst pages per metric with
 * gold beside predicted, and a per-page file that the ScrapingHub-style reference scorer can read as predictions.
 */
public final class ExtractionErrors {
    private static final int SNIPPET = 100;

    private ExtractionErrors() {
    }

    /**
     * Lists, per metric, up to {@code limit} failing pages: body (lowest F1), date, title and authors (lowest F1).
     *
     * @param scores the evaluation's scores
     * @param limit  pages per metric
     * @return the listing, one page a line under a heading per metric
     */
    public static String worst(ExtractionScores scores, int limit) {
        StringBuilder out = new StringBuilder();
        List<PageScore> pages = scores.perPage();
        out.append("Worst body F1:\n");
        pages.stream().filter(p -> p.annotated() || p.predicted()).sorted(Comparator.comparingDouble(PageScore::f1))
            .limit(limit).forEach(p -> out.append(String.format(Locale.ROOT, "  %s  f1 %.3f (P %.3f, R %.3f)%s  %s%n",
                p.id(), p.f1(), p.precision(), p.recall(), p.failure() == null ? "" : "  failed: " + p.failure(),
                snippet(p.comparison().predictedBody()))));
        out.append("Wrong dates (gold | predicted):\n");
        pages.stream().filter(p -> Boolean.FALSE.equals(p.dateCorrect())).limit(limit)
            .forEach(p -> out.append(String.format("  %s  %s | %s%n", p.id(), p.comparison().goldDate(),
                p.comparison().predictedDate())));
        out.append("Wrong titles (gold | predicted):\n");
        pages.stream().filter(p -> Boolean.FALSE.equals(p.titleCorrect())).limit(limit)
            .forEach(p -> out.append(String.format("  %s  %s | %s%n", p.id(), p.comparison().goldTitle(),
                p.comparison().predictedTitle())));
        out.append("Wrong authors (gold | predicted):\n");
        pages.stream().filter(p -> !Double.isNaN(p.authorsF1()) && p.authorsF1() < 1)
            .sorted(Comparator.comparingDouble(PageScore::authorsF1)).limit(limit)
            .forEach(p -> out.append(String.format(Locale.ROOT, "  %s  f1 %.2f  %s | %s%n", p.id(), p.authorsF1(),
                p.comparison().goldAuthors(), p.comparison().predictedAuthors())));
        return out.toString();
    }

    /**
     * Writes every page's scores with gold beside predicted as one JSON object keyed by page id; each value holds
     * {@code articleBody} (the prediction), so the file doubles as predictions for the reference scorer.
     *
     * @param scores the evaluation's scores
     * @param file   where to write
     * @throws IOException when the file cannot be written
     */
    public static void writePerPage(ExtractionScores scores, Path file) throws IOException {
        Map<String, Object> all = new LinkedHashMap<>();
        for (PageScore p : scores.perPage()) {
            PageComparison c = p.comparison();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("precision", p.precision());
            m.put("recall", p.recall());
            m.put("failure", p.failure());
            m.put("gold_title", c.goldTitle());
            m.put("title", c.predictedTitle());
            m.put("gold_date", c.goldDate());
            m.put("date", c.predictedDate());
            m.put("gold_authors", c.goldAuthors());
            m.put("authors", c.predictedAuthors());
            m.put("articleBody", c.predictedBody());
            all.put(p.id(), m);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
    }

    private static String snippet(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= SNIPPET ? oneLine : oneLine.substring(0, SNIPPET) + "...";
    }
}
