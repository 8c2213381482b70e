package dev.corroborate.extract.html;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.PageExtractor;

/**
 * Coverage-guided fuzzing (Jazzer) of HTML extraction with metadata: whatever the markup, the extractor returns an
 * article or says "no article", and never throws anything else, overflows the stack or hangs. A plain build replays
 * the committed inputs under {@code HtmlExtractionFuzzTestInputs}; {@code ./mvnw verify} also fuzzes it for a bounded
 * time in a JVM of its own (the {@code fuzz} profile of this module). While fuzzing, an input that runs
 * over 10 seconds is a finding (libFuzzer's -timeout, set in the pom).
 */
class HtmlExtractionFuzzTest {
    private final PageExtractor extractor = new PageExtractor();

    @FuzzTest(maxDuration = "25s")
    void extractsAnArticleOrSaysThereIsNone(byte[] input) {
        String html = new String(input, StandardCharsets.UTF_8);
        try {
            extractor.extract(new Page("fuzz", "fuzz.html", "https://news.example.org/2023/11/14/story", null,
                PageFormat.HTML, html));
        } catch (NoArticleException expected) {
            // the declared outcome for a page without an article
        }
    }
}
