package dev.corroborate.extract.html;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.ArticleExtractor;
import dev.corroborate.extract.NoArticleException;

/** Extracts the article from an HTML page (jsoup). */
public final class HtmlArticleExtractor implements ArticleExtractor {
    @Override
    public Article extract(Page page) throws NoArticleException {
        throw new NoArticleException("HTML extraction is not built yet");
    }
}
