package dev.corroborate.core;

import java.util.List;

/**
 * A person named in an article, with the other ways the article refers to them.
 *
 * @param name    canonical full name
 * @param aliases other written forms seen (surname, spelling variants)
 * @param roles   titles and roles seen in apposition ("NATO Secretary General")
 */
public record Person(String name, List<String> aliases, List<String> roles) {
    public Person {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }
}
