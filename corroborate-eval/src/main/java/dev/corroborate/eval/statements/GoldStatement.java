package dev.corroborate.eval.statements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.corroborate.core.Span;

/**
 * One gold statement: facts only, no copied text.
 *
 * @param page    the dataset page id
 * @param speaker the speaker's canonical name
 * @param kind    "direct" or "reported"
 * @param content the words said, as offsets into the page's gold {@code articleBody}
 */
public record GoldStatement(String page, String speaker, String kind, Span content) {

    /** Reads a JSONL gold file: {@code {"page", "speaker", "kind", "start", "end"}} a line; blank lines skipped. */
    public static List<GoldStatement> readAll(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<GoldStatement> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            if (!n.hasNonNull("page") || !n.hasNonNull("start") || !n.hasNonNull("end")) {
                throw new IOException(file + ":" + lineNo + ": needs page, start and end");
            }
            out.add(new GoldStatement(n.get("page").asText(), n.path("speaker").asText(""),
                n.path("kind").asText(""), new Span(n.get("start").asInt(), n.get("end").asInt())));
        }
        return out;
    }
}
