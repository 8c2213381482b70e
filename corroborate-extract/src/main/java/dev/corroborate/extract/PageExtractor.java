package dev.corroborate.extract;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.html.HtmlArticleExtractor;
import dev.corroborate.extract.text.TextDumpExtractor;

/**
 * The extraction stage: picks the extractor for the page's format, and holds every format to one floor — a body
 * of a few words is a fragment, a teaser or an error page, not an article. Text dumps meet a higher floor in their
 * own extractor, which alone can tell a file of prose alone (a brief, kept however short). Thread-safe.
 */
public final class PageExtractor implements ArticleExtractor {
    /** The shortest body accepted as an article, in words; the shortest wire briefs run to about fifty. */
    static final int MIN_ARTICLE_WORDS = 25;

    private final ArticleExtractor html = new HtmlArticleExtractor();
    private final ArticleExtractor text = new TextDumpExtractor();

    @Override
    public Article extract(Page page) throws NoArticleException {
        Article article = switch (page.format()) {
            case HTML -> html.extract(page);
            case TEXT -> text.extract(page);
        };
        // a dump's body this short passed the text extractor's floor only as a brief
        if (page.format() != PageFormat.TEXT && !Words.atLeast(article.body(), MIN_ARTICLE_WORDS)) {
            throw new NoArticleException("no article text found (" + Words.count(article.body()) + " words)");
        }
        return article;
    }

}
