package dev.corroborate.eval.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Gold publication days that the page itself contradicts, each with the day the page states, read from a JSON file
 * shaped {@code {"dates": {id: {"gold": DAY, "page": DAY, "kind": ..., "evidence": ...}}}}.
 *
 * <p>It never changes the raw figure: it gives a second date accuracy beside it, so that a reader can tell extraction
 * misses from annotation slips and check every correction against the page it names. An erratum whose gold day is
 * not the dataset's gold day for that page is stale and is not applied.
 *
 * @param corrections the correction of each page id
 */
public record DateErrata(Map<String, Correction> corrections) {
    public DateErrata {
        corrections = Map.copyOf(corrections);
    }

    /**
     * One corrected gold day.
     *
     * @param gold the gold day the erratum corrects
     * @param page the day the page states
     */
    public record Correction(LocalDate gold, LocalDate page) {
    }

    /**
     * The date accuracy with errata applied.
     *
     * @param accuracy share of pages with a gold date whose predicted day is the (corrected) gold day
     * @param applied  errata that matched their page's gold day and were used
     * @param stale    errata left out because the dataset's gold day for that page differs or the page is absent
     */
    public record Scored(double accuracy, int applied, int stale) {
    }

    /** Reads an errata file; a day that is not an ISO date is an error naming the page. */
    public static DateErrata read(Path file) throws IOException {
        JsonNode dates = new ObjectMapper().readTree(Files.readString(file)).path("dates");
        Map<String, Correction> out = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = dates.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> e = entries.next();
            out.put(e.getKey(), new Correction(day(file, e, "gold"), day(file, e, "page")));
        }
        return new DateErrata(out);
    }

    private static LocalDate day(Path file, Map.Entry<String, JsonNode> entry, String field) throws IOException {
        String value = entry.getValue().path(field).asText("");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IOException(file + ": page " + entry.getKey() + " has no ISO day in \"" + field + "\": '"
                + value + "'", e);
        }
    }

    /** Date accuracy over the scored pages, each applicable erratum's page day standing in for its gold day. */
    public Scored score(List<PageScore> perPage) {
        int correct = 0;
        int dated = 0;
        int applied = 0;
        for (PageScore s : perPage) {
            if (s.dateCorrect() == null) {
                continue;
            }
            dated++;
            Correction c = corrections.get(s.id());
            if (c != null && c.gold().toString().equals(s.comparison().goldDate())) {
                applied++;
                correct += c.page().equals(GoldArticle.day(s.comparison().predictedDate())) ? 1 : 0;
            } else {
                correct += s.dateCorrect() ? 1 : 0;
            }
        }
        return new Scored(dated == 0 ? 0 : (double) correct / dated, applied, corrections.size() - applied);
    }
}
