package dev.corroborate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the stage benchmarks briefly on the demo corpus in a separate JVM: they must run and print their figures as
 * JSON. What the figures are is for a person on a quiet machine to read, never for a test to assert.
 */
class BenchEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void statementsBenchPrintsSentencesPerSecond() throws Exception {
        JsonNode figures = bench("statements", "--warmup-seconds", "0.2", "--seconds", "0.5");

        assertEquals(26, figures.get("articles").asInt());
        assertTrue(figures.get("sentences").asLong() > 0);
        assertTrue(figures.has("sentences_per_second"));
    }

    @Test
    void embedBenchPrintsPagesPerSecondOnOneAndNThreads() throws Exception {
        JsonNode figures = bench("embed", "--seconds", "0.5", "--threads", "2");

        assertEquals(26, figures.get("texts").asInt());
        assertEquals(2, figures.get("threads").asInt());
        assertTrue(figures.has("pages_per_second_1_thread") && figures.has("pages_per_second_n_threads"));
        assertEquals("cpu", figures.get("provider").asText());
    }

    private JsonNode bench(String stage, String... options) throws Exception {
        String demo = CliProcess.repositoryRoot().resolve("examples/demo").toString();
        String[] args = new String[options.length + 4];
        args[0] = "bench";
        args[1] = stage;
        args[2] = "--corpus";
        args[3] = demo;
        System.arraycopy(options, 0, args, 4, options.length);
        CliProcess.Result run = CliProcess.run(work, args);
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out().strip();
        return JSON.readTree(out.substring(out.lastIndexOf('\n') + 1));
    }
}
