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
 * @param entities   organisations and places the article names, in order of first mention
 */
public record AnalysedArticle(Article article, List<Span> sentences, List<Person> people, List<Statement> statements,
                              HeadlineCheck headline, List<Statement> roleSpoken, List<Entity> entities) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
        people = List.copyOf(people);
        statements = List.copyOf(statements);
        // journals written before these existed hold neither
        roleSpoken = roleSpoken == null ? List.of() : List.copyOf(roleSpoken);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    /** An article with no organisations or places read. */
    public AnalysedArticle(Article article, List<Span> sentences, List<Person> people, List<Statement> statements,
                           HeadlineCheck headline, List<Statement> roleSpoken) {
        this(article, sentences, people, statements, headline, roleSpoken, List.of());
    }

    /** An article with no role-spoken statements waiting for the corpus. */
    public AnalysedArticle(Article article, List<Span> sentences, List<Person> people, List<Statement> statements,
                           HeadlineCheck headline) {
        this(article, sentences, people, statements, headline, List.of());
    }

    /** The same article with its statements (and those still waiting for a role's holder) replaced. */
    public AnalysedArticle withStatements(List<Statement> statements, List<Statement> roleSpoken) {
        return new AnalysedArticle(article, sentences, people, statements, headline, roleSpoken, entities);
    }

    /** The same article with its people and statements replaced (canonical names given across the corpus). */
    public AnalysedArticle withPeople(List<Person> people, List<Statement> statements) {
        return new AnalysedArticle(article, sentences, people, statements, headline, roleSpoken, entities);
    }

    /** The same article with its organisations and places replaced. */
    public AnalysedArticle withEntities(List<Entity> entities) {
        return new AnalysedArticle(article, sentences, people, statements, headline, roleSpoken, entities);
    }

    public String id() {
        return article.id();
    }
}
