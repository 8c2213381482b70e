package dev.corroborate.eval.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.ArticleExtractor;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.PageExtractor;

/**
 * Times article extraction on pages held in memory: untimed warm-up rounds (so JIT compilation is not what is
 * measured), then timed rounds page by page on one thread, then the same rounds spread over N threads.
 * On a machine busy with other work wall-clock times grow with the load, so two steadier medians come with them: CPU
 * time of the timing thread, and each page's fastest round. It also digests every output, so that a change meant only for speed can be shown to extract exactly the same.
 */
public final class ExtractionBench {
    private final ArticleExtractor extractor;

    /** A bench of the project's {@link PageExtractor}, the extractor {@code eval extract} scores. */
    public ExtractionBench() {
        this(new PageExtractor());
    }

    /** A bench of the given extractor, which must be thread-safe. */
    public ExtractionBench(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @param pages         the pages, read beforehand
     * @param warmUpRounds  untimed rounds over all pages first
     * @param rounds        timed rounds, single-threaded and then multi-threaded
     * @param threads       threads of the multi-threaded rounds
     * @return the figures
     */
    public ExtractionSpeed run(List<Page> pages, int warmUpRounds, int rounds, int threads) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to time");
        }
        for (int r = 0; r < warmUpRounds; r++) {
            for (Page p : pages) {
                extractOnce(p);
            }
        }
        double[] ms = new double[pages.size() * rounds];
        double[] cpuMs = new double[ms.length];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = cpu.isCurrentThreadCpuTimeSupported();
        int k = 0;
        long singleStart = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Page p : pages) {
                long cpuStart = cpuTimed ? cpu.getCurrentThreadCpuTime() : 0;
                long start = System.nanoTime();
                extractOnce(p);
                ms[k] = (System.nanoTime() - start) / 1e6;
                cpuMs[k++] = cpuTimed ? (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 : Double.NaN;
            }
        }
        double singleSeconds = (System.nanoTime() - singleStart) / 1e9;
        double multiSeconds = parallelSeconds(pages, rounds, threads);
        double[] best = fastestOfRounds(ms, pages.size());
        Arrays.sort(best);
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        double mean = Arrays.stream(ms).average().orElse(0);
        int done = pages.size() * rounds;
        return new ExtractionSpeed(pages.size(), rounds, threads, percentile(ms, 0.5), percentile(ms, 0.9), mean,
            percentile(cpuMs, 0.5), percentile(best, 0.5),
            done / singleSeconds, done / multiSeconds, digest(pages));
    }

    /** Seconds for {@code rounds} passes over the pages with {@code threads} workers taking pages from one counter. */
    private double parallelSeconds(List<Page> pages, int rounds, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                AtomicInteger next = new AtomicInteger();
                Future<?>[] workers = new Future<?>[threads];
                for (int t = 0; t < threads; t++) {
                    workers[t] = pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                            extractOnce(pages.get(i));
                        }
                    });
                }
                for (Future<?> w : workers) {
                    w.get();
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("extraction failed in a worker", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The timed work: one extraction, its outcome dropped; a page without an article is an outcome too. */
    private void extractOnce(Page page) {
        try {
            extractor.extract(page);
        } catch (NoArticleException | RuntimeException e) {
            // no article, or a crash: both cost what they cost, and the digest reports them
        }
    }

    /** What one page yields, as one comparable string: every field of the article, or the failure message. */
    private String extractOrFailure(Page page) {
        try {
            Article a = extractor.extract(page);
            return String.join("\u0001", String.valueOf(a.url()), String.valueOf(a.title()),
                String.valueOf(a.published()), String.valueOf(a.outlet()), String.join("\u0002", a.authors()),
                String.valueOf(a.language()), a.body());
        } catch (NoArticleException e) {
            return "no article: " + e.getMessage();
        } catch (RuntimeException e) {
            return "crashed: " + e;
        }
    }

    private String digest(List<Page> pages) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Page p : pages) {
                sha.update(extractOrFailure(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Each page's fastest time over the rounds ({@code ms[round * pages + page]}). */
    static double[] fastestOfRounds(double[] ms, int pages) {
        double[] best = new double[pages];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int k = 0; k < ms.length; k++) {
            best[k % pages] = Math.min(best[k % pages], ms[k]);
        }
        return best;
    }

    /** The nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
