package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFailure;
import dev.corroborate.core.PageFormat;

class PageReaderTest {
    private static final String VELORIA_HTML = "<!DOCTYPE html><html><head><title>Ferry strike</title></head>"
        + "<body><p>Ferry crews in Veloria walked out on Monday.</p></body></html>";

    @TempDir
    Path dir;

    private final PageReader reader = new PageReader();

    // --- decoding ---

    @Test
    void utf8WithByteOrderMarkDropsTheMarkAndKeepsAccents() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = write("bom.txt", concat(bom, "Zoë Ménard met the mayor of Kørsund.".getBytes(StandardCharsets.UTF_8)));

        Page page = loaded(reader.read(new InputFile(file, "bom.txt")));

        assertEquals("Zoë Ménard met the mayor of Kørsund.", page.content());
        assertEquals(PageFormat.TEXT, page.format());
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecodedNotCalledBinary() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path file = write("wide.txt", concat(bom, "Veloria’s harbour reopens – at last.".getBytes(StandardCharsets.UTF_16LE)));

        Page page = loaded(reader.read(new InputFile(file, "wide.txt")));

        assertEquals("Veloria’s harbour reopens – at last.", page.content());
    }

    @Test
    void windows1252PageDeclaredByMetaCharsetIsDecodedWithThatCharset() throws IOException {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 owners in Mard\u00e9n "
            + "paid \u20ac40 \u2013 \u201cfar too much\u201d.</p></body></html>";
        Path file = write("latin.html", html.getBytes(Charset.forName("windows-1252")));

        Page page = loaded(reader.read(new InputFile(file, "latin.html")));

        assertEquals(html, page.content());
        assertEquals(PageFormat.HTML, page.format());
    }

    @Test
    void invalidUtf8BytesInAUtf8PageBecomeReplacementCharacters() throws IOException {
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body>Oska ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] tail = " Valley</body></html>".getBytes(StandardCharsets.UTF_8);
        Path file = write("broken.html", concat(head, broken, tail));

        Page page = loaded(reader.read(new InputFile(file, "broken.html")));

        assertEquals("<html><head><meta charset=\"utf-8\"></head><body>Oska \uFFFD(\uFFFD Valley</body></html>",
            page.content());
    }

    @Test
    void undeclaredBytesThatAreNotUtf8FallBackToWindows1252() throws IOException {
        byte[] bytes = "Caf\u00e9 r\u00e9ouvert \u2013 Marden".getBytes(Charset.forName("windows-1252"));
        Path file = write("old.txt", bytes);

        Page page = loaded(reader.read(new InputFile(file, "old.txt")));

        assertEquals("Caf\u00e9 r\u00e9ouvert \u2013 Marden", page.content());
    }

    // --- refusals ---

    @Test
    void binaryFileIsAFailureNotAPage() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 0};
        Path file = write("photo.html", png);

        PageFailure failure = failed(reader.read(new InputFile(file, "in/photo.html")));

        assertEquals("in/photo.html", failure.source());
        assertEquals("binary file, not text or HTML", failure.reason());
        assertTrue(failure.reason().startsWith("binary"));
    }

    @Test
    void emptyFileIsAFailure() throws IOException {
        Path file = write("empty.txt", new byte[0]);

        PageFailure failure = failed(reader.read(new InputFile(file, "empty.txt")));

        assertEquals(new PageFailure("empty.txt", "empty file"), failure);
    }

    @Test
    void whitespaceOnlyFileIsAnEmptyFile() throws IOException {
        Path file = write("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII));

        PageFailure failure = failed(reader.read(new InputFile(file, "blank.txt")));

        assertEquals("empty file", failure.reason());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        byte[] big = new byte[4096];
        Arrays.fill(big, (byte) 'a');
        Path file = write("big.txt", big);

        PageFailure failure = failed(new PageReader(1024).read(new InputFile(file, "big.txt")));

        assertEquals("big.txt", failure.source());
        assertTrue(failure.reason().startsWith("file too large"), failure.reason());
    }

    @Test
    void gzipThatInflatesOverTheSizeLimitIsRefused() throws IOException {
        byte[] big = new byte[8192];
        Arrays.fill(big, (byte) 'a');
        Path file = write("big.html.gz", gzip(big));
        assertTrue(Files.size(file) < 1024, "the compressed file itself is under the limit");

        PageFailure failure = failed(new PageReader(1024).read(new InputFile(file, "big.html.gz")));

        assertTrue(failure.reason().startsWith("file too large"), failure.reason());
    }

    @Test
    void unreadableFileIsAPermissionFailure() throws IOException {
        Path file = write("locked.txt", "The Marden council met on Friday.".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read any file (root)");

        PageFailure failure = failed(reader.read(new InputFile(file, "locked.txt")));

        assertEquals(new PageFailure("locked.txt", "cannot read: permission denied"), failure);
    }

    @Test
    void fileThatVanishedIsAFailure() {
        PageFailure failure = failed(reader.read(new InputFile(dir.resolve("gone.txt"), "gone.txt")));

        assertEquals("gone.txt", failure.source());
        assertTrue(failure.reason().startsWith("cannot read"), failure.reason());
    }

    // --- gzip ---

    @Test
    void gzippedHtmlIsInflatedAndReadAsHtml() throws IOException {
        Path file = write("strike.html.gz", gzip(VELORIA_HTML.getBytes(StandardCharsets.UTF_8)));

        Page page = loaded(reader.read(new InputFile(file, "strike.html.gz")));

        assertEquals(VELORIA_HTML, page.content());
        assertEquals(PageFormat.HTML, page.format());
        assertEquals(ContentHash.of(VELORIA_HTML.getBytes(StandardCharsets.UTF_8)), page.id(),
            "the id is the hash of the page, not of its compressed form");
    }

    @Test
    void truncatedGzipIsAFailureMentioningGzip() throws IOException {
        byte[] whole = gzip(VELORIA_HTML.repeat(20).getBytes(StandardCharsets.UTF_8));
        Path file = write("cut.html.gz", Arrays.copyOf(whole, whole.length / 2));

        PageFailure failure = failed(reader.read(new InputFile(file, "cut.html.gz")));

        assertEquals(new PageFailure("cut.html.gz", "truncated or corrupt gzip data"), failure);
    }

    // --- formats ---

    @Test
    void textFileThatIsReallyHtmlIsReadAsHtml() throws IOException {
        Path file = write("saved.txt", VELORIA_HTML.getBytes(StandardCharsets.UTF_8));

        assertEquals(PageFormat.HTML, loaded(reader.read(new InputFile(file, "saved.txt"))).format());
    }

    @Test
    void plainPageHasNoUrlAndNoFetchTime() throws IOException {
        Path file = write("dump.txt", "Ferry crews in Veloria walked out on Monday.\n".getBytes(StandardCharsets.UTF_8));

        Page page = loaded(reader.read(new InputFile(file, "dump.txt")));

        assertEquals("dump.txt", page.source());
        assertNull(page.url());
        assertNull(page.fetched());
        assertEquals(PageFormat.TEXT, page.format());
    }

    // --- JSONL ---

    @Test
    void jsonlGivesOnePagePerLineAndNamesTheBrokenLine() throws IOException {
        String jsonl = """
            {"url":"https://marden-ledger.example/ferry","html":"<html><body><p>Ferries stopped.</p></body></html>","fetched":"2025-03-04T10:12:00Z"}
            {"url":"https://oskavalleypost.example/dam","text":"The Oska dam is full.","fetched":"2025-03-05T08:00:00+02:00"}
            {"url":"https://broken.example/", "text": "unterminated
            """;
        Path file = write("crawl.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

        List<PageResult> results = reader.read(new InputFile(file, "crawl.jsonl"));

        assertEquals(3, results.size());
        Page first = assertInstanceOf(PageResult.Loaded.class, results.get(0)).page();
        assertEquals("crawl.jsonl#1", first.source());
        assertEquals("https://marden-ledger.example/ferry", first.url());
        assertEquals(Instant.parse("2025-03-04T10:12:00Z"), first.fetched());
        assertEquals(PageFormat.HTML, first.format());
        assertEquals("<html><body><p>Ferries stopped.</p></body></html>", first.content());

        Page second = assertInstanceOf(PageResult.Loaded.class, results.get(1)).page();
        assertEquals("crawl.jsonl#2", second.source());
        assertEquals("https://oskavalleypost.example/dam", second.url());
        assertEquals(Instant.parse("2025-03-05T06:00:00Z"), second.fetched());
        assertEquals(PageFormat.TEXT, second.format());
        assertEquals("The Oska dam is full.", second.content());

        PageFailure third = assertInstanceOf(PageResult.Failed.class, results.get(2)).failure();
        assertEquals("crawl.jsonl#3", third.source());
        assertTrue(third.reason().startsWith("invalid JSON"), third.reason());
    }

    @Test
    void jsonlLineNumbersCountBlankLines() throws IOException {
        String jsonl = "\n{\"text\":\"The Oska dam is full.\"}\n\n{\"text\":\"The Marden bridge is shut.\"}\n";
        Path file = write("gaps.jsonl", jsonl.getBytes(StandardCharsets.UTF_8));

        List<PageResult> results = reader.read(new InputFile(file, "gaps.jsonl"));

        assertEquals(List.of("gaps.jsonl#2", "gaps.jsonl#4"),
            results.stream().map(r -> assertInstanceOf(PageResult.Loaded.class, r).page().source()).toList());
    }

    @Test
    void jsonlLineWithoutHtmlOrTextIsAFailure() throws IOException {
        Path file = write("nofield.jsonl", "{\"url\":\"https://marden-ledger.example/x\"}\n".getBytes(StandardCharsets.UTF_8));

        List<PageResult> results = reader.read(new InputFile(file, "nofield.jsonl"));

        assertEquals(List.of(PageResult.failed("nofield.jsonl#1", "no \"html\" or \"text\" field")), results);
    }

    @Test
    void jsonlFetchTimeThatIsNotADateIsLeftOut() throws IOException {
        Path file = write("when.jsonl", "{\"text\":\"The Oska dam is full.\",\"fetched\":\"yesterday\"}\n"
            .getBytes(StandardCharsets.UTF_8));

        assertNull(loaded(reader.read(new InputFile(file, "when.jsonl"))).fetched());
    }

    // --- identity ---

    @Test
    void sameContentHasTheSameIdWhateverTheFileName() throws IOException {
        byte[] bytes = "Ferry crews in Veloria walked out on Monday.".getBytes(StandardCharsets.UTF_8);
        Path a = write("a.txt", bytes);
        Path b = write("copy-of-a.txt", bytes);

        Page first = loaded(reader.read(new InputFile(a, "a.txt")));
        Page second = loaded(reader.read(new InputFile(b, "copy-of-a.txt")));

        assertEquals(first.id(), second.id());
        assertEquals(ContentHash.of(bytes), first.id());
    }

    @Test
    void differentContentHasADifferentId() throws IOException {
        Page first = loaded(reader.read(new InputFile(write("a.txt", "The Oska dam is full.".getBytes(StandardCharsets.UTF_8)), "a.txt")));
        Page second = loaded(reader.read(new InputFile(write("b.txt", "The Oska dam is empty.".getBytes(StandardCharsets.UTF_8)), "b.txt")));

        assertFalse(first.id().equals(second.id()));
    }

    @Test
    void contentHashIsSixteenHexDigitsOfSha256() {
        assertEquals("e3b0c44298fc1c14", ContentHash.of(new byte[0]));
        assertEquals("ba7816bf8f01cfea", ContentHash.of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    // --- helpers ---

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static Page loaded(List<PageResult> results) {
        assertEquals(1, results.size(), results.toString());
        return assertInstanceOf(PageResult.Loaded.class, results.get(0)).page();
    }

    private static PageFailure failed(List<PageResult> results) {
        assertEquals(1, results.size(), results.toString());
        return assertInstanceOf(PageResult.Failed.class, results.get(0)).failure();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
