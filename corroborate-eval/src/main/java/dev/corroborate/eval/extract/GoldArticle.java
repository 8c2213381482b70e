package dev.corroborate.eval.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One page's gold annotation in the ScrapingHub layout's {@code ground-truth.json}.
 *
 * @param id      the page id (the HTML file's name without extension)
 * @param body    the gold article body, "" when none
 * @param title   the gold title, or null
 * @param date    the gold publication day, or null (absent, "NaT" or unreadable)
 * @param authors the gold authors (a comma-separated string or a list in the file), empty when none
 * @param url     the page's URL when the file records one, else null
 */
public record GoldArticle(String id, String body, String title, LocalDate date, List<String> authors, String url) {

    /** Reads {@code ground-truth.json}: an object mapping page id to its annotation, in file order. */
    static Map<String, GoldArticle> readAll(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        Map<String, GoldArticle> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            out.put(f.getKey(), of(f.getKey(), f.getValue()));
        }
        return out;
    }

    static GoldArticle of(String id, JsonNode n) {
        return new GoldArticle(id, text(n, "articleBody", ""), text(n, "title", null), day(text(n, "date", null)),
            authors(n.get("authors")), text(n, "url", null));
    }

    private static String text(JsonNode n, String field, String absent) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? absent : v.asText();
    }

    /** The day an ISO date or date-time starts with, or null when it starts with none. */
    static LocalDate day(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static List<String> authors(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode a : n) {
                if (!a.asText().isBlank()) {
                    out.add(a.asText().strip());
                }
            }
            return out;
        }
        for (String a : n.asText().split(",")) {
            if (!a.isBlank()) {
                out.add(a.strip());
            }
        }
        return out;
    }
}
