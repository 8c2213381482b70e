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

/** The articles a stage benchmark runs over: a dataset's pages as the evals read them, or a corpus folder's. */
final class BenchInputs {
    private BenchInputs() {
    }

    /** Extracted articles of the dataset when given, else of every input under the corpus; refusals told on err. */
    static List<Article> articles(Path dataset, Path corpus, PrintWriter err) {
        PageExtractor extractor = new PageExtractor();
        List<Article> articles = new ArrayList<>();
        for (Page page : pages(dataset, corpus)) {
            try {
                articles.add(extractor.extract(page));
            } catch (NoArticleException skipped) {
                err.println(page.source() + ": no article (" + skipped.getMessage() + "), skipped");
            }
        }
        return articles;
    }

    private static List<Page> pages(Path dataset, Path corpus) {
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
