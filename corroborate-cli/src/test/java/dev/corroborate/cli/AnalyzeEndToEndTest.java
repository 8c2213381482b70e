package dev.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs {@code corroborate analyze} on the bundled demo corpus in a separate JVM and reads what it wrote. */
class AnalyzeEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void demoCorpusGivesReportWithEventsStorylinesAndStatements() throws Exception {
        Path demo = CliProcess.repositoryRoot().resolve("examples/demo");
        CliProcess.Result run = CliProcess.run(work, "analyze", demo.toString(), "--out", "report", "--store", "store");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("0 input(s) failed."), run.out());
        for (String file : List.of("report.html", "report.md", "analysis.json")) {
            assertTrue(Files.size(work.resolve("report").resolve(file)) > 1000, file);
        }
        JsonNode analysis = JSON.readTree(work.resolve("report/analysis.json").toFile());
        assertEquals(26, analysis.get("articles").size());
        assertTrue(analysis.get("storylines").size() >= 2, "storylines");
        assertTrue(analysis.get("events").size() >= 6, "events");
        for (JsonNode article : analysis.get("articles")) {
            String body = article.get("body").asText();
            for (JsonNode statement : article.get("statements")) {
                int start = statement.get("start").asInt();
                int end = statement.get("end").asInt();
                assertEquals(statement.get("text").asText(), body.substring(start, end), "offsets point into the body");
            }
        }
        String html = Files.readString(work.resolve("report/report.html"));
        assertTrue(html.contains("Who said what"));
        assertFalse(html.contains("<script src"), "the report is self-contained");
    }

    @Test
    void rerunAddsNothingTwiceAndNewPagesJoinTheStore() throws Exception {
        Path demo = CliProcess.repositoryRoot().resolve("examples/demo");
        Path half = work.resolve("half");
        Files.createDirectories(half);
        try (var pages = Files.list(demo)) {
            for (Path p : pages.sorted().limit(13).toList()) {
                Files.copy(p, half.resolve(p.getFileName()));
            }
        }
        CliProcess.Result first = CliProcess.run(work, "analyze", half.toString(), "--out", "r1", "--store", "store");
        assertEquals(0, first.exitCode(), first.err());
        CliProcess.Result second = CliProcess.run(work, "analyze", demo.toString(), "--out", "r2", "--store", "store");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("Analysed 13 new page(s)"), second.out());
        assertTrue(second.out().contains("13 already in the store"), second.out());

        CliProcess.Result fresh = CliProcess.run(work, "analyze", demo.toString(), "--out", "r3", "--store", "fresh");
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertEquals(groups(work.resolve("r3/analysis.json")), groups(work.resolve("r2/analysis.json")),
            "pages added in two runs group as they do in one");
    }

    @Test
    void killedRunLeavesAConsistentStoreThatTheNextRunCompletes() throws Exception {
        Path pages = work.resolve("pages");
        Files.createDirectories(pages);
        Path demo = CliProcess.repositoryRoot().resolve("examples/demo");
        List<Path> sources;
        try (var list = Files.list(demo)) {
            sources = list.sorted().toList();
        }
        for (int i = 0; i < 600; i++) {
            Path source = sources.get(i % sources.size());
            String marker = source.toString().endsWith(".html") ? "<!-- copy " + i + " -->\n" : "Ref " + i + "\n";
            Files.writeString(pages.resolve(i + "_" + source.getFileName()), marker + Files.readString(source));
        }
        Process process = CliProcess.start(work, "analyze", pages.toString(), "--out", "r1", "--store", "store",
            "--threads", "1");
        Path journal = work.resolve("store/articles.jsonl");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && (!Files.exists(journal) || Files.size(journal) < 200_000)) {
            Thread.sleep(20);
        }
        process.destroyForcibly().waitFor();

        CliProcess.Result next = CliProcess.run(work, "analyze", pages.toString(), "--out", "r2", "--store", "store");
        assertEquals(0, next.exitCode(), next.err());
        JsonNode analysis = JSON.readTree(work.resolve("r2/analysis.json").toFile());
        Set<String> ids = new HashSet<>();
        for (JsonNode article : analysis.get("articles")) {
            assertTrue(ids.add(article.get("id").asText()), "stored twice: " + article.get("id"));
        }
        assertEquals(600, ids.size());
    }

    private static String groups(Path analysisJson) throws Exception {
        JsonNode analysis = JSON.readTree(analysisJson.toFile());
        return analysis.get("events").toString() + analysis.get("storylines").toString();
    }
}
