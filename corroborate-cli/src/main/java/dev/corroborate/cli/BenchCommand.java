package dev.corroborate.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.group.ArticleFeatures;
import dev.corroborate.group.Grouping;
import dev.corroborate.group.GroupingSettings;
import dev.corroborate.group.IncrementalGrouper;
import dev.corroborate.group.TextEmbedder;
import dev.corroborate.core.Page;
import dev.corroborate.eval.extract.DatasetPages;
import dev.corroborate.eval.extract.ExtractionBench;
import dev.corroborate.eval.extract.ExtractionSpeed;
import dev.corroborate.pipeline.Corroborate;
import dev.corroborate.pipeline.Progress;
import dev.corroborate.pipeline.RunSummary;
import dev.corroborate.ingest.PageReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate bench extract}: article extraction speed on a dataset held in memory.
 * {@code corroborate bench analyze}: end-to-end throughput of {@code analyze} over a corpus replicated to N pages
 * (each copy made unique with a reference line, as a crawler's re-fetches are), into a fresh store. Prints JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and memory.",
    subcommands = {BenchCommand.Analyze.class, BenchCommand.Extract.class, BenchCommand.Group.class,
        BenchStatements.class, BenchEmbed.class})
final class BenchCommand {

    @Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Milliseconds per page and pages per second for article extraction with metadata (the call "
            + "'eval extract' scores) on a dataset in the ScrapingHub layout, read into memory first: untimed warm-up "
            + "rounds, then timed rounds on one thread and on --threads threads. The output digest changes only when "
            + "what is extracted changes.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The dataset folder.")
        Path dataset;

        @Option(names = "--threads", defaultValue = "0", description = "Threads of the parallel rounds (default: one per core).")
        int threads;

        @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds over the dataset (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--warmup", defaultValue = "3", description = "Untimed warm-up rounds (default: ${DEFAULT-VALUE}).")
        int warmUp;

        @Option(names = "--as-text", description = "Render each page to a plain-text dump first and time extraction from that.")
        boolean asText;

        @Mixin
        JsonOutput output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (rounds < 1 || warmUp < 0) {
                throw new ParameterException(spec.commandLine(), "--rounds must be at least 1 and --warmup at least 0");
            }
            List<Page> pages = DatasetPages.readAll(dataset, asText);
            if (pages.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no readable pages listed in " + dataset.resolve("ground-truth.json"));
            }
            int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            ExtractionSpeed speed = new ExtractionBench().run(pages, warmUp, rounds, workers);
            output.print(spec.commandLine().getOut(), speed.summary(), speed.toJson());
            return 0;
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Pages per second for analyze, end to end, over the demo corpus replicated to --pages pages.")
    static final class Analyze implements Callable<Integer> {
        @Option(names = "--pages", defaultValue = "10000", description = "Pages to analyse (default: ${DEFAULT-VALUE}).")
        int pages;

        @Option(names = "--corpus", defaultValue = "examples/demo", paramLabel = "DIR",
            description = "Pages to replicate (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
        int threads;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path work = Files.createTempDirectory("corroborate-bench");
            try {
                int written = replicate(corpus, work.resolve("pages"), pages);
                resetPeaks();
                int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
                RunSummary run = new Corroborate(new PageReader(), workers)
                    .analyze(List.of(work.resolve("pages").toString()), work.resolve("store"), Progress.NONE);
                double seconds = run.elapsed().toNanos() / 1e9;
                spec.commandLine().getOut().println(String.format(Locale.ROOT,
                    "{\"pages\": %d, \"articles\": %d, \"failures\": %d, \"events\": %d, \"storylines\": %d, "
                        + "\"seconds\": %.2f, \"corpus_stage_seconds\": %.2f, \"pages_per_second\": %.1f, \"threads\": %d, "
                        + "\"peak_heap_mb\": %.0f, "
                        + "\"max_heap_mb\": %.0f}",
                    written, run.added(), run.failures().size(), run.analysis().events().size(),
                    run.analysis().storylines().size(), seconds, run.corpusStage().toNanos() / 1e9, written / seconds, workers, peakHeapMb(),
                    Runtime.getRuntime().maxMemory() / 1048576.0));
                return 0;
            } finally {
                deleteTree(work);
            }
        }

        private static int replicate(Path from, Path to, int count) throws IOException {
            List<Path> sources;
            try (Stream<Path> walk = Files.walk(from)) {
                sources = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted().toList();
            }
            if (sources.isEmpty()) {
                throw new IOException("no .txt or .html pages under " + from);
            }
            Files.createDirectories(to);
            List<String> contents = new ArrayList<>();
            for (Path p : sources) {
                contents.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            for (int i = 0; i < count; i++) {
                Path source = sources.get(i % sources.size());
                String name = source.getFileName().toString();
                boolean html = name.endsWith(".html");
                String marker = html ? "<!-- replica " + i + " -->\n" : "Ref " + i + "\n";
                Files.writeString(to.resolve(String.format(Locale.ROOT, "%06d_%s", i, name)),
                    marker + contents.get(i % sources.size()), StandardCharsets.UTF_8);
            }
            return count;
        }

        static void resetPeaks() {
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        /**
         * The heap pools' peaks added up. Each pool peaks at its own moment (eden just before a collection, the old
         * generation later), so the sum bounds the true peak from above and may pass the maximum heap.
         */
        static double peakHeapMb() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak / 1048576.0;
        }

        private static void deleteTree(Path root) throws IOException {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * {@code corroborate bench group}: the incremental grouper fed a synthetic stream one page at a time, in
     * publication order, as a store that grows a page per run would be; prints the cost per page in windows ending
     * at 10%, 50% and 100% of the stream (10k, 50k and 100k pages for 100,000), the total time and the peak heap.
     */
    @Command(name = "group", mixinStandardHelpOptions = true,
        description = "Cost per page of incremental event placement over a synthetic stream of --pages pages.")
    static final class Group implements Callable<Integer> {
        @Option(names = "--pages", defaultValue = "100000", description = "Pages to stream (default: ${DEFAULT-VALUE}).")
        int pages;

        @Option(names = "--window", defaultValue = "5000",
            description = "Pages per measuring window (default: ${DEFAULT-VALUE}, at most a tenth of --pages).")
        int window;

        @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic stream (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--storylines",
            description = "Also link the events into storylines at the end (a pass over the whole corpus, timed apart).")
        boolean storylines;

        @Mixin
        JsonOutput output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (pages < 10) {
                throw new ParameterException(spec.commandLine(), "--pages must be at least 10");
            }
            int size = Math.max(1, Math.min(window, pages / 10));
            int[] marks = {pages / 10, pages / 2, pages};
            Analyze.resetPeaks();
            IncrementalGrouper grouper = new IncrementalGrouper(GroupingSettings.defaults());
            List<String> windows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            long started = System.nanoTime();
            var threads = ManagementFactory.getThreadMXBean();
            // Windows add up the placing calls only, so the synthetic stream's own making is never timed.
            long windowWall = 0;
            long windowThreadCpu = 0;
            double windowProcessCpu = 0;
            long windowGeneratorCpu = 0;
            long placing = 0;
            int n = 0;
            int mark = 0;
            for (AnalysedArticle article : new SyntheticNewsStream(pages, seed)) {
                boolean measured = n >= marks[mark] - size;
                if (n == marks[mark] - size) {
                    windowWall = 0;
                    windowThreadCpu = 0;
                    windowProcessCpu = processCpuSeconds();
                    windowGeneratorCpu = threads.getCurrentThreadCpuTime();
                }
                long cpuBefore = measured ? threads.getCurrentThreadCpuTime() : 0;
                long t = System.nanoTime();
                grouper.place(List.of(ArticleFeatures.of(article, TextEmbedder.NONE)));
                long took = System.nanoTime() - t;
                placing += took;
                if (measured) {
                    windowWall += took;
                    windowThreadCpu += threads.getCurrentThreadCpuTime() - cpuBefore;
                }
                n++;
                if (n == marks[mark]) {
                    double msPerPage = windowWall / 1e6 / size;
                    // Every thread's CPU (collector and compiler included) less the stream's making on this thread.
                    long generatorCpu = threads.getCurrentThreadCpuTime() - windowGeneratorCpu - windowThreadCpu;
                    double cpuMsPerPage = ((processCpuSeconds() - windowProcessCpu) * 1e3 - generatorCpu / 1e6) / size;
                    double placerMsPerPage = windowThreadCpu / 1e6 / size;
                    windows.add(String.format(Locale.ROOT, "{\"at\": %d, \"pages\": %d, \"ms_per_page\": %.3f, "
                        + "\"cpu_ms_per_page\": %.3f, \"placer_cpu_ms_per_page\": %.3f}", n, size, msPerPage,
                        cpuMsPerPage, placerMsPerPage));
                    text.append(String.format(Locale.ROOT, "  pages %,d..%,d: %.3f ms/page (CPU: %.3f ms/page in all, "
                        + "%.3f in the placing thread)%n", n - size + 1, n, msPerPage, cpuMsPerPage, placerMsPerPage));
                    mark = Math.min(mark + 1, marks.length - 1);
                }
            }
            double placingSeconds = placing / 1e9;
            long outputStarted = System.nanoTime();
            int storylineCount = -1;
            int eventCount = grouper.state().events().size();
            if (storylines) {
                storylineCount = new Grouping().result(grouper).storylines().size();
            }
            double outputSeconds = (System.nanoTime() - outputStarted) / 1e9;
            double totalSeconds = (System.nanoTime() - started) / 1e9;
            // On a shared machine wall time mostly measures the neighbours; the CPU time this process used does not.
            double cpuSeconds = processCpuSeconds();
            double peak = Analyze.peakHeapMb();
            double max = Runtime.getRuntime().maxMemory() / 1048576.0;
            String json = String.format(Locale.ROOT, "{\"pages\": %d, \"events\": %d, \"storylines\": %d, "
                    + "\"windows\": [%s], \"placing_seconds\": %.2f, \"storyline_seconds\": %.2f, "
                    + "\"total_seconds\": %.2f, \"cpu_seconds\": %.2f, \"reweightings\": %d, \"peak_heap_mb\": %.0f, \"max_heap_mb\": %.0f}",
                pages, eventCount, storylineCount, String.join(", ", windows), placingSeconds,
                outputSeconds, totalSeconds, cpuSeconds, grouper.reweightings(), peak, max);
            String summary = String.format(Locale.ROOT, "%,d synthetic pages placed one at a time into %,d events "
                    + "(%,d storylines; -1: not linked)%n%s  placing %.1f s, storylines %.1f s, total %.1f s (CPU %.1f s); "
                    + "weights taken afresh %d times; peak heap at most %.0f MB (pool peaks added), max heap %.0f MB",
                pages, eventCount, storylineCount, text, placingSeconds, outputSeconds,
                totalSeconds, cpuSeconds, grouper.reweightings(), peak, max);
            output.print(spec.commandLine().getOut(), summary, json);
            return 0;
        }

        private static double processCpuSeconds() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime() / 1e9;
            }
            return -1;
        }
    }
}
