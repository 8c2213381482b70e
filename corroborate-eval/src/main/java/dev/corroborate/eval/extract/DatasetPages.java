package dev.corroborate.eval.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.ingest.InputFile;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.ingest.PageResult;

/**
 * Reads the pages of a dataset in the ScrapingHub layout ({@code DIR/html/<id>.html} or {@code <id>.html.gz}, listed
 * by {@code DIR/ground-truth.json}) as the extractor sees them: the URL taken from the ground truth when it records
 * one, as a crawler would know it, and optionally rendered to a crawler's plain-text dump first.
 */
public final class DatasetPages {
    private final PageReader reader = new PageReader();

    /**
     * Every page of a dataset, in ground-truth order; a missing or unreadable page is left out.
     *
     * @param datasetDir the dataset folder
     * @param asText     true to render each page to a text dump ({@link HtmlTextDump})
     * @return the pages
     */
    public static List<Page> readAll(Path datasetDir, boolean asText) {
        DatasetPages pages = new DatasetPages();
        List<Page> out = new ArrayList<>();
        for (GoldArticle g : gold(datasetDir).values()) {
            Page p = pages.load(datasetDir, g, asText);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The dataset's gold articles by id, in file order. */
    public static Map<String, GoldArticle> gold(Path datasetDir) {
        Path file = datasetDir.resolve("ground-truth.json");
        try {
            return GoldArticle.readAll(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One gold article's page, or null when its file is missing or unreadable. */
    public Page load(Path dir, GoldArticle g, boolean asText) {
        Path html = dir.resolve("html").resolve(g.id() + ".html");
        if (!Files.exists(html)) {
            html = dir.resolve("html").resolve(g.id() + ".html.gz");
        }
        if (!Files.exists(html)) {
            return null;
        }
        for (PageResult r : reader.read(new InputFile(html, html.toString()))) {
            if (r instanceof PageResult.Loaded loaded) {
                Page p = loaded.page();
                String content = asText ? HtmlTextDump.render(p.content()) : p.content();
                PageFormat format = asText ? PageFormat.TEXT : p.format();
                return new Page(p.id(), p.source(), g.url() != null ? g.url() : p.url(), p.fetched(), format, content);
            }
        }
        return null;
    }
}
