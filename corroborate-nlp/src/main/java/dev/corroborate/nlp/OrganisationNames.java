package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full name an article gives an organisation that speaks: "the Department" of "according to the Department of
 * Agriculture's monitoring" is the Department of Agriculture. (An acronym's spelled-out name is {@link Acronyms}'.)
 */
final class OrganisationNames {
    /** " of State Legislatures", " of the Interior": capitalised words that complete a name after "of". */
    private static final Pattern OF_TAIL = Pattern.compile(
        "^ of (?:the )?(\\p{Lu}[\\p{L}'’-]*(?: (?:of |and |for |the )?\\p{Lu}[\\p{L}'’-]*)*)");

    /** " and Urban Development": what completes a name that "of" runs through. */
    private static final Pattern AND_TAIL = Pattern.compile("^ and (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*)");
    /** How far back an organisation's full name may stand from "the board" that refers to it, in characters. */
    private static final int NAMED_REACH = 3000;
    /** Capitalised words, and small joining words, that may lead a name's head: "Georgia Board", "Bureau of". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’&-]*|of|for|and|to|the");

    /** Capitalised words after a word, up to a lower-case word: " Games has", not " Games." nor " Games, the". */
    private static final Pattern FOLLOWING_NAME_WORDS = Pattern.compile("(?: \\p{Lu}[\\p{L}'’-]*+)+(?= \\p{Ll})");

    private OrganisationNames() {
    }

    /**
     * The name a word that speaks alone was introduced by: "Insomniac wrote" after "Insomniac Games has weighed in"
     * is Insomniac Games. The word's first use in the body tells; capitalised words straight after it complete it.
     */
    static String introducedAs(String body, String word) {
        int at = body.indexOf(word);
        while (at > 0 && Character.isLetterOrDigit(body.charAt(at - 1))) {
            at = body.indexOf(word, at + 1);
        }
        if (at < 0) {
            return word;
        }
        Matcher m = FOLLOWING_NAME_WORDS.matcher(body).region(at + word.length(), body.length());
        if (!m.lookingAt()) {
            return word;
        }
        List<String> words = new ArrayList<>(List.of(m.group().strip().split("\\s+")));
        while (!words.isEmpty() && (Lexicon.DATE_WORDS.contains(Lexicon.bare(words.get(words.size() - 1)))
            || Lexicon.OPENERS.contains(Lexicon.bare(words.get(words.size() - 1))))) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? word : word + " " + String.join(" ", words);
    }

    /**
     * The organisation that "the board" or "the service" stands for: the last name before {@code position} whose
     * head is that noun, capitalised ("the Georgia Board of Pharmacy", "the National Weather Service").
     *
     * @param noun a lower-case organisation noun
     * @return the full name, or null when the article names none before
     */
    static String namedBefore(String body, int position, String noun) {
        String head = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        int from = Math.max(0, position - NAMED_REACH);
        for (int at = body.lastIndexOf(head, position); at >= from; at = body.lastIndexOf(head, at - 1)) {
            int end = at + head.length();
            boolean word = (at == 0 || !Character.isLetter(body.charAt(at - 1)))
                && (end == body.length() || !Character.isLetter(body.charAt(end)));
            if (!word) {
                continue;
            }
            String[] before = body.substring(Math.max(0, at - 80), at).split(" ", -1);
            List<String> lead = new ArrayList<>();
            // walk back over the capitalised words right before the head, one space apart
            for (int i = before.length - 2; i >= 0 && NAME_WORD.matcher(before[i]).matches(); i--) {
                lead.add(0, before[i]);
            }
            while (!lead.isEmpty() && (!Character.isUpperCase(lead.get(0).charAt(0))
                || Lexicon.OPENERS.contains(Lexicon.bare(lead.get(0))))) {
                lead.remove(0); // "on the", "The": no part of the name
            }
            if (lead.isEmpty() || !before[before.length - 1].isEmpty()) {
                continue; // "Board members": a head with nothing before it names no organisation of its own
            }
            return withOfTail(body, end, String.join(" ", lead) + " " + head);
        }
        return null;
    }

    /**
     * @param name what the attribution named, ending at {@code end} in the body
     * @return the name with the "of ..." that completes it in the body, possessive removed
     */
    static String withOfTail(String body, int end, String name) {
        if (end < 0 || end > body.length()) {
            return name;
        }
        String after = body.substring(end, Math.min(body.length(), end + 120));
        Matcher m = OF_TAIL.matcher(after);
        if (m.find()) {
            return name + " of " + m.group(1).replaceAll("['’]s?$", "");
        }
        Matcher and = AND_TAIL.matcher(after);
        if (name.contains(" of ") && and.find()) {
            return name + " and " + and.group(1).replaceAll("['’]s?$", ""); // "Department of Housing" and Urban ...
        }
        return name;
    }
}
