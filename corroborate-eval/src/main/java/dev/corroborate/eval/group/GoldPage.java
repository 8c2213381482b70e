package dev.corroborate.eval.group;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One line of a grouping gold file: a page and the event and storyline it belongs to.
 *
 * @param source    the page's path, relative to the gold file's folder
 * @param event     its gold event id
 * @param storyline its gold storyline id
 */
public record GoldPage(String source, String event, String storyline) {

    /**
     * Reads a JSONL gold file, one {@code {"source", "event", "storyline"}} object a line; other fields are ignored,
     * blank lines skipped, ids given as numbers read as their text.
     *
     * @throws IllegalArgumentException naming the line, for a malformed line, a missing field or a repeated source
     */
    public static List<GoldPage> readAll(Path goldFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldPage> pages = new ArrayList<>();
        Set<String> sources = new HashSet<>();
        List<String> lines = Files.readAllLines(goldFile);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = goldFile + ":" + (i + 1);
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(where + ": not a JSON object: " + e.getOriginalMessage());
            }
            GoldPage page = new GoldPage(field(node, "source", where), field(node, "event", where),
                field(node, "storyline", where));
            if (!sources.add(page.source())) {
                throw new IllegalArgumentException(where + ": source " + page.source() + " is listed twice");
            }
            pages.add(page);
        }
        return pages;
    }

    private static String field(JsonNode node, String name, String where) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing \"" + name + "\"");
        }
        return value.asText();
    }
}
