package dev.corroborate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {
    private final String json = new JsonReport().render(ReportFixtures.analysis());
    private final JsonNode root = parse(json);

    private static JsonNode parse(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelKeysInOrder() {
        assertEquals(List.of("articles", "events", "storylines", "coverage", "copies"), keys(root));
    }

    @Test
    void articleCarriesTheStableKeys() {
        JsonNode article = root.get("articles").get(0);
        assertTrue(keys(article).containsAll(List.of("id", "source", "title", "published", "outlet", "authors",
                "language", "body", "statements", "headline_supported", "headline_reason")), keys(article).toString());
        assertEquals(ReportFixtures.GAZETTE_ID, article.get("id").asText());
        assertEquals("pages/gazette.txt", article.get("source").asText());
        assertEquals("2023-11-14T14:50:00+01:00", article.get("published").asText());
        assertEquals("The Harbour Gazette", article.get("outlet").asText());
        assertEquals("Jo Marsh", article.get("authors").get(0).asText());
        assertEquals("en", article.get("language").asText());
        assertEquals(ReportFixtures.GAZETTE_BODY, article.get("body").asText());
        assertTrue(article.get("headline_supported").asBoolean());
    }

    @Test
    void missingPublishedIsNullAndUnsupportedHeadlineIsFalse() {
        JsonNode ledger = root.get("articles").get(1);
        assertTrue(ledger.has("published"));
        assertTrue(ledger.get("published").isNull());
        assertTrue(ledger.get("url").isNull());
        assertTrue(ledger.get("headline_supported").isBoolean());
        assertFalse(ledger.get("headline_supported").asBoolean());
        assertEquals("“cancels” and “project” do not occur in the body", ledger.get("headline_reason").asText());
    }

    @Test
    void statementsCarryTextOffsetsAndKind() {
        JsonNode article = root.get("articles").get(0);
        String body = article.get("body").asText();
        JsonNode direct = article.get("statements").get(0);
        assertEquals("Ana Reyes", direct.get("speaker").asText());
        assertEquals("Reyes", direct.get("speaker_mention").asText());
        assertEquals("direct", direct.get("kind").asText());
        assertEquals("said", direct.get("cue").asText());
        assertEquals("The bridge will reopen in March", direct.get("text").asText());
        assertEquals(direct.get("text").asText(),
                body.substring(direct.get("start").asInt(), direct.get("end").asInt()));
        assertEquals("\"The bridge will reopen in March,\" Reyes said.",
                body.substring(direct.get("sentence_start").asInt(), direct.get("sentence_end").asInt()));
        assertTrue(direct.get("said_on").isNull());
        assertTrue(direct.get("said_on_text").isNull());

        JsonNode reported = article.get("statements").get(1);
        assertEquals("reported", reported.get("kind").asText());
        assertEquals("She", reported.get("speaker_mention").asText());

        JsonNode dated = root.get("articles").get(1).get("statements").get(0);
        assertEquals("2023-11-13", dated.get("said_on").asText());
        assertEquals("on Nov. 13", dated.get("said_on_text").asText());
    }

    @Test
    void articlesListTheirOrganisationsAndPlacesApart() {
        JsonNode gazette = root.get("articles").get(0);
        JsonNode board = gazette.get("organisations").get(0);
        assertEquals("Harbour Transit Board", board.get("name").asText());
        assertEquals("HTB", board.get("aliases").get(0).asText());
        assertEquals(2, board.get("mentions").asInt());
        assertEquals(1, gazette.get("organisations").size());
        assertEquals("Marden", gazette.get("places").get(0).get("name").asText());
        assertEquals(0, root.get("articles").get(1).get("places").size());
    }

    @Test
    void eventsAndStorylinesListIdsAndWhy() {
        JsonNode event = root.get("events").get(0);
        assertEquals(List.of("id", "title", "storyline", "date", "articles", "why", "named"), keys(event));
        assertEquals(ReportFixtures.EVENT_ID, event.get("id").asText());
        assertEquals(ReportFixtures.STORYLINE_ID, event.get("storyline").asText());
        assertEquals("2023-11-14", event.get("date").asText());
        assertEquals(ReportFixtures.LEDGER_ID, event.get("articles").get(1).asText());
        assertEquals(2, event.get("why").size());

        JsonNode widest = event.get("named").get(0);
        assertEquals("Harbour Transit Board", widest.get("name").asText());
        assertEquals("organisation", widest.get("kind").asText());
        assertEquals(2, widest.get("articles").asInt());
        assertEquals("Marden", event.get("named").get(1).get("name").asText());

        JsonNode storyline = root.get("storylines").get(0);
        assertEquals(List.of("id", "title", "events", "why"), keys(storyline));
        assertEquals(ReportFixtures.EVENT_ID, storyline.get("events").get(0).asText());
    }

    @Test
    void coverageListsClaimsWithSupportAndEvidence() {
        JsonNode coverage = root.get("coverage").get(0);
        assertEquals(ReportFixtures.EVENT_ID, coverage.get("event").asText());
        JsonNode corroborated = coverage.get("claims").get(0);
        assertEquals("corroborated", corroborated.get("support").asText());
        assertEquals("Ana Reyes", corroborated.get("speaker").asText());
        assertEquals("The bridge will reopen in March", corroborated.get("summary").asText());
        JsonNode evidence = corroborated.get("evidence").get(1);
        assertEquals(List.of("article", "outlet", "start", "end", "text", "copy_of"), keys(evidence));
        assertTrue(evidence.get("copy_of").isNull());
        assertEquals(2, corroborated.get("source_count").asInt());
        assertEquals(ReportFixtures.LEDGER_ID, evidence.get("article").asText());
        assertEquals("Northern Ledger", evidence.get("outlet").asText());
        assertEquals(evidence.get("text").asText(),
                ReportFixtures.LEDGER_BODY.substring(evidence.get("start").asInt(), evidence.get("end").asInt()));
        assertEquals("single_source", coverage.get("claims").get(1).get("support").asText());
    }

    @Test
    void copiesAreListedAndTheirEvidencePointsToTheOriginal() {
        JsonNode withCopy = parse(new JsonReport().render(ReportFixtures.analysisWithLedgerAsCopy()));

        assertEquals(0, root.get("copies").size());
        JsonNode link = withCopy.get("copies").get(0);
        assertEquals(List.of("article", "original", "similarity"), keys(link));
        assertEquals(ReportFixtures.LEDGER_ID, link.get("article").asText());
        assertEquals(ReportFixtures.GAZETTE_ID, link.get("original").asText());
        JsonNode claim = withCopy.get("coverage").get(0).get("claims").get(0);
        assertEquals(2, claim.get("article_count").asInt());
        assertEquals(1, claim.get("source_count").asInt());
        assertEquals(ReportFixtures.GAZETTE_ID, claim.get("evidence").get(1).get("copy_of").asText());
    }

    @Test
    void prettyPrintedWithUnixLineEnds() {
        assertTrue(json.startsWith("{\n  \"articles\": ["), json.substring(0, 40));
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void sameAnalysisGivesIdenticalOutput() {
        assertEquals(json, new JsonReport().render(ReportFixtures.analysis()));
    }
}
