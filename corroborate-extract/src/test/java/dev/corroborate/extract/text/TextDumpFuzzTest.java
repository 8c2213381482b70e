package dev.corroborate.extract.text;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.PageExtractor;

/**
 * Coverage-guided fuzzing (Jazzer) of text-dump extraction: whatever the lines, the extractor returns an article or
 * says "no article", and never throws anything else or hangs. A plain build replays the committed inputs under
 * {@code TextDumpFuzzTestInputs}; {@code ./mvnw verify} also fuzzes it for a bounded time in a JVM of its own.
 * While fuzzing, an input that runs
 * over 10 seconds is a finding (libFuzzer's -timeout, set in the pom).
 */
class TextDumpFuzzTest {
    private final PageExtractor extractor = new PageExtractor();

    @FuzzTest(maxDuration = "25s")
    void extractsAnArticleOrSaysThereIsNone(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            extractor.extract(new Page("fuzz", "fuzz.txt", null, null, PageFormat.TEXT, text));
        } catch (NoArticleException expected) {
            // the declared outcome for a dump without an article
        }
    }
}
