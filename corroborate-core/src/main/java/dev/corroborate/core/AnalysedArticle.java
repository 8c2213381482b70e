package dev.corroborate.core;

import java.util.List;

/**
 * An article with what the understanding stages found in it.
 *
 * @param article    the extracted article
 * @param sentences  sentence spans over the body, in order
 * @param people     people named in the article
 * @param statements who said what, in body order
 * @param headline   the headline-against-body check
 */
public record AnalysedArticle(Article article, List<Span> sentences, List<Person> people, List<Statement> statements,
                              HeadlineCheck headline) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
        people = List.copyOf(people);
        statements = List.copyOf(statements);
    }

    public String id() {
        return article.id();
    }
}
