package dev.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code analyze} on a folder of WARC archives, feeds and HTML: archive records and feed items become articles with
 * their URLs and dates, a capture date overrules a publication date after it, the same bytes in an archive and a
 * file are stored once, and a cut archive or a teaser item is one named line on stderr.
 */
class ArchiveAndFeedEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant CAPTURED = Instant.parse("2024-05-03T06:00:00Z");
    private static final String PIER = """
        <!DOCTYPE html><html><head><title>Pier repairs start a month early</title>
        <meta property="article:published_time" content="2029-01-01T00:00:00Z"></head><body><article>
        <h1>Pier repairs start a month early</h1>
        <p>Repairs to the old pier at Halvik began on Thursday, a month earlier than planned, after a dry spring let \
        the contractor bring its barge in ahead of the summer ferries.</p>
        <p>Harbour master Sven Adler said the pier would stay open to walkers on weekends. "Nobody loses their Sunday \
        walk," Adler said, adding that the work should be finished by the end of August.</p>
        </article></body></html>
        """;
    private static final String MARKET = """
        <!DOCTYPE html><html><head><title>Fish market moves indoors</title></head><body><main>
        <h1>Fish market moves indoors</h1>
        <p>The Saturday fish market in Halvik will move into the old rope works from June, the town council decided \
        on Wednesday, ending forty years of trading on the open quay.</p>
        <p>Stallholders had asked for a roof after two winters of storms cost them most of their trading days.</p>
        </main></body></html>
        """;

    @TempDir
    Path work;

    @Test
    void archivesAndFeedsBecomeArticlesWithTheirUrlsAndDates() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Path examples = CliProcess.repositoryRoot().resolve("examples/inputs");
        Files.copy(examples.resolve("valley-crawl.warc.gz"), in.resolve("valley-crawl.warc.gz"));
        Files.copy(examples.resolve("lantern-science.rss"), in.resolve("lantern-science.rss"));
        Path halvik = in.resolve("halvik.warc.gz");
        writeWarc(halvik);
        byte[] whole = Files.readAllBytes(halvik);
        Files.write(in.resolve("halvik-cut.warc.gz"), Arrays.copyOf(whole, whole.length - 50));
        Files.writeString(in.resolve("pier-copy.html"), PIER);

        CliProcess.Result run = CliProcess.run(work, "analyze", in.toString(), "--out", "report", "--store", "store");

        assertEquals(0, run.exitCode(), run.err());
        Map<String, JsonNode> byUrl = new HashMap<>();
        for (JsonNode article : JSON.readTree(work.resolve("report/analysis.json").toFile()).get("articles")) {
            byUrl.put(article.path("url").asText(), article);
        }
        assertEquals(6, byUrl.size(), byUrl.keySet().toString());
        JsonNode pier = byUrl.get("https://halvik.example/2024/05/02/pier-repairs");
        assertTrue(pier.get("published").asText().startsWith("2024-05-02"), "URL date, not the date after the capture");
        assertEquals("halvik.example", pier.get("outlet").asText());
        JsonNode delta = byUrl.get("https://lanternscience.example/space/lark2-oska-delta");
        assertEquals("Lark-2 maps the Oska delta in a single pass", delta.get("title").asText());
        assertTrue(delta.get("published").asText().startsWith("2025-10-16"), delta.toString());
        assertEquals("Lantern Science", delta.get("outlet").asText());
        assertTrue(byUrl.containsKey("https://oskavalleypost.example/2025/10/11/tarrow-library-reopens"));

        assertTrue(run.err().lines().anyMatch(l -> l.contains("lantern-science.rss#item-3") && l.contains("no article")),
            run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("halvik-cut.warc.gz")).count(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.contains("halvik-cut.warc.gz") && l.contains("record 2")),
            run.err());
        assertTrue(run.out().strip().endsWith("2 input(s) failed."), run.out());
    }

    private static void writeWarc(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            writer.write(response("https://halvik.example/2024/05/02/pier-repairs", PIER));
            writer.write(response("https://halvik.example/council/fish-market", MARKET));
        }
    }

    private static WarcResponse response(String url, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream http = new ByteArrayOutputStream();
        http.writeBytes(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
            + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        http.writeBytes(body);
        return new WarcResponse.Builder(url).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http.toByteArray()).build();
    }
}
