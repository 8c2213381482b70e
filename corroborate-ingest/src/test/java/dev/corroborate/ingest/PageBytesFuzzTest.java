package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the byte path of ingestion: charset sniffing and decoding of any bytes, and
 * reading any bytes as a gzipped HTML file. Bad bytes must become text or a per-file failure, never an exception.
 * A plain build replays the committed inputs under {@code PageBytesFuzzTestInputs}; {@code ./mvnw verify} also
 * fuzzes it for a bounded time in a JVM of its own. While fuzzing, an input that runs
 * over 10 seconds is a finding (libFuzzer's -timeout, set in the pom).
 */
class PageBytesFuzzTest {
    private final TextDecoder decoder = new TextDecoder();
    private final PageReader reader = new PageReader(1024 * 1024);
    private final Path file;

    PageBytesFuzzTest() {
        try {
            Path dir = Files.createTempDirectory("corroborate-fuzz");
            dir.toFile().deleteOnExit();
            file = dir.resolve("page.html.gz");
            file.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void anyBytesDecodeOrFailPerFile(byte[] input) throws IOException {
        assertNotNull(decoder.decode(input));
        Files.write(file, input);
        List<PageResult> results = reader.read(new InputFile(file, "page.html.gz"));
        assertEquals(1, results.size(), "a gzipped HTML file is one page or one failure");
    }
}
