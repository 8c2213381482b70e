package dev.corroborate.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.corroborate.group.TextEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate bench embed}: pages per second of the in-process bge-small-en-v1.5 embedder over the texts
 * grouping embeds (headline and lead), on one thread and on N, after the model is loaded and warmed up. ONNX
 * Runtime runs on the CPU here: the shipped jar carries no GPU provider. Prints JSON.
 */
@Command(name = "embed", mixinStandardHelpOptions = true,
    description = "Pages per second of the bge-small embedder (headline and lead), on 1 and N threads.")
final class BenchEmbed implements Callable<Integer> {
    @Mixin
    BenchCorpusOptions input;

    @Option(names = "--threads", defaultValue = "0", description = "Threads of the parallel run (default: one per core).")
    int threads;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured time per run (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> texts = input.articles(spec.commandLine().getErr()).stream()
            .map(TextEmbedder::textOf).toList();
        if (texts.isEmpty()) {
            spec.commandLine().getErr().println("bench embed: no article could be extracted under " + input.root());
            return 1;
        }
        TextEmbedder embedder = TextEmbedder.bgeSmall();
        long loadStart = System.nanoTime();
        embedder.embed(texts.get(0)); // loads the model
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        run(embedder, texts, 1, Math.min(3, seconds)); // warm-up
        double single = run(embedder, texts, 1, seconds);
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        double parallel = run(embedder, texts, workers, seconds);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
            "{\"texts\": %d, \"model_load_seconds\": %.2f, \"pages_per_second_1_thread\": %.1f, "
                + "\"pages_per_second_n_threads\": %.1f, \"threads\": %d, \"provider\": \"cpu\"}",
            texts.size(), loadSeconds, single, parallel, workers));
        return 0;
    }

    /** @return texts embedded per second by {@code workers} threads taking the texts in turn until time is up */
    private static double run(TextEmbedder embedder, List<String> texts, int workers, double seconds)
        throws Exception {
        AtomicInteger next = new AtomicInteger();
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> done = pool.invokeAll(java.util.Collections.nCopies(workers, () -> {
                int embedded = 0;
                while (System.nanoTime() < until) {
                    embedder.embed(texts.get(Math.floorMod(next.getAndIncrement(), texts.size())));
                    embedded++;
                }
                return embedded;
            }));
            int total = 0;
            for (Future<Integer> f : done) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
