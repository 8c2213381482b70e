package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFailure;
import dev.corroborate.core.PageFormat;

class WarcPagesTest {
    private static final Instant CAPTURED = Instant.parse("2025-03-04T10:15:30Z");
    private static final String FERRY = "<!DOCTYPE html><html><head><title>Ferry vote delayed</title></head><body>"
        + "<p>The Marden harbour board delayed its ferry vote on Monday.</p></body></html>";
    private static final String DAM = "<!DOCTYPE html><html><head><title>Dam sensors</title></head><body>"
        + "<p>Engineers at the Kessel Dam replaced two level sensors this week.</p></body></html>";

    @TempDir
    Path dir;

    private final PageReader reader = new PageReader();

    @Test
    void eachHtmlResponseBecomesAPageWithTheRecordsUrlDateAndOffset() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        WarcFixtures.write(warc, true, List.of(
            WarcFixtures.info(),
            WarcFixtures.request("https://ledger.example/2025/03/04/ferry-vote"),
            WarcFixtures.html("https://ledger.example/2025/03/04/ferry-vote", CAPTURED, "text/html; charset=utf-8",
                utf8(FERRY)),
            WarcFixtures.metadata("https://ledger.example/2025/03/04/ferry-vote"),
            WarcFixtures.html("https://ledger.example/logo.png", CAPTURED, "image/png", new byte[] {1, 2, 3}),
            WarcFixtures.response("https://ledger.example/gone", CAPTURED, "HTTP/1.1 404 Not Found",
                "Content-Type: text/html\r\nContent-Length: 9\r\n", utf8("not found")),
            WarcFixtures.html("https://post.example/dam-sensors", CAPTURED.plusSeconds(60), "application/xhtml+xml",
                utf8(DAM))));

        List<PageResult> results = reader.read(new InputFile(warc, "in/crawl.warc.gz"));

        assertEquals(2, results.size(), results.toString());
        Page ferry = loaded(results.get(0));
        Page dam = loaded(results.get(1));
        assertEquals("https://ledger.example/2025/03/04/ferry-vote", ferry.url());
        assertEquals(CAPTURED, ferry.fetched());
        assertEquals(PageFormat.HTML, ferry.format());
        assertEquals(FERRY, ferry.content());
        assertEquals(ContentHash.of(utf8(FERRY)), ferry.id());
        assertTrue(ferry.source().matches("in/crawl\\.warc\\.gz#\\d+"), ferry.source());
        assertNotEquals(ferry.source(), dam.source());
        assertEquals("https://post.example/dam-sensors", dam.url());
        assertEquals(CAPTURED.plusSeconds(60), dam.fetched());
    }

    @Test
    void theSourceOffsetIsWhereTheRecordStarts() throws IOException {
        Path warc = dir.resolve("plain.warc");
        WarcFixtures.write(warc, false, List.of(WarcFixtures.info(),
            WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY))));

        Page page = loaded(reader.read(new InputFile(warc, "plain.warc")).get(0));

        long offset = Long.parseLong(page.source().substring(page.source().indexOf('#') + 1));
        String atOffset = new String(Files.readAllBytes(warc), (int) offset, 8, StandardCharsets.US_ASCII);
        assertEquals("WARC/1.", atOffset.substring(0, 7));
        assertTrue(offset > 0);
    }

    @Test
    void samePageInAWarcAndAsAnHtmlFileHasOneId() throws IOException {
        Path warc = dir.resolve("one.warc");
        WarcFixtures.write(warc, false, List.of(
            WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY))));
        Path html = Files.writeString(dir.resolve("ferry.html"), FERRY);

        Page fromWarc = loaded(reader.read(new InputFile(warc, "one.warc")).get(0));
        Page fromFile = loaded(reader.read(new InputFile(html, "ferry.html")).get(0));

        assertEquals(fromFile.id(), fromWarc.id());
    }

    @Test
    void gzipContentEncodingAndChunkedTransferAreUndone() throws IOException {
        byte[] gzipped = gzip(utf8(FERRY));
        byte[] chunked = chunked(utf8(DAM), 17);
        Path warc = dir.resolve("encoded.warc.gz");
        WarcFixtures.write(warc, true, List.of(
            WarcFixtures.response("https://ledger.example/a", CAPTURED, "HTTP/1.1 200 OK",
                "Content-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: " + gzipped.length + "\r\n",
                gzipped),
            WarcFixtures.response("https://post.example/b", CAPTURED, "HTTP/1.1 200 OK",
                "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", chunked)));

        List<PageResult> results = reader.read(new InputFile(warc, "encoded.warc.gz"));

        assertEquals(FERRY, loaded(results.get(0)).content());
        assertEquals(DAM, loaded(results.get(1)).content());
        assertEquals(ContentHash.of(utf8(FERRY)), loaded(results.get(0)).id());
    }

    @Test
    void anUnsupportedContentEncodingFailsThatRecordOnly() throws IOException {
        Path warc = dir.resolve("brotli.warc");
        WarcFixtures.write(warc, false, List.of(
            WarcFixtures.response("https://ledger.example/br", CAPTURED, "HTTP/1.1 200 OK",
                "Content-Type: text/html\r\nContent-Encoding: br\r\nContent-Length: 4\r\n", new byte[] {1, 2, 3, 4}),
            WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY))));

        List<PageResult> results = reader.read(new InputFile(warc, "brotli.warc"));

        assertEquals(2, results.size(), results.toString());
        assertTrue(failed(results.get(0)).reason().contains("record 1"), results.toString());
        assertTrue(failed(results.get(0)).reason().contains("Brotli"), results.toString());
        assertEquals(FERRY, loaded(results.get(1)).content());
    }

    @Test
    void theHttpCharsetDecidesWhenTheDocumentDeclaresNone() throws IOException {
        String greek = "<html><body><p>Η γέφυρα άνοιξε ξανά.</p></body></html>";
        Path warc = dir.resolve("greek.warc");
        WarcFixtures.write(warc, false, List.of(WarcFixtures.html("https://kathimerini.example/a", CAPTURED,
            "text/html; charset=ISO-8859-7", greek.getBytes(Charset.forName("ISO-8859-7")))));

        assertEquals(greek, loaded(reader.read(new InputFile(warc, "greek.warc")).get(0)).content());
    }

    @Test
    void aTruncatedWarcGzKeepsTheRecordsBeforeTheCutAndNamesTheDamagedOne() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        WarcFixtures.write(whole, true, List.of(
            WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY)),
            WarcFixtures.html("https://post.example/b", CAPTURED, "text/html", utf8(DAM)),
            WarcFixtures.html("https://post.example/c", CAPTURED, "text/html", utf8(DAM.replace("two", "four")))));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 60));

        List<PageResult> results = reader.read(new InputFile(cut, "cut.warc.gz"));

        assertEquals(3, results.size(), results.toString());
        assertEquals(FERRY, loaded(results.get(0)).content());
        assertEquals(DAM, loaded(results.get(1)).content());
        PageFailure failure = failed(results.get(2));
        assertTrue(failure.source().startsWith("cut.warc.gz"), failure.toString());
        assertTrue(failure.reason().contains("record 3"), failure.toString());
    }

    @Test
    void aTruncatedPlainWarcGivesOneFailureAfterItsWholeRecords() throws IOException {
        Path whole = dir.resolve("whole.warc");
        WarcFixtures.write(whole, false, List.of(
            WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY)),
            WarcFixtures.html("https://post.example/b", CAPTURED, "text/html", utf8(DAM))));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 40));

        List<PageResult> results = reader.read(new InputFile(cut, "cut.warc"));

        assertEquals(2, results.size(), results.toString());
        assertEquals(FERRY, loaded(results.get(0)).content());
        assertTrue(failed(results.get(1)).reason().contains("record 2"), results.get(1).toString());
    }

    @Test
    void aFileThatIsNoWarcGetsOneClearFailure() throws IOException {
        Path bogus = Files.writeString(dir.resolve("notes.warc"), "These are field notes, not an archive.\n");

        List<PageResult> results = reader.read(new InputFile(bogus, "notes.warc"));

        assertEquals(1, results.size(), results.toString());
        PageFailure failure = failed(results.get(0));
        assertEquals("notes.warc", failure.source().replaceFirst("#.*", ""));
        assertTrue(failure.reason().contains("WARC"), failure.toString());
    }

    @Test
    void anArchiveWithoutHtmlSaysSoOnce() throws IOException {
        Path warc = dir.resolve("images.warc.gz");
        WarcFixtures.write(warc, true, List.of(WarcFixtures.info(),
            WarcFixtures.html("https://ledger.example/logo.png", CAPTURED, "image/png", new byte[] {1, 2, 3})));

        List<PageResult> results = reader.read(new InputFile(warc, "images.warc.gz"));

        assertEquals(1, results.size());
        assertTrue(failed(results.get(0)).reason().contains("no HTML response record among its 2"),
            results.toString());
    }

    @Test
    void aRecordOverThePageLimitIsRefusedAndTheNextOneStillRead() throws IOException {
        String big = "<html><body><p>" + "Long council minutes. ".repeat(200) + "</p></body></html>";
        Path warc = dir.resolve("big.warc");
        WarcFixtures.write(warc, false, List.of(
            WarcFixtures.html("https://ledger.example/big", CAPTURED, "text/html", utf8(big)),
            WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY))));

        List<PageResult> results = new PageReader(1024).read(new InputFile(warc, "big.warc"));

        assertEquals(2, results.size(), results.toString());
        assertTrue(failed(results.get(0)).reason().contains("too large"), results.toString());
        assertEquals(FERRY, loaded(results.get(1)).content());
    }

    @Test
    void aGzipBombInsideARecordStopsAtThePageLimit() throws IOException {
        byte[] bomb = gzip(new byte[4 * 1024 * 1024]);
        Path warc = dir.resolve("bomb.warc");
        WarcFixtures.write(warc, false, List.of(WarcFixtures.response("https://ledger.example/z", CAPTURED,
            "HTTP/1.1 200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
                + bomb.length + "\r\n", bomb)));

        List<PageResult> results = new PageReader(64 * 1024).read(new InputFile(warc, "bomb.warc"));

        assertTrue(failed(results.get(0)).reason().contains("limit"), results.toString());
    }

    @Test
    void anArchiveCutAtAnyByteNeverThrowsAndKeepsEveryRecordBeforeTheCut() throws IOException {
        for (boolean gzip : new boolean[] {true, false}) {
            Path whole = dir.resolve(gzip ? "whole.warc.gz" : "whole.warc");
            WarcFixtures.write(whole, gzip, List.of(WarcFixtures.info(),
                WarcFixtures.html("https://ledger.example/a", CAPTURED, "text/html", utf8(FERRY)),
                WarcFixtures.html("https://post.example/b", CAPTURED, "text/html", utf8(DAM))));
            byte[] bytes = Files.readAllBytes(whole);
            for (int cut = 0; cut < bytes.length; cut += 23) {
                Path part = Files.write(dir.resolve("part" + (gzip ? ".warc.gz" : ".warc")), Arrays.copyOf(bytes, cut));

                List<PageResult> results = reader.read(new InputFile(part, "part"));

                String where = (gzip ? "gzip" : "plain") + " cut at " + cut + ": " + results;
                assertTrue(!results.isEmpty(), where);
                long failures = results.stream().filter(r -> r instanceof PageResult.Failed).count();
                assertTrue(failures <= 1, where);
                for (PageResult result : results) {
                    if (result instanceof PageResult.Loaded page) {
                        assertTrue(page.page().content().equals(FERRY) || page.page().content().equals(DAM), where);
                    }
                }
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] chunked(byte[] body, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += size) {
            int n = Math.min(size, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static Page loaded(PageResult result) {
        return assertInstanceOf(PageResult.Loaded.class, result, result.toString()).page();
    }

    private static PageFailure failed(PageResult result) {
        return assertInstanceOf(PageResult.Failed.class, result, result.toString()).failure();
    }
}
