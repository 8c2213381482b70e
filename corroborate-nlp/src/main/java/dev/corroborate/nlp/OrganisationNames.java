package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full name an article gives an organisation that speaks: "the Department" of "according to the Department of
 * Agriculture's monitoring" is the Department of Agriculture, and "the UN" is the United Nations where the article
 * spells it out.
 */
final class OrganisationNames {
    /** " of State Legislatures", " of the Interior": capitalised words that complete a name after "of". */
    private static final Pattern OF_TAIL = Pattern.compile(
        "^ of (?:the )?(\\p{Lu}[\\p{L}'’-]*(?: (?:of |and |for |the )?\\p{Lu}[\\p{L}'’-]*)*)");
    /** Capitalised runs with the small words a name may hold: "Drug Enforcement Administration". */
    private static final Pattern NAME_RUN = Pattern.compile(
        "\\p{Lu}[\\p{L}.'’-]*(?: (?:of |and |for |the |on )?\\p{Lu}[\\p{L}.'’-]*)*");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on");

    private OrganisationNames() {
    }

    /**
     * @param name what the attribution named, ending at {@code end} in the body
     * @return the name with the "of ..." that completes it in the body, possessive removed
     */
    static String withOfTail(String body, int end, String name) {
        if (end < 0 || end > body.length()) {
            return name;
        }
        Matcher m = OF_TAIL.matcher(body.substring(end, Math.min(body.length(), end + 120)));
        if (!m.find()) {
            return name;
        }
        return name + " of " + m.group(1).replaceAll("['’]s?$", "");
    }

    /**
     * @param acronym an organisation written as its initials: "UN", "U.S.", "DEA"
     * @return the first name in the body whose initials it is ("United Nations"), a single acronym before it kept
     *         ("U.S. Drug Enforcement Administration"); the acronym itself when the article never spells it out
     */
    static String expanded(String body, String acronym) {
        String letters = acronym.replace(".", "");
        if (!Lexicon.ACRONYM.matcher(acronym).matches() || letters.length() < 2) {
            return acronym;
        }
        Matcher run = NAME_RUN.matcher(body);
        while (run.find()) {
            List<String> words = new ArrayList<>(List.of(run.group().split(" ")));
            for (int from = 0; from < words.size(); from++) {
                if (initials(words.subList(from, words.size())).equals(letters)) {
                    int keep = from == 1 && Lexicon.ACRONYM.matcher(words.get(0)).matches() ? 0 : from;
                    return String.join(" ", words.subList(keep, words.size())).replaceAll("['’]s?$|(?<=\\p{Ll}{2})\\.$", "");
                }
            }
        }
        return acronym;
    }

    /** The initials of a name's capitalised words, small words skipped; empty when a word is lower-case or an acronym. */
    static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (CONNECTORS.contains(w)) {
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Lexicon.ACRONYM.matcher(w).matches()) {
                return "";
            }
            out.append(w.charAt(0));
        }
        return out.toString();
    }
}
