package dev.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.eval.extract.DatasetPages;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.PageExtractor;
import dev.corroborate.ingest.InputFile;
import dev.corroborate.ingest.InputWalker;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.ingest.PageResult;
import picocli.CommandLine.Option;

/**
 * Where a stage benchmark's articles come from, as a picocli mixin: a dataset's pages as the evals read them, or a
 * corpus folder's.
 */
final class BenchCorpusOptions {
    @Option(names = "--dataset", paramLabel = "DIR",
        description = "A dataset in the ScrapingHub layout (DIR/html/<id>.html[.gz]); default: the demo corpus.")
    Path dataset;

    @Option(names = "--corpus", defaultValue = "examples/demo", paramLabel = "DIR",
        description = "Pages to read when no --dataset is given (default: ${DEFAULT-VALUE}).")
    Path corpus;

    /** The folder the articles are read from. */
    Path root() {
        return dataset != null ? dataset : corpus;
    }

    /** Extracted articles of the dataset when given, else of every input under the corpus; refusals told on err. */
    List<Article> articles(PrintWriter err) {
        PageExtractor extractor = new PageExtractor();
        List<Article> articles = new ArrayList<>();
        for (Page page : pages()) {
            try {
                articles.add(extractor.extract(page));
            } catch (NoArticleException skipped) {
                err.println(page.source() + ": no article (" + skipped.getMessage() + "), skipped");
            }
        }
        return articles;
    }

    private List<Page> pages() {
        if (dataset != null) {
            return DatasetPages.readAll(dataset, false);
        }
        List<Page> pages = new ArrayList<>();
        PageReader reader = new PageReader();
        for (InputFile file : new InputWalker().list(List.of(corpus.toString()), failure -> { })) {
            for (PageResult result : reader.read(file)) {
                if (result instanceof PageResult.Loaded loaded) {
                    pages.add(loaded.page());
                }
            }
        }
        return pages;
    }
}
