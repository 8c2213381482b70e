package dev.corroborate.core;

import java.util.List;

/**
 * An organisation or place named in an article.
 *
 * @param name     canonical name: the fullest form the text gives ("North Atlantic Treaty Organization")
 * @param kind     organisation or place
 * @param aliases  other written forms that name it (an acronym the text defines, a shorter form)
 * @param mentions how many times the article names it, in any form
 */
public record Entity(String name, EntityKind kind, List<String> aliases, int mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
