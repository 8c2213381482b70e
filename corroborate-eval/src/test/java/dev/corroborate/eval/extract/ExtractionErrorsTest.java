package dev.corroborate.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractionErrorsTest {
    private static ExtractionScores scores() throws URISyntaxException {
        Path dir = Path.of(ExtractionErrorsTest.class.getResource("/mini-dataset/ground-truth.json").toURI()).getParent();
        return ExtractionEvaluation.run(dir, false);
    }

    @Test
    void listsTheFailingPagesWithGoldBesidePredicted() throws Exception {
        String listing = ExtractionErrors.worst(scores(), 5);
        // a3 has no HTML: the worst body, with its failure reason
        assertTrue(listing.contains("a3  f1 0.000"), listing);
        assertTrue(listing.contains("failed: page not found"), listing);
        // a2 has a gold date the page does not show
        assertTrue(listing.lines().anyMatch(l -> l.startsWith("  a2") && l.endsWith("| null")), listing);
    }

    @Test
    void perPageFileIsReadableAsPredictions(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("pages.json");
        ExtractionErrors.writePerPage(scores(), file);
        JsonNode json = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(3, json.size());
        assertTrue(json.get("a1").get("articleBody").asText().length() > 0);
        assertEquals("", json.get("a3").get("articleBody").asText());
        assertEquals(1.0, json.get("a1").get("precision").asDouble(), 1e-9);
    }
}
