package dev.corroborate.pipeline;

import dev.corroborate.compare.HeadlineChecker;
import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.PageExtractor;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;

/**
 * The per-page stages in order: extract the article, read who said what, check the headline. A plain function of
 * the page, so the CLI, a server or a Spark job can run it alike. Thread-safe.
 */
public final class PageAnalyzer {
    private final PageExtractor extractor = new PageExtractor();
    private final ArticleReader reader = new ArticleReader();
    private final HeadlineChecker headlines = new HeadlineChecker();

    public AnalysedArticle analyze(Page page) throws NoArticleException {
        Article article = extractor.extract(page);
        Understanding understanding = reader.read(article);
        return new AnalysedArticle(article, understanding.sentences(), understanding.people(),
            understanding.statements(), headlines.check(article), understanding.roleSpoken(), understanding.entities());
    }
}
