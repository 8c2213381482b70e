package dev.corroborate.extract;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.html.HtmlArticleExtractor;
import dev.corroborate.extract.text.TextDumpExtractor;

/** The extraction stage: picks the extractor for the page's format. Thread-safe. */
public final class PageExtractor implements ArticleExtractor {
    private final ArticleExtractor html = new HtmlArticleExtractor();
    private final ArticleExtractor text = new TextDumpExtractor();

    @Override
    public Article extract(Page page) throws NoArticleException {
        return switch (page.format()) {
            case HTML -> html.extract(page);
            case TEXT -> text.extract(page);
        };
    }
}
