package dev.corroborate.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractionEvaluationTest {
    private static Path dataset() throws URISyntaxException {
        return Path.of(ExtractionEvaluationTest.class.getResource("/mini-dataset/ground-truth.json").toURI()).getParent();
    }

    @Test
    void scoresATinyDataset() throws Exception {
        ExtractionScores s = ExtractionEvaluation.run(dataset(), false);
        assertEquals(3, s.pages());
        // a1 and a2 extracted exactly; a3 has no HTML: an empty prediction, so it counts for recall only
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(0.8, s.f1(), 1e-9);
        // dates: a1 right, a2 has none on the page; a3's "NaT" is not counted
        assertEquals(0.5, s.dateAccuracy(), 1e-9);
        assertEquals(2.0 / 3, s.titleAccuracy(), 1e-9);
        // authors: a1 exact (1), a2 none found (0); a3 has no gold authors and is left out
        assertEquals(0.5, s.authorsF1(), 1e-9);
        assertFalse(s.perPage().get(2).predicted());
        assertTrue(s.msPerPage() >= 0);
    }

    @Test
    void asTextModeRunsTheTextExtractor() throws Exception {
        ExtractionScores s = ExtractionEvaluation.run(dataset(), true);
        assertEquals(3, s.pages());
    }

    @Test
    void jsonHasExactlyTheAgreedKeys() throws Exception {
        ExtractionScores s = ExtractionEvaluation.summarise(List.of(
            new PageScore("x", 0.5, 1.0, true, true, null, null, Double.NaN, 2.0, null, PageComparison.none())));
        JsonNode json = new ObjectMapper().readTree(s.toJson());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("f1", "precision", "recall", "date_accuracy", "title_accuracy", "authors_f1", "pages",
            "ms_per_page"), keys);
        assertEquals(0.6667, json.get("f1").asDouble(), 1e-9);
        assertEquals(2.0, json.get("ms_per_page").asDouble(), 1e-9);
    }

    @Test
    void textDumpHasOneBlockPerLineAndNoScripts() {
        String text = HtmlTextDump.render("<html><head><title>T</title><style>p{}</style></head><body><nav>Home</nav>"
            + "<p>First <b>para</b>graph.</p><script>var x;</script><ul><li>One</li><li>Two</li></ul></body></html>");
        assertEquals("Home\nFirst paragraph.\nOne\nTwo\n", text);
    }

    @Test
    void authorsF1IsASetF1OverNormalisedNames() {
        assertEquals(1.0, MetadataMatch.authorsF1(List.of("Jane Doe"), List.of("jane  doe.")), 1e-12);
        assertEquals(2.0 / 3, MetadataMatch.authorsF1(List.of("A B", "C D"), List.of("A B")), 1e-12);
        assertTrue(MetadataMatch.sameTitle("Ｂｕｄｇｅｔ  passes", "Budget passes"));
    }
}
