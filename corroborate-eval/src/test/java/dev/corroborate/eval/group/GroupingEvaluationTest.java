package dev.corroborate.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.corroborate.pipeline.Progress;

/** The whole evaluation over the real pipeline, on pages written here. */
class GroupingEvaluationTest {
    private static final String PAGE = """
        Harbour authority opens new ferry terminal in Marden
        By Test Writer | March 3, 2025
        The harbour authority opened a new ferry terminal in Marden on Monday, the first in two decades.
        "This terminal will carry a million passengers a year," said Ilse Varga, the authority's director.
        The terminal cost 40 million euros and took three years to build, according to the authority.
        """;
    private static final String OTHER = """
        Valley farmers report record apple harvest
        By Test Writer | October 2, 2025
        Farmers in the Oska valley brought in a record apple harvest this autumn, their cooperative said.
        "The weather was kind to us all summer," said Bruno Ekland, who chairs the cooperative.
        Prices at the valley market fell by a tenth as the crates came in, traders said.
        """;

    @TempDir
    Path dir;

    @Test
    void scoresEveryGoldPageAndCountsFailuresAsSingletons() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE);
        Files.writeString(pages.resolve("a-copy.txt"), PAGE);
        Files.writeString(pages.resolve("b.txt"), OTHER);
        Files.writeString(pages.resolve("empty.txt"), "");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
            "{\"source\": \"pages/a.txt\", \"event\": \"E1\", \"storyline\": \"S1\"}",
            "{\"source\": \"pages/a-copy.txt\", \"event\": \"E1\", \"storyline\": \"S1\"}",
            "{\"source\": \"pages/b.txt\", \"event\": \"E2\", \"storyline\": \"S2\"}",
            "{\"source\": \"pages/empty.txt\", \"event\": \"E3\", \"storyline\": \"S3\"}") + "\n");

        GroupingResult result = new GroupingEvaluation().evaluate(gold, Progress.NONE);

        assertEquals(4, result.pages());
        assertEquals(1, result.failed());
        // The two identical pages are one stored page, so their pair is always found.
        assertEquals(1.0, result.events().pairwise().recall());
        // Over the three pages with an article the empty page's singleton is left out: grouping alone is scored.
        assertEquals(1.0, result.articleEvents().pairwise().recall());
        assertEquals(1.0, result.articleEvents().bcubed().recall());
        assertTrue(result.summary().contains("events over the 3 pages with an article: pairwise F1 "), result.summary());
        JsonNode json = new ObjectMapper().readTree(result.toJson());
        assertEquals(List.of("events", "storylines", "pages"), names(json));
        for (String level : List.of("events", "storylines")) {
            assertEquals(List.of("pairwise", "bcubed"), names(json.get(level)));
            assertEquals(List.of("precision", "recall", "f1"), names(json.get(level).get("pairwise")));
            assertEquals(List.of("precision", "recall", "f1"), names(json.get(level).get("bcubed")));
        }
        assertEquals(4, json.get("pages").asInt());
    }

    @Test
    void writesEachPagesGoldAndPredictedEventWithTheEventsWhyOnce() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE);
        Files.writeString(pages.resolve("a-copy.txt"), PAGE);
        Files.writeString(pages.resolve("empty.txt"), "");
        Path gold = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
            "{\"source\": \"pages/a.txt\", \"event\": \"E1\", \"storyline\": \"S1\"}",
            "{\"source\": \"pages/a-copy.txt\", \"event\": \"E1\", \"storyline\": \"S1\"}",
            "{\"source\": \"pages/empty.txt\", \"event\": \"E3\", \"storyline\": \"S3\"}") + "\n");
        Path out = dir.resolve("assignments.jsonl");

        new GroupingEvaluation().writingAssignmentsTo(out).evaluate(gold, Progress.NONE);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(json.readTree(line));
        }
        assertEquals(3, lines.size());
        assertEquals("pages/a.txt", lines.get(0).get("source").asText());
        assertEquals("E1", lines.get(0).get("gold").asText());
        assertEquals(lines.get(0).get("event").asText(), lines.get(1).get("event").asText());
        assertEquals("Harbour authority opens new ferry terminal in Marden", lines.get(0).get("title").asText());
        assertTrue(lines.get(0).has("why"), "the first page of an event carries its why");
        assertTrue(!lines.get(1).has("why"), "and only the first");
        assertTrue(lines.get(2).get("event").isNull(), "a page without an article is in no event");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
