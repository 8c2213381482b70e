package dev.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.corroborate.core.Analysis;
import dev.corroborate.core.PageFailure;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.pipeline.Corroborate;
import dev.corroborate.pipeline.Progress;
import dev.corroborate.pipeline.RunSummary;
import dev.corroborate.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate analyze PATHS... --out DIR}: pages in, report out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse news pages (text dumps, HTML, gzipped HTML, JSONL) into the store and write a report of "
        + "storylines, events and who said what.")
final class AnalyzeCommand implements Callable<Integer> {
    /** Inputs above this count get a progress bar when stderr is a terminal. */
    private static final int PROGRESS_MIN_INPUTS = 200;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "report",
        description = "Where report.html, report.md and analysis.json go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = ".corroborate",
        description = "The embedded store (default: ${DEFAULT-VALUE}). Pages already in it are not added twice.")
    Path store;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default: one per core).")
    int threads;

    @Option(names = "--max-page-mb", defaultValue = "16", description = "Largest page accepted, in MB (default: ${DEFAULT-VALUE}).")
    int maxPageMb;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Corroborate corroborate = new Corroborate(new PageReader(maxPageMb * 1024L * 1024L), workers);
        Progress progress = System.console() != null ? new ProgressBar(System.err, PROGRESS_MIN_INPUTS) : Progress.NONE;
        RunSummary run = corroborate.analyze(paths, store, progress);
        for (PageFailure failure : run.failures()) {
            err.println("corroborate: skipped " + failure.source() + ": " + failure.reason());
        }
        run.warnings().forEach(w -> err.println("corroborate: warning: " + w));
        new ReportWriter().write(run.analysis(), this.out);
        out.print(summary(run));
        out.flush();
        err.flush();
        return run.anySucceeded() ? 0 : Main.EXIT_NOTHING_PROCESSED;
    }

    private String summary(RunSummary run) {
        Analysis a = run.analysis();
        long statements = a.articles().stream().mapToLong(x -> x.statements().size()).sum();
        long flagged = a.articles().stream().filter(x -> Boolean.FALSE.equals(x.headline().supported())).count();
        StringBuilder s = new StringBuilder();
        s.append(String.format("Analysed %d new page(s) in %.1f s; %d already in the store.%n", run.added(),
            run.elapsed().toMillis() / 1000.0, run.duplicates()));
        s.append(String.format("Store %s: %d article(s), %d statement(s), %d event(s), %d storyline(s), "
            + "%d headline(s) not supported by their article.%n", store, a.articles().size(), statements,
            a.events().size(), a.storylines().size(), flagged));
        long originals = a.copies().stream().map(c -> c.originalId()).distinct().count();
        s.append(String.format("Copies: %d article(s) copy or lightly rewrite %d other(s) (syndication); each counts "
            + "once, under its original.%n", a.copies().size(), originals));
        s.append(String.format("Report: %s, %s, %s%n", this.out.resolve("report.html"), this.out.resolve("report.md"),
            this.out.resolve("analysis.json")));
        s.append(String.format("%d input(s) failed.%n", run.failures().size()));
        return s.toString();
    }
}
