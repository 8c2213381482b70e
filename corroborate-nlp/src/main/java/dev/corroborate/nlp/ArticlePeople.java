package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.corroborate.core.Person;
import dev.corroborate.core.Span;

/**
 * The people of one article, with every place the text names them, so that a surname, a title or a pronoun can be
 * resolved to the full name.
 */
final class ArticlePeople {
    private final Map<String, PersonBuilder> people = new LinkedHashMap<>();
    private final List<PersonMention> mentions = new ArrayList<>();
    private final java.util.Set<String> calledByGivenName = new java.util.HashSet<>();
    /** Roles that speak with no holder named in the article: their statements wait for the corpus to tell who. */
    private final java.util.Set<String> unheldRoles = new java.util.HashSet<>();

    /** Registers a name seen at a place, with the role written before it, if any; returns the canonical name. */
    String add(List<String> nameTokens, String role, Span span) {
        String name = String.join(" ", nameTokens);
        String canonical = canonicalFor(nameTokens);
        PersonBuilder person = people.computeIfAbsent(canonical, PersonBuilder::new);
        if (!name.equals(canonical)) {
            person.aliases.add(name);
        }
        if (role != null && !person.roles.contains(role)) {
            person.roles.add(role);
        }
        mentions.add(new PersonMention(span, canonical));
        return canonical;
    }

    /** Adds a mention of an already known person. */
    void mention(Span span, String canonical) {
        mentions.add(new PersonMention(span, canonical));
    }

    /** Adds a mention of a known person by their given name alone ("Mary" for Mary Trump). */
    void mentionByGivenName(Span span, String canonical) {
        mentions.add(new PersonMention(span, canonical));
        calledByGivenName.add(canonical);
    }

    /**
     * Gives a known person a new canonical name (a stage name), keeping the old name and its surname as aliases.
     *
     * @return the new canonical name
     */
    String rename(String canonical, String newName) {
        PersonBuilder old = people.get(canonical);
        if (old == null || canonical.equals(newName)) {
            return canonical;
        }
        Map<String, PersonBuilder> reordered = new LinkedHashMap<>();
        for (Map.Entry<String, PersonBuilder> e : people.entrySet()) {
            if (e.getKey().equals(canonical)) {
                PersonBuilder renamed = reordered.computeIfAbsent(newName, PersonBuilder::new);
                renamed.aliases.add(canonical);
                String surname = canonical.substring(canonical.lastIndexOf(' ') + 1);
                if (!surname.equals(canonical)) {
                    renamed.aliases.add(surname);
                }
                renamed.aliases.addAll(old.aliases);
                renamed.roles.addAll(old.roles);
            } else if (!e.getKey().equals(newName)) {
                reordered.put(e.getKey(), e.getValue());
            }
        }
        people.clear();
        people.putAll(reordered);
        mentions.replaceAll(m -> m.person().equals(canonical) ? new PersonMention(m.span(), newName) : m);
        return newName;
    }

    /** A full name with the same surname wins over a bare surname registered earlier. */
    private String canonicalFor(List<String> tokens) {
        String name = String.join(" ", tokens);
        if (people.containsKey(name)) {
            return name;
        }
        String surname = tokens.get(tokens.size() - 1);
        if (tokens.size() == 1) {
            for (String known : people.keySet()) {
                if (known.endsWith(" " + surname)) {
                    return known;
                }
            }
            return name;
        }
        PersonBuilder bare = people.remove(surname);
        if (bare != null) {
            PersonBuilder full = new PersonBuilder(name);
            full.aliases.add(surname);
            full.roles.addAll(bare.roles);
            people.put(name, full);
            mentions.replaceAll(m -> m.person().equals(surname) ? new PersonMention(m.span(), name) : m);
        }
        return name;
    }

    /** @return the canonical name for a written name (full name or surname), or null when unknown */
    String resolveName(List<String> tokens) {
        String name = String.join(" ", tokens);
        if (people.containsKey(name)) {
            return name;
        }
        String surname = tokens.get(tokens.size() - 1);
        List<String> found = new ArrayList<>();
        for (PersonBuilder p : people.values()) {
            if (p.aliases.contains(name)) {
                return p.name;
            }
            if (p.name.equals(surname) || p.name.endsWith(" " + surname)) {
                found.add(p.name);
            }
        }
        if (found.size() > 1) {
            // "Trump" with Donald and Mary Trump in the article: the one the article calls by given name is not meant
            found.removeIf(calledByGivenName::contains);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        return found.isEmpty() && tokens.size() == 1 ? byFirstName(name) : null; // two of that surname: unknowable
    }

    /**
     * The one person whose full name starts with a given name: "Ashley wrote" after "Ashley Salazar". Two people
     * sharing the given name leave it unresolved.
     */
    String byFirstName(String given) {
        String found = null;
        for (String name : people.keySet()) {
            if (name.startsWith(given + " ")) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /** The given names that name one person only, with that person. */
    Map<String, String> uniqueFirstNames() {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String name : people.keySet()) {
            int space = name.indexOf(' ');
            if (space > 0) {
                String given = name.substring(0, space);
                counts.merge(given, 1, Integer::sum);
                out.put(given, name);
            }
        }
        out.keySet().removeIf(g -> counts.get(g) > 1);
        return out;
    }

    /**
     * Resolves "the NATO Secretary General", "the Ukrainian leader": people whose role has the head word (or, for
     * generic heads like "leader", the modifiers), the one named most recently before {@code position} first.
     */
    String resolveRole(List<String> modifiers, String head, boolean generic, int position) {
        String best = null;
        int bestAt = -1;
        for (PersonBuilder p : people.values()) {
            if (!p.roles.stream().anyMatch(r -> roleFits(r, modifiers, head, generic))) {
                continue;
            }
            int at = lastMentionBefore(p.name, position);
            if (best == null || at > bestAt) {
                best = p.name;
                bestAt = at;
            }
        }
        return best;
    }

    private static boolean roleFits(String role, List<String> modifiers, String head, boolean generic) {
        String r = " " + role.toLowerCase(Locale.ROOT) + " ";
        if (r.startsWith(" former ") || r.startsWith(" ex-")) {
            return false;
        }
        for (String m : modifiers) {
            if (!r.contains(" " + m.toLowerCase(Locale.ROOT) + " ")) {
                return false;
            }
        }
        return generic ? !modifiers.isEmpty() || r.contains(" " + head + " ") : r.contains(" " + head + " ");
    }

    private int lastMentionBefore(String person, int position) {
        int at = -1;
        for (PersonMention m : mentions) {
            if (m.person().equals(person) && m.span().start() < position) {
                at = Math.max(at, m.span().start());
            }
        }
        return at;
    }

    /** The last mention of a person before a position, outside the given spans (quotes), or null. */
    PersonMention lastMentionBefore(int position, List<Span> excluded) {
        return lastMentionBefore(position, excluded, m -> true);
    }

    /** The last mention before a position, outside the given spans, among those the filter accepts, or null. */
    PersonMention lastMentionBefore(int position, List<Span> excluded, Predicate<PersonMention> accepted) {
        PersonMention last = null;
        for (PersonMention m : mentions) {
            if (m.span().start() < position && accepted.test(m) && excluded.stream().noneMatch(x -> x.contains(m.span()))
                && (last == null || m.span().start() > last.span().start())) {
                last = m;
            }
        }
        return last;
    }

    /**
     * Notes a role that speaks while the article names no holder of it ("the Secretary General said").
     *
     * @param phrase the role as written, with or without its article
     * @return the role without its article ("Secretary General"), which stands as the statement's speaker
     */
    String unheldRole(String phrase) {
        String role = phrase.strip().replaceFirst("^(?i:the)\\s+", "");
        unheldRoles.add(role);
        return role;
    }

    /** Whether a speaker is a role whose holder the article never names, not a person or organisation. */
    boolean isUnheldRole(String speaker) {
        return unheldRoles.contains(speaker) && !people.containsKey(speaker);
    }

    boolean knows(String canonical) {
        return people.containsKey(canonical);
    }

    List<String> surnames() {
        List<String> surnames = new ArrayList<>();
        for (String name : people.keySet()) {
            surnames.add(name.substring(name.lastIndexOf(' ') + 1));
        }
        return surnames;
    }

    List<PersonMention> mentions() {
        return mentions.stream().sorted(Comparator.comparing(PersonMention::span)).toList();
    }

    List<Person> people() {
        return people.values().stream().map(p -> new Person(p.name, p.aliases, p.roles)).toList();
    }

    private static final class PersonBuilder {
        final String name;
        final List<String> aliases = new ArrayList<>();
        final List<String> roles = new ArrayList<>();

        PersonBuilder(String name) {
            this.name = name;
        }
    }
}
