package dev.corroborate.report;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Statement;

/**
 * A statement together with the article it was found in, as "Who said what" lists it.
 *
 * @param article   the article the statement is in
 * @param statement the statement
 */
record SpokenStatement(AnalysedArticle article, Statement statement) {

    /** The sentence the statement came from. */
    String sentenceText() {
        return Texts.slice(article.article().body(), statement.sentence());
    }

    /** What was said. */
    String contentText() {
        return Texts.slice(article.article().body(), statement.content());
    }
}
