package dev.corroborate.extract.text;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.ArticleExtractor;
import dev.corroborate.extract.NoArticleException;

/** Extracts the article from a plain-text page dump. */
public final class TextDumpExtractor implements ArticleExtractor {
    @Override
    public Article extract(Page page) throws NoArticleException {
        throw new NoArticleException("not built yet");
    }
}
