package dev.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the evaluation subcommands as a user would, in a separate JVM, on gold the project writes itself: the eval
 * module's three-page dataset and the demo corpus's grouping gold. They must print their figures as JSON.
 */
class EvalEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private static String miniDataset() {
        return CliProcess.repositoryRoot().resolve("corroborate-eval/src/test/resources/mini-dataset").toString();
    }

    @Test
    void extractPrintsTheBenchmarkKeysAndAScoreWithErrataBesideTheRawOne() throws Exception {
        // an erratum moving a1's day away from the one extracted: only the second figure may change
        Path errata = work.resolve("errata.json");
        Files.writeString(errata, """
            {"dates": {"a1": {"gold": "2023-11-14", "page": "2023-11-15", "kind": "day not on page",
                              "evidence": "a made-up stamp"}}}""");

        JsonNode figures = json(CliProcess.run(work, "eval", "extract", "--dataset", miniDataset(), "--json",
            "--gold-errata", errata.toString()));

        for (String key : new String[] {"f1", "precision", "recall", "date_accuracy", "title_accuracy", "authors_f1",
            "pages", "ms_per_page"}) {
            assertTrue(figures.has(key), key);
        }
        assertEquals(3, figures.get("pages").asInt());
        assertEquals(1, figures.get("errata_applied").asInt());
        assertEquals(0.5, figures.get("date_accuracy").asDouble(), 1e-9);
        assertEquals(0.0, figures.get("date_accuracy_errata").asDouble(), 1e-9);
    }

    @Test
    void extractFromTextDumpsScoresTheSameDataset() throws Exception {
        JsonNode figures = json(CliProcess.run(work, "eval", "extract", "--dataset", miniDataset(), "--as-text",
            "--json"));

        assertEquals(3, figures.get("pages").asInt());
        // the two tiny pages' dumps: what is kept is article text, and some article is kept
        assertEquals(1.0, figures.get("precision").asDouble(), 1e-9, figures.toString());
        assertTrue(figures.get("recall").asDouble() > 0, figures.toString());
        assertFalse(figures.has("date_accuracy_errata"));
    }

    @Test
    void groupScoresTheDemoCorpusAgainstItsGold() throws Exception {
        String gold = CliProcess.repositoryRoot().resolve("examples/demo-gold.jsonl").toString();

        JsonNode figures = json(CliProcess.run(work, "eval", "group", "--gold", gold, "--json"));

        assertEquals(26, figures.get("pages").asInt());
        assertEquals(1.0, figures.at("/events/bcubed/f1").asDouble(), 1e-9, figures.toString());
        assertTrue(figures.at("/storylines/pairwise/f1").isNumber(), figures.toString());
    }

    private static JsonNode json(CliProcess.Result run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out().strip();
        return JSON.readTree(out.substring(out.indexOf('{')));
    }
}
