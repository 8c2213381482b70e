package dev.corroborate.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/**
 * Reads a JSONL export: one page a line, {@code {"url", "html" or "text", "fetched"}}. A bad line is a failure named
 * {@code file#N}; the other lines still load.
 */
final class JsonlPages {
    private final ObjectMapper json = new ObjectMapper();
    private final TextDecoder decoder;

    JsonlPages(TextDecoder decoder) {
        this.decoder = decoder;
    }

    List<PageResult> read(String source, byte[] bytes) {
        String text = decoder.decode(bytes);
        List<PageResult> results = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            results.add(readLine(source + "#" + lineNumber, line));
        }
        if (results.isEmpty()) {
            results.add(PageResult.failed(source, "empty file"));
        }
        return results;
    }

    private PageResult readLine(String source, String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            return PageResult.failed(source, "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return PageResult.failed(source, "a JSONL line must be an object");
        }
        String html = textField(node, "html");
        String plain = textField(node, "text");
        if (html == null && plain == null) {
            return PageResult.failed(source, "no \"html\" or \"text\" field");
        }
        String content = html != null ? html : plain;
        if (content.isBlank()) {
            return PageResult.failed(source, "empty page");
        }
        String url = textField(node, "url");
        Page page = new Page(ContentHash.of(content.getBytes(StandardCharsets.UTF_8)), source, url,
            instant(textField(node, "fetched")), html != null ? PageFormat.HTML : PageFormat.TEXT, content);
        return new PageResult.Loaded(page);
    }

    private static String textField(JsonNode node, String name) {
        JsonNode field = node.get(name);
        return field != null && field.isTextual() ? field.asText() : null;
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
