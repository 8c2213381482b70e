package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Entity;
import dev.corroborate.core.EntityKind;

/**
 * One name per organisation and place across the corpus: a form that one article shows as another's alias (an
 * acronym it spells out) takes that name in every article, so "VSA" in a short wire item and "Velorian Space
 * Agency (VSA)" in a long report are one entity. A form that several names claim stays as written.
 */
public final class EntityNames {
    private record Key(String name, EntityKind kind) {
    }

    /** @return the articles with their organisations and places under corpus-wide names; unchanged ones as they were */
    public List<AnalysedArticle> canonical(List<AnalysedArticle> articles) {
        Map<Key, String> nameOf = canonicalNames(articles);
        List<AnalysedArticle> renamed = new ArrayList<>(articles.size());
        for (AnalysedArticle a : articles) {
            boolean changes = a.entities().stream().anyMatch(e -> nameOf.containsKey(new Key(e.name(), e.kind())));
            renamed.add(changes ? a.withEntities(renamed(a.entities(), nameOf)) : a);
        }
        return renamed;
    }

    private static Map<Key, String> canonicalNames(List<AnalysedArticle> articles) {
        Map<Key, Set<String>> claimants = new HashMap<>();
        Set<Key> names = new HashSet<>();
        for (AnalysedArticle a : articles) {
            for (Entity e : a.entities()) {
                names.add(new Key(e.name(), e.kind()));
                for (String alias : e.aliases()) {
                    claimants.computeIfAbsent(new Key(alias, e.kind()), k -> new LinkedHashSet<>()).add(e.name());
                }
            }
        }
        Map<Key, String> nameOf = new HashMap<>();
        claimants.forEach((alias, claimedBy) -> {
            if (claimedBy.size() == 1 && names.contains(alias)) {
                nameOf.put(alias, claimedBy.iterator().next());
            }
        });
        return nameOf;
    }

    /** The entities renamed, two that now share a name folded into one at the first one's place. */
    private static List<Entity> renamed(List<Entity> entities, Map<Key, String> nameOf) {
        Map<Key, Entity> merged = new LinkedHashMap<>();
        for (Entity e : entities) {
            String name = nameOf.getOrDefault(new Key(e.name(), e.kind()), e.name());
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            if (!name.equals(e.name())) {
                aliases.add(e.name());
            }
            Key key = new Key(name, e.kind());
            Entity before = merged.get(key);
            if (before != null) {
                aliases.addAll(before.aliases());
            }
            aliases.remove(name);
            int mentions = e.mentions() + (before == null ? 0 : before.mentions());
            merged.put(key, new Entity(name, e.kind(), List.copyOf(aliases), mentions));
        }
        return List.copyOf(merged.values());
    }
}
