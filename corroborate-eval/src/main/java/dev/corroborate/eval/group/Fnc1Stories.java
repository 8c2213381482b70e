package dev.corroborate.eval.group;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Story clusters derived from the FNC-1 training split, as grouping dev data. Headlines in a related stance
 * (agree, disagree, discuss) to a body come from the same Emergent claim, so bodies that share a related headline
 * report the same story; stories are the connected components of that relation. "unrelated" pairs link nothing.
 *
 * <p>The split itself is not copied into the project: the pages and gold are written at evaluation time.
 *
 * @param bodies  body id to body text, in ascending numeric id order
 * @param storyOf body id to its story id ({@code story-<smallest body id in the story>})
 */
public record Fnc1Stories(Map<String, String> bodies, Map<String, String> storyOf) {
    private static final Set<String> RELATED = Set.of("agree", "disagree", "discuss");
    private static final Comparator<String> NUMERIC = Comparator.comparingLong(Long::parseLong);

    public Fnc1Stories {
        bodies = Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
        storyOf = Collections.unmodifiableMap(new LinkedHashMap<>(storyOf));
    }

    /**
     * Reads {@code train_bodies.csv} and {@code train_stances.csv} from a folder and derives the stories.
     *
     * @throws IllegalArgumentException when a file lacks its expected columns or a stance names an unknown body
     */
    public static Fnc1Stories read(Path dataDir) throws IOException {
        List<List<String>> bodyRows = csv(dataDir.resolve("train_bodies.csv"), "Body ID", "articleBody");
        List<List<String>> stanceRows = csv(dataDir.resolve("train_stances.csv"), "Headline", "Body ID", "Stance");
        Map<String, String> bodies = new TreeMap<>(NUMERIC);
        for (List<String> row : bodyRows) {
            if (bodies.put(row.get(0).strip(), row.get(1)) != null) {
                throw new IllegalArgumentException("train_bodies.csv: body " + row.get(0) + " is listed twice");
            }
        }
        List<Stance> stances = new ArrayList<>(stanceRows.size());
        for (List<String> row : stanceRows) {
            stances.add(new Stance(row.get(0), row.get(1).strip(), row.get(2).strip()));
        }
        return derive(bodies, stances);
    }

    /**
     * Joins bodies through shared related headlines.
     *
     * @param bodies   body id (a number) to its text
     * @param stances  headline-body pairs with their stance
     */
    static Fnc1Stories derive(Map<String, String> bodies, List<Stance> stances) {
        UnionFind sets = new UnionFind();
        bodies.keySet().forEach(sets::add);
        Map<String, String> firstBodyOfHeadline = new HashMap<>();
        for (Stance stance : stances) {
            if (!bodies.containsKey(stance.bodyId())) {
                throw new IllegalArgumentException("train_stances.csv: unknown body " + stance.bodyId());
            }
            if (!RELATED.contains(stance.stance())) {
                continue;
            }
            String first = firstBodyOfHeadline.putIfAbsent(stance.headline(), stance.bodyId());
            if (first != null) {
                sets.union(first, stance.bodyId());
            }
        }
        Map<String, String> sorted = new TreeMap<>(NUMERIC);
        sorted.putAll(bodies);
        // Ids in ascending order: the first body seen of a story is its smallest, which names it.
        Map<String, String> storyOfRoot = new HashMap<>();
        Map<String, String> storyOf = new LinkedHashMap<>();
        for (String id : sorted.keySet()) {
            storyOf.put(id, storyOfRoot.computeIfAbsent(sets.find(id), root -> "story-" + id));
        }
        return new Fnc1Stories(sorted, storyOf);
    }

    /** Number of distinct stories. */
    public int storyCount() {
        return (int) storyOf.values().stream().distinct().count();
    }

    /**
     * Writes each body as a text page {@code pages/<id>.txt} (its paragraphs one a line, blank lines dropped) and
     * {@code gold.jsonl} with one {@code {"source", "event", "storyline"}} line a body, the story as both event and
     * storyline, since FNC-1 gives only one level.
     */
    public void write(Path outDir) throws IOException {
        Path pages = Files.createDirectories(outDir.resolve("pages"));
        ObjectMapper json = new ObjectMapper();
        try (Writer gold = Files.newBufferedWriter(outDir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> body : bodies.entrySet()) {
                String id = body.getKey();
                Files.writeString(pages.resolve(id + ".txt"), asPage(body.getValue()), StandardCharsets.UTF_8);
                Map<String, String> line = new LinkedHashMap<>();
                line.put("source", "pages/" + id + ".txt");
                line.put("event", storyOf.get(id));
                line.put("storyline", storyOf.get(id));
                gold.write(toJson(json, line));
                gold.write('\n');
            }
        }
    }

    /** A body as a text dump: one paragraph a line, surrounding spaces and blank lines dropped. */
    static String asPage(String body) {
        StringBuilder page = new StringBuilder(body.length() + 1);
        for (String line : body.split("\\R")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                page.append(paragraph).append('\n');
            }
        }
        return page.toString();
    }

    private static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write gold line", e);
        }
    }

    private static List<List<String>> csv(Path file, String... header) throws IOException {
        List<List<String>> rows;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CsvReader.readAll(in);
        }
        if (rows.isEmpty() || !rows.get(0).equals(List.of(header))) {
            throw new IllegalArgumentException(file + ": expected the header " + String.join(",", header));
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != header.length) {
                throw new IllegalArgumentException(file + ": record " + (i + 1) + " has " + rows.get(i).size()
                    + " fields, expected " + header.length);
            }
        }
        return rows.subList(1, rows.size());
    }

    /** One row of {@code train_stances.csv}. */
    record Stance(String headline, String bodyId, String stance) {
    }
}
