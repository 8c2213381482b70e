package dev.corroborate.extract;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;

/** Reduces a page to its article: title, date, outlet, authors and the body without boilerplate. */
public interface ArticleExtractor {

    /**
     * @param page a decoded page
     * @return the article the page carries
     * @throws NoArticleException when the page holds no article (an index page, a page of menus, an empty body)
     */
    Article extract(Page page) throws NoArticleException;
}
