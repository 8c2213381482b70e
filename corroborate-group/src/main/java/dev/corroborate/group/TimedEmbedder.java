package dev.corroborate.group;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedder that remembers each text's vector (a sweep regroups the same articles many times) and counts how
 * many texts it embedded and for how long, so a user sees the model's throughput.
 */
public final class TimedEmbedder implements TextEmbedder {
    private final TextEmbedder inner;
    private final java.util.Map<String, float[]> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong texts = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastEnd = new AtomicLong();

    public TimedEmbedder(TextEmbedder inner) {
        this.inner = inner;
    }

    @Override
    public float[] embed(String text) {
        float[] known = seen.get(text);
        if (known != null) {
            return known;
        }
        long start = System.nanoTime();
        float[] v = inner.embed(text);
        long end = System.nanoTime();
        firstStart.accumulateAndGet(start, Math::min);
        lastEnd.accumulateAndGet(end, Math::max);
        texts.incrementAndGet();
        nanos.addAndGet(end - start);
        if (v != null) {
            seen.put(text, v);
        }
        return v;
    }

    /** Texts embedded, wall time from the first to the last, and pages per second (model loading included). */
    public String summary() {
        long n = texts.get();
        if (n == 0) {
            return "embeddings: none computed";
        }
        double wall = (lastEnd.get() - firstStart.get()) / 1e9;
        double perThread = nanos.get() / 1e9;
        return String.format(Locale.ROOT, "embeddings: %d pages in %.1f s wall (%.1f pages/s; %.1f pages/s per "
            + "thread, %d cores), model loading included", n, wall, n / wall, n / perThread,
            Runtime.getRuntime().availableProcessors());
    }
}
