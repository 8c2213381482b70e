package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names an article's acronyms stand for: "the DEA said" speaks for the "U.S. Drug Enforcement Administration"
 * the article named before, "the SRA" for the "Sugar Regulatory Administration (SRA)". An acronym the article never
 * spells out stays as written.
 */
final class Acronyms {
    /** A capitalised phrase, small joining words allowed inside: "Department of Housing and Urban Development". */
    private static final Pattern PHRASE = Pattern.compile(
        "\\p{Lu}[\\p{L}.'’&-]*(?:\\s+(?:(?:of|for|and|the)\\s+)*\\p{Lu}[\\p{L}.'’&-]*)+");
    private static final Set<String> JOINERS = Set.of("of", "for", "and", "the");

    private final String body;
    private List<String> phrases;

    Acronyms(String body) {
        this.body = body;
    }

    /** @return the phrase the acronym stands for, or the acronym itself when the article spells it out nowhere */
    String expand(String acronym) {
        String letters = acronym.replace(".", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2 || !Lexicon.ACRONYM.matcher(acronym).matches()) {
            return acronym;
        }
        for (String phrase : phrases()) {
            List<String> words = new ArrayList<>();
            for (String w : phrase.split("\\s+")) {
                if (!JOINERS.contains(w)) {
                    words.add(w);
                }
            }
            // the acronym's letters are the initials of a run of the phrase's words, which is the name:
            // "Monday the [W]essex [H]arbour [A]uthority" stands for "Wessex Harbour Authority"
            for (int end = letters.length(); end <= words.size(); end++) {
                if (initials(words.subList(end - letters.length(), end)).equals(letters)) {
                    int start = end - letters.length();
                    while (start > 0 && words.get(start - 1).contains(".")) {
                        start--; // "U.S. Drug Enforcement Administration": a leading abbreviation belongs to the name
                    }
                    if (start > 0 && Lexicon.NON_PERSON.contains(Lexicon.bare(words.get(start - 1)))
                        && phrase.contains(words.get(start - 1) + " of " + words.get(start))) {
                        start--; // "HUD" is the "Department of Housing and Urban Development"
                    }
                    int from = phrase.indexOf(words.get(start));
                    String last = words.get(end - 1);
                    return phrase.substring(from, phrase.indexOf(last, from) + last.length()).replaceAll("['’]s$", "");
                }
            }
        }
        return acronym;
    }

    /** The initials of a name's words, joining words skipped ("Food and Drug Administration" is FDA). */
    static String initialsOf(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            if (!JOINERS.contains(w)) {
                words.add(w);
            }
        }
        return initials(words);
    }

    private static String initials(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.contains(".")) {
                return ""; // "U.N. Security" gives no "US": an abbreviation's own initial is no letter of another
            }
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    private List<String> phrases() {
        if (phrases == null) {
            phrases = new ArrayList<>();
            Matcher m = PHRASE.matcher(body);
            while (m.find()) {
                for (String part : m.group().split("(?<=\\p{Ll}{2}\\.)\\s+")) { // "Friday. The Agency": two sentences
                    addPhrase(part);
                }
            }
        }
        return phrases;
    }

    private void addPhrase(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
        while (words.size() > 1 && (Lexicon.OPENERS.contains(Lexicon.bare(words.get(0))) || JOINERS.contains(words.get(0)))) {
            words.remove(0); // "And the Federal Trade Commission": sentence openers are no part of the name
        }
        phrases.add(String.join(" ", words));
    }
}
