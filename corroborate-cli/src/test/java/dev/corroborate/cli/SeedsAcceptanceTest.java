package dev.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The acceptance case of PRODUCT.md on the five real seed pages in {@code ../shared/corpus/seeds}, run through the
 * real CLI when that folder is present. Titles and body ends are checked by hash, so no seed text is kept here.
 * Run alone: {@code ./mvnw -pl corroborate-cli -am verify -Dtest=SeedsAcceptanceTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIf("seedsPresent")
class SeedsAcceptanceTest {
    /** SHA-256 prefixes of the title, the body's first 40 and last 40 characters. */
    private record Expected(String title, String bodyStart, String bodyEnd) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
        "000", new Expected("a87307ef0b5456f6", "7fc176057abfe495", "52257de17c04b2c2"),
        "001", new Expected("ea65512c4c02e433", "a328e0bee932be5a", "d93235adfff0a717"),
        "002", new Expected("a28afdfb9346a3df", "0d891d3fc7ae4467", "1f3b1b7ff2ef6c93"),
        "003", new Expected("96aed07da89cf75d", "c789337c924c5bb0", "1b768d06b0087499"),
        "004", new Expected("3d7bce8eda29ad15", "e61f760faacbaa17", "5a66841c0c01e3d9"));
    /** Site furniture the seed pages carry around their articles. */
    private static final List<String> BOILERPLATE = List.of("Subscribe", "indicates required", "\nAD", "Related",
        "Photo via", "Getty Images", "Home /", "Become a", "news desk", "min read", "News Feed", "Copyright",
        "newsletter", "Skip to content", "ad blocker", "Ctrl + Enter", "Editors' Picks");

    @TempDir
    Path work;

    static boolean seedsPresent() {
        return Files.isDirectory(seeds());
    }

    private static Path seeds() {
        return CliProcess.repositoryRoot().resolve("../shared/corpus/seeds").normalize();
    }

    @Test
    void seedsGiveTheEventsStorylineTitlesAndSpeakersOfTheWorkedExample() throws Exception {
        CliProcess.Result run = CliProcess.run(work, "analyze", seeds().toString(), "--out", "out", "--store", "store");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode analysis = new ObjectMapper().readTree(work.resolve("out/analysis.json").toFile());

        Map<String, String> seedOf = new HashMap<>();
        Map<String, JsonNode> articles = new HashMap<>();
        for (JsonNode a : analysis.get("articles")) {
            String seed = Path.of(a.get("source").asText()).getFileName().toString().substring(0, 3);
            seedOf.put(a.get("id").asText(), seed);
            articles.put(seed, a);
        }
        assertEquals(Set.of("000", "001", "002", "003", "004"), articles.keySet());

        Set<String> events = new TreeSet<>();
        for (JsonNode e : analysis.get("events")) {
            List<String> members = new ArrayList<>();
            e.get("articles").forEach(id -> members.add(seedOf.get(id.asText())));
            events.add(String.join("+", new TreeSet<>(members)));
        }
        assertEquals(new TreeSet<>(List.of("000+001", "002", "003", "004")), events);
        assertEquals(1, analysis.get("storylines").size(), "one storyline joins all five");

        for (var entry : EXPECTED.entrySet()) {
            JsonNode a = articles.get(entry.getKey());
            String body = a.get("body").asText();
            assertEquals(entry.getValue().title(), sha(a.get("title").asText()), entry.getKey() + " title");
            assertEquals(entry.getValue().bodyStart(), sha(body.substring(0, 40)), entry.getKey() + " body start");
            assertEquals(entry.getValue().bodyEnd(), sha(body.substring(body.length() - 40)), entry.getKey() + " body end");
            for (String furniture : BOILERPLATE) {
                assertFalse(body.contains(furniture), entry.getKey() + " body holds \"" + furniture + "\"");
            }
        }
        assertTrue(articles.get("000").get("published").asText().startsWith("2023-11-14"));
        assertTrue(articles.get("001").get("published").asText().startsWith("2023-11-14"));

        assertSpeaks(articles, "Jens Stoltenberg", "000", "001", "004");
        assertSpeaks(articles, "Vedant Patel", "000");
        assertSpeaks(articles, "Mark Rutte", "002");
        assertSpeaks(articles, "Volodymyr Zelensky", "003", "004");
        assertEquals(Boolean.FALSE, articles.get("003").get("headline_supported").booleanValue());
        assertWhoSaidWhatAndWhen(articles);
    }

    /** The speaker, role and date bars of the worked example (PRODUCT.md). */
    private static void assertWhoSaidWhatAndWhen(Map<String, JsonNode> articles) {
        // in 001 the pronoun and the bare role stand for the Secretary General the article named
        Set<String> mentions = new TreeSet<>();
        for (JsonNode s : articles.get("001").get("statements")) {
            String mention = s.get("speaker_mention").asText();
            if (mention.equalsIgnoreCase("he") || mention.equals("The NATO Secretary General")) {
                mentions.add(mention.toLowerCase(Locale.ROOT));
                assertEquals("Jens Stoltenberg", s.get("speaker").asText(), "001 \"" + mention + "\"");
            }
        }
        assertEquals(Set.of("he", "the nato secretary general"), mentions);

        assertSpeaks(articles, "Mircea Joane", "003");
        boolean deputy = false;
        for (JsonNode p : articles.get("003").get("people")) {
            if (p.get("name").asText().equals("Mircea Joane")) {
                deputy = p.get("roles").toString().contains("\"NATO Deputy Secretary General\"");
            }
        }
        assertTrue(deputy, "Mircea Joane, kept as written, holds the role NATO Deputy Secretary General");

        int patel = 0;
        for (JsonNode s : articles.get("000").get("statements")) {
            if (s.get("speaker").asText().equals("Vedant Patel")) {
                patel++;
                assertEquals("2023-11-07", s.get("said_on").asText(), "Patel's statement: " + s.get("text").asText());
            }
        }
        assertTrue(patel >= 2, "Patel's two statements, found " + patel);

        for (JsonNode s : articles.get("002").get("statements")) {
            assertFalse(s.get("said_on").asText().startsWith("2023"), "002 dates a statement to 2023: " + s);
        }
    }

    private static void assertSpeaks(Map<String, JsonNode> articles, String speaker, String... seeds) {
        for (String seed : seeds) {
            boolean found = false;
            for (JsonNode s : articles.get(seed).get("statements")) {
                found |= s.get("speaker").asText().equals(speaker);
            }
            assertTrue(found, speaker + " speaks in " + seed);
        }
    }

    private static String sha(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }
}
