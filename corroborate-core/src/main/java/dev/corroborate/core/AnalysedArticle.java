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
 * @param roleSpoken statements whose speaker is a role the article does not name the holder of ("the Secretary
 *                   General said"), with the role as speaker; kept apart until the corpus tells who held the role
 */
public record AnalysedArticle(Article article, List<Span> sentences, List<Person> people, List<Statement> statements,
                              HeadlineCheck headline, List<Statement> roleSpoken) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
        people = List.copyOf(people);
        statements = List.copyOf(statements);
        roleSpoken = roleSpoken == null ? List.of() : List.copyOf(roleSpoken); // journals written before it existed
    }

    /** An article with no role-spoken statements waiting for the corpus. */
    public AnalysedArticle(Article article, List<Span> sentences, List<Person> people, List<Statement> statements,
                           HeadlineCheck headline) {
        this(article, sentences, people, statements, headline, List.of());
    }

    public String id() {
        return article.id();
    }
}
