package dev.corroborate.nlp;

import java.util.List;

import dev.corroborate.core.Entity;
import dev.corroborate.core.Person;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

/**
 * What the understanding stage reads in one article body.
 *
 * @param sentences  sentence spans, in order
 * @param people     people the article names, with roles and aliases
 * @param statements who said what, in body order
 * @param roleSpoken statements by a role the article names no holder of, the role as written as speaker
 * @param entities   organisations and places the article names
 */
public record Understanding(List<Span> sentences, List<Person> people, List<Statement> statements,
                            List<Statement> roleSpoken, List<Entity> entities) {
    public Understanding {
        sentences = List.copyOf(sentences);
        people = List.copyOf(people);
        statements = List.copyOf(statements);
        roleSpoken = List.copyOf(roleSpoken);
        entities = List.copyOf(entities);
    }
}
