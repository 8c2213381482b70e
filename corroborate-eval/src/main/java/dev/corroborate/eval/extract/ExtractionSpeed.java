package dev.corroborate.eval.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of an {@link ExtractionBench} run.
 *
 * @param pages                pages in the set
 * @param rounds               timed rounds over the set
 * @param threads              threads of the multi-threaded rounds
 * @param medianMs             median milliseconds per page, one thread
 * @param p90Ms                90th-percentile milliseconds per page, one thread
 * @param meanMs               mean milliseconds per page, one thread
 * @param cpuMedianMs          median CPU milliseconds per page of the timing thread, NaN where the JVM cannot tell
 * @param bestMedianMs         median over pages of each page's fastest round, in milliseconds
 * @param pagesPerSecond       throughput on one thread
 * @param pagesPerSecondThreads throughput on {@code threads} threads
 * @param outputDigest         a digest of every page's extracted output: equal digests, equal extraction
 */
public record ExtractionSpeed(int pages, int rounds, int threads, double medianMs, double p90Ms, double meanMs,
                              double cpuMedianMs, double bestMedianMs,
                              double pagesPerSecond, double pagesPerSecondThreads, String outputDigest) {

    /** Multi-threaded over single-threaded throughput; {@code threads} would be perfectly linear. */
    public double scaling() {
        return pagesPerSecondThreads / pagesPerSecond;
    }

    /** The figures as JSON. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        m.put("rounds", rounds);
        m.put("median_ms", round(medianMs));
        m.put("p90_ms", round(p90Ms));
        m.put("mean_ms", round(meanMs));
        m.put("cpu_median_ms", round(cpuMedianMs));
        m.put("best_of_rounds_median_ms", round(bestMedianMs));
        m.put("pages_per_second_1_thread", round(pagesPerSecond));
        m.put("threads", threads);
        m.put("pages_per_second_threads", round(pagesPerSecondThreads));
        m.put("scaling", round(scaling()));
        m.put("output_digest", outputDigest);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write figures as JSON", e);
        }
    }

    /** One line for people. */
    public String summary() {
        return String.format(Locale.ROOT, "Extraction of %d pages x %d rounds: median %.2f ms, p90 %.2f ms, mean %.2f ms "
                + "a page (median CPU time %.2f ms, of the fastest rounds %.2f ms); %.0f pages/s on 1 thread, %.0f on %d (x%.2f).",
            pages, rounds, medianMs, p90Ms, meanMs, cpuMedianMs, bestMedianMs,
            pagesPerSecond, pagesPerSecondThreads, threads, scaling());
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 100) / 100.0 : 0;
    }
}
