package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.corroborate.core.Entity;
import dev.corroborate.core.EntityKind;
import dev.corroborate.core.Person;

/**
 * Finds the organisations and places an article names. A capitalised run of words is a place when the gazetteer
 * knows it or its head is a place word ("Oska Basin"), an organisation when its head is an organisation word
 * ("Velorian Space Agency", "Ministry of Defence") or it is an acronym; anything else (a person, a film, a
 * product) is left alone. An acronym spelling the initials of a named organisation becomes its alias, so "VSA" and
 * "Velorian Space Agency" are one entity. Words of the article's people are never part of an entity.
 */
final class EntityFinder {
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}|(?:\\p{Lu}\\.){2,4}");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{Lu}\\.){2,4}");
    /** Lower-case words that may join the capitalised words of one name. */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "del", "la", "du");
    /** Connectors after which the words name what the head belongs to: "Ministry of Defence". */
    private static final Set<String> OF_WORDS = Set.of("of", "for", "de", "del", "du");
    /** A capitalised word in capitals opening a line before a dash or comma is a dateline ("MARDEN —"). */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}+(?:\\s+\\p{Lu}+)*\\s*[,—–-]");
    private static final int MAX_RUN = 10;

    /** One written name at a place in the text. */
    private record Token(String word, int start, int end) {
    }

    private record Found(String written, EntityKind kind, String canonical) {
    }

    /** @return the article's organisations and places, in order of first mention */
    List<Entity> find(String text, Collection<Person> people) {
        return find(text, people, LowerCaseWords.of(text));
    }

    /** @param lowerCase the words the text writes in lower case, when the caller has them already */
    List<Entity> find(String text, Collection<Person> people, Set<String> lowerCase) {
        Set<String> personWords = personWords(people);
        Map<String, Builder> entities = new LinkedHashMap<>();
        for (List<Token> run : capitalisedRuns(text)) {
            List<Token> named = withoutOrdinaryFirstWord(text, run, lowerCase);
            for (Found found : classifyRun(named, personWords, lowerCase)) {
                entities.computeIfAbsent(found.canonical(), name -> new Builder(name, found.kind())).seen(found.written());
            }
        }
        mergeAcronyms(entities);
        mergeShortForms(entities);
        // two letters said once and never spelled out are more often a unit, a state or a grade than a body
        entities.values().removeIf(b -> b.kind == EntityKind.ORGANISATION && b.name.length() <= 2
            && b.mentions == 1 && b.aliases.isEmpty());
        return entities.values().stream().map(Builder::build).toList();
    }

    private static Set<String> personWords(Collection<Person> people) {
        Set<String> words = new HashSet<>();
        for (Person p : people) {
            words.addAll(List.of(p.name().split(" ")));
            p.aliases().forEach(a -> words.addAll(List.of(a.split(" "))));
        }
        return words;
    }

    private static List<List<Token>> capitalisedRuns(String text) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        int lastEnd = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && partOfWord(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (run.isEmpty() && !Character.isUpperCase(text.charAt(start))) {
                // most words are lower-case outside any name: passed over without being cut out
                lastEnd = text.charAt(i - 1) == '.' ? -1 : i;
                continue;
            }
            String raw = text.substring(start, i);
            Token token = token(raw, start);
            boolean adjacent = lastEnd >= 0 && onlySpaces(text, lastEnd, start);
            // days and months are capitalised but name nothing here: "the Port Authority on Monday"
            boolean capital = Character.isUpperCase(token.word().charAt(0))
                && !Lexicon.DATE_WORDS.contains(EntityWords.lower(token.word())) && !dateline(text, start);
            boolean joins = adjacent && run.size() < MAX_RUN
                && (capital || CONNECTORS.contains(token.word()) && !run.isEmpty());
            if (!joins) {
                flush(runs, run);
            }
            if (capital || joins) {
                run.add(token);
            }
            lastEnd = sentenceEnds(raw) ? -1 : token.end();
            if (lastEnd < 0) {
                flush(runs, run);
            }
        }
        flush(runs, run);
        return runs;
    }

    /** The characters of a word as a word is made of (letters, digits, marks, apostrophes, stops, '&' and '-'), after its first letter or digit. */
    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == '&' || c == '-'
            || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** The word without a trailing full stop (unless it is "U.S.") or possessive. */
    private static Token token(String raw, int start) {
        String word = raw;
        if (word.endsWith(".") && !DOTTED.matcher(word).matches()) {
            word = word.substring(0, word.length() - 1);
        }
        if (word.endsWith("'s") || word.endsWith("’s")) {
            word = word.substring(0, word.length() - 2);
        } else if (word.endsWith("'") || word.endsWith("’")) {
            word = word.substring(0, word.length() - 1);
        }
        return new Token(word, start, start + word.length());
    }

    private static boolean sentenceEnds(String raw) {
        return raw.endsWith(".") && !DOTTED.matcher(raw).matches() || raw.endsWith("'s") || raw.endsWith("’s");
    }

    private static boolean dateline(String text, int at) {
        return (at == 0 || text.charAt(at - 1) == '\n') && DATELINE.matcher(text).region(at, text.length()).lookingAt();
    }

    private static boolean onlySpaces(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static void flush(List<List<Token>> runs, List<Token> run) {
        while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1).word())) {
            run.remove(run.size() - 1); // "Kenya and" before a lower-case word
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        run.clear();
    }

    /** A sentence's capitalised first word that the text also writes in lower case is no part of a name: "Take". */
    private static List<Token> withoutOrdinaryFirstWord(String text, List<Token> run, Set<String> lowerCase) {
        Token first = run.get(0);
        int before = first.start() - 1;
        while (before >= 0 && (text.charAt(before) == ' ' || "\"“‘'(".indexOf(text.charAt(before)) >= 0)) {
            before--;
        }
        boolean opensSentence = before < 0 || ".!?:\n".indexOf(text.charAt(before)) >= 0;
        String lower = EntityWords.lower(first.word());
        boolean ordinary = lowerCase.contains(lower) && !Lexicon.PLACE_PREFIXES.contains(lower) // "New York"
            && PlaceNames.canonical(written(run)).isEmpty();
        return opensSentence && run.size() > 1 && ordinary ? run.subList(1, run.size()) : run;
    }

    /** A run as one name, or else as the names its connectors join ("Russia and Ukraine"). */
    private static List<Found> classifyRun(List<Token> run, Set<String> personWords, Set<String> lowerCase) {
        if (shouting(run)) {
            return List.of();
        }
        List<Token> words = beforePerson(withoutOpeners(run), personWords);
        if (words.isEmpty()) {
            return List.of();
        }
        boolean known = PlaceNames.canonical(written(words)).isPresent(); // "Bosnia and Herzegovina"
        List<Found> parts = parts(words, lowerCase);
        // "Boston and New York City" is two places; "Food and Drug Administration" one body, its "Food" nothing
        if (!known && joinsWithAnd(words) && parts.size() == countParts(words)) {
            return parts;
        }
        Optional<Found> whole = classify(words, lowerCase);
        return whole.isPresent() ? List.of(whole.get()) : parts;
    }

    /** The names between a run's connectors, each classified alone. */
    private static List<Found> parts(List<Token> words, Set<String> lowerCase) {
        List<Found> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || CONNECTORS.contains(words.get(i).word())) {
                if (i > from) {
                    classify(withoutOpeners(words.subList(from, i)), lowerCase).ifPresent(parts::add);
                }
                from = i + 1;
            }
        }
        return parts;
    }

    private static int countParts(List<Token> words) {
        return 1 + (int) words.stream().filter(t -> CONNECTORS.contains(t.word())).count();
    }

    private static boolean joinsWithAnd(List<Token> words) {
        return words.stream().anyMatch(t -> t.word().equals("and") || t.word().equals("&"));
    }

    /** Three or more words in capitals are a shouted headline or label, not names. */
    private static boolean shouting(List<Token> run) {
        return run.size() >= 3 && run.stream().allMatch(t -> t.word().equals(t.word().toUpperCase(java.util.Locale.ROOT)));
    }

    /** Drops "The", and sentence openers ("However", "In") unless the whole run is a known place ("New York"). */
    private static List<Token> withoutOpeners(List<Token> run) {
        if (!run.isEmpty() && PlaceNames.canonical(written(run)).isPresent()) {
            return run;
        }
        int from = 0;
        while (from < run.size() && Lexicon.OPENERS.contains(EntityWords.lower(run.get(from).word()))
            && !Lexicon.PLACE_PREFIXES.contains(EntityWords.lower(run.get(from).word()))) { // "New York Times"
            from++;
        }
        return run.subList(from, run.size());
    }

    /** The words before the first word of a person's name, without the title words that led up to it. */
    private static List<Token> beforePerson(List<Token> run, Set<String> personWords) {
        int end = 0;
        while (end < run.size() && !personWords.contains(run.get(end).word())) {
            end++;
        }
        if (end < run.size()) {
            while (end > 0 && (Lexicon.isRoleWord(run.get(end - 1).word())
                || Lexicon.HONORIFICS.contains(Lexicon.bare(run.get(end - 1).word())))) {
                end--; // "NATO Secretary General Jens Stoltenberg" leaves "NATO"
            }
        }
        return run.subList(0, end);
    }

    private static Optional<Found> classify(List<Token> words, Set<String> lowerCase) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String written = written(words);
        Optional<String> place = PlaceNames.canonical(written);
        if (place.isPresent()) {
            return Optional.of(new Found(written, EntityKind.PLACE, place.get()));
        }
        String first = EntityWords.lower(words.get(0).word());
        if (words.size() >= 2 && EntityWords.PLACE_PARTS.contains(first)
            && PlaceNames.canonical(written(words.subList(1, words.size()))).isPresent()) {
            return Optional.of(new Found(written, EntityKind.PLACE, written)); // "Eastern Ukraine"
        }
        if (words.size() == 1) {
            String word = words.get(0).word();
            String lower = EntityWords.lower(word);
            boolean acronym = ACRONYM.matcher(word).matches() && !EntityWords.NOT_ORGANISATIONS.contains(lower)
                && !lowerCase.contains(lower); // "HOME", "SCORE": a label in capitals
            return acronym ? Optional.of(new Found(word, EntityKind.ORGANISATION, word)) : Optional.empty();
        }
        String head = EntityWords.lower(head(words).word());
        if (Lexicon.isRoleWord(head) || !Character.isUpperCase(words.get(words.size() - 1).word().charAt(0))) {
            return Optional.empty();
        }
        if (EntityWords.ORGANISATION_HEADS.contains(head)) {
            return Optional.of(new Found(written, EntityKind.ORGANISATION, written));
        }
        if (EntityWords.PLACE_HEADS.contains(head)) {
            return Optional.of(new Found(written, EntityKind.PLACE, written));
        }
        return Optional.empty();
    }

    /** English names put the head last, or first before "of": "Space Agency", "Bank of England". */
    private static Token head(List<Token> words) {
        for (int i = 1; i < words.size(); i++) {
            if (OF_WORDS.contains(words.get(i).word())) {
                return words.get(i - 1);
            }
        }
        return words.get(words.size() - 1);
    }

    private static String written(List<Token> words) {
        StringBuilder name = new StringBuilder();
        for (Token t : words) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(t.word());
        }
        return name.toString();
    }

    /** Folds an acronym into the organisation whose capitalised words it spells ("VSA", "U.N."). */
    private static void mergeAcronyms(Map<String, Builder> entities) {
        Map<String, Builder> byInitials = new LinkedHashMap<>();
        for (Builder b : entities.values()) {
            if (b.kind == EntityKind.ORGANISATION && b.name.indexOf(' ') > 0) {
                byInitials.putIfAbsent(Acronyms.initialsOf(b.name), b);
            }
        }
        for (Builder acronym : List.copyOf(entities.values())) {
            String letters = acronym.name.replace(".", "");
            Builder full = acronym.name.indexOf(' ') < 0 ? byInitials.get(letters) : null;
            if (full != null && full != acronym && acronym.kind == EntityKind.ORGANISATION) {
                full.absorb(acronym);
                entities.remove(acronym.name);
            }
        }
    }

    /** Folds "Audit Office" into "National Audit Office" when it is the only longer name ending in it. */
    private static void mergeShortForms(Map<String, Builder> entities) {
        for (Builder shorter : List.copyOf(entities.values())) {
            List<Builder> longer = entities.values().stream()
                .filter(b -> b.kind == shorter.kind && b.name.endsWith(" " + shorter.name)).toList();
            if (longer.size() == 1 && shorter.name.indexOf(' ') > 0) {
                longer.get(0).absorb(shorter);
                entities.remove(shorter.name);
            }
        }
    }

    /** Gathers one entity's written forms and mentions while the article is read. */
    private static final class Builder {
        private final String name;
        private final EntityKind kind;
        private final Set<String> aliases = new LinkedHashSet<>();
        private int mentions;

        Builder(String name, EntityKind kind) {
            this.name = name;
            this.kind = kind;
        }

        void seen(String written) {
            mentions++;
            if (!written.equals(name)) {
                aliases.add(written);
            }
        }

        void absorb(Builder other) {
            mentions += other.mentions;
            aliases.add(other.name);
            aliases.addAll(other.aliases);
            aliases.remove(name);
        }

        Entity build() {
            return new Entity(name, kind, List.copyOf(aliases), mentions);
        }
    }
}
