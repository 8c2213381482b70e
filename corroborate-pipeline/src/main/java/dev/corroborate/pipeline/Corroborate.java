package dev.corroborate.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFailure;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.ingest.InputFile;
import dev.corroborate.ingest.InputWalker;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.group.Grouping;
import dev.corroborate.ingest.PageResult;
import dev.corroborate.store.ArticleStore;
import dev.corroborate.store.GroupingStateFiles;

/**
 * The front door for library users and the CLI: analyse pages into a store and return everything the store knows.
 * Pages are read and analysed in parallel; each is stored as soon as it is done, so an interrupted run loses
 * nothing finished and the next run picks up the rest.
 */
public final class Corroborate {
    private final PageReader reader;
    private final PageAnalyzer pageAnalyzer = new PageAnalyzer();
    private final CorpusAnalyzer corpusAnalyzer;
    private final int threads;

    public Corroborate() {
        this(new PageReader(), Runtime.getRuntime().availableProcessors());
    }

    public Corroborate(PageReader reader, int threads) {
        this(reader, threads, new Grouping());
    }

    /** @param grouping how articles are grouped (e.g. without embeddings) */
    public Corroborate(PageReader reader, int threads, Grouping grouping) {
        this.reader = reader;
        this.threads = Math.max(1, threads);
        this.corpusAnalyzer = new CorpusAnalyzer(grouping);
    }

    /**
     * @param paths    files and folders as the user gave them
     * @param storeDir the embedded store's folder
     * @param progress told per input file
     */
    public RunSummary analyze(List<String> paths, Path storeDir, Progress progress) throws IOException {
        long started = System.nanoTime();
        List<PageFailure> failures = Collections.synchronizedList(new ArrayList<>());
        List<InputFile> inputs = new InputWalker().list(paths, failures::add);
        AtomicInteger added = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        Set<String> seen = Collections.synchronizedSet(new HashSet<>());
        Analysis analysis;
        List<String> warnings;
        long corpusStarted;
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            progress.start(inputs.size());
            List<List<PageFailure>> failuresByInput = processAll(inputs, store, seen, added, duplicates, progress);
            progress.finish();
            failuresByInput.forEach(failures::addAll);
            corpusStarted = System.nanoTime();
            warnings = new ArrayList<>(store.warnings());
            analysis = corpusAnalyzer.analyze(store.articles(), new GroupingStateFiles(store), warnings);
        }
        long ended = System.nanoTime();
        return new RunSummary(analysis, added.get(), duplicates.get(), failures, warnings,
            Duration.ofNanos(ended - started), Duration.ofNanos(ended - corpusStarted));
    }

    private List<List<PageFailure>> processAll(List<InputFile> inputs, ArticleStore store, Set<String> seen,
                                               AtomicInteger added, AtomicInteger duplicates, Progress progress)
        throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corroborate-page");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<PageFailure>>> futures = new ArrayList<>();
            for (InputFile input : inputs) {
                futures.add(pool.submit(() -> {
                    try {
                        return process(input, store, seen, added, duplicates);
                    } finally {
                        progress.advance();
                    }
                }));
            }
            List<List<PageFailure>> failures = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    failures.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    failures.add(List.of(new PageFailure(inputs.get(i).source(), "internal error: " + e.getCause())));
                }
            }
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<PageFailure> process(InputFile input, ArticleStore store, Set<String> seen, AtomicInteger added,
                                      AtomicInteger duplicates) {
        List<PageFailure> failures = new ArrayList<>();
        // streamed: an archive's pages are analysed one by one as they are read, never all held at once
        reader.read(input, result -> {
            switch (result) {
                case PageResult.Failed failed -> failures.add(failed.failure());
                case PageResult.Loaded loaded -> analyzeAndStore(loaded.page(), store, seen, added, duplicates,
                    failures);
            }
        });
        return failures;
    }

    private void analyzeAndStore(Page page, ArticleStore store, Set<String> seen, AtomicInteger added,
                                 AtomicInteger duplicates, List<PageFailure> failures) {
        if (store.contains(page.id()) || !seen.add(page.id())) {
            duplicates.incrementAndGet();
            return;
        }
        try {
            AnalysedArticle article = pageAnalyzer.analyze(page);
            if (store.add(article)) {
                added.incrementAndGet();
            }
        } catch (NoArticleException e) {
            failures.add(new PageFailure(page.source(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(new PageFailure(page.source(), "could not be analysed: " + e));
        }
    }
}
