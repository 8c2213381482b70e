package dev.corroborate.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.corroborate.extract.meta.AuthorNames;

/**
 * The person at the head of a byline that runs on, with no comma, into the writer's outlet or role: "Ona Brask
 * Valley Post Gazette", "Ona Brask Globe Correspondent", or glued to it where the dump lost the space between two
 * elements ("Ona BraskWriter", "Ona Brask VPNews"). The outlet's words may themselves read as a name ("Cherry Hill
 * Courier"), so the person is the first two words, three with a middle initial or a particle.
 */
final class AffiliatedName {
    /** A capital after three lower-case letters starts a new element: "BraskWriter" (not "McDonald", "DeShawn"). */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll}{3})(?=\\p{Lu})|(?<=\\p{Lu}{2})(?=\\p{Lu}\\p{Ll}{2})");
    private static final Pattern WORD_PARTS = Pattern.compile("[-&/]");
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.?");
    private static final int MAX_WORDS = 12;
    private static final Pattern ALL_CAPS_END = Pattern.compile("\\b\\p{Lu}{2,}\\s*$");
    private static final int MIN_WORD_LETTERS = 4;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");
    /** A picture credit ("Ann Lee - Agency Images", "Ann Lee / Getty") names the photographer, no writer. */
    private static final Pattern CREDIT = Pattern.compile("(?i)images?|photos?|photograph\\w*|getty|shutterstock|via|courtesy");
    /** "Ellen Lee's Net Worth": a possessive opens a headline or a subhead, never a byline. */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

    private AffiliatedName() {
    }

    /** @return the person the segment opens with, or null when it names none or holds nothing after the name */
    static String of(String segment) {
        if (segment == null) {
            return null;
        }
        String[] glued = GLUE.split(segment.strip(), 2);
        if (glued.length == 2 && AuthorNames.isPersonName(glued[0].strip()) && glued[0].strip().split("\\s+").length <= 3
            && !ALL_CAPS_END.matcher(glued[0]).find()) {
            return glued[0].strip(); // "VPNews" glues two words of the outlet: the words after the name tell
        }
        if (POSSESSIVE.matcher(segment).find()) {
            return null;
        }
        String[] words = GLUE.matcher(segment.strip()).replaceAll(" ").split("\\s+");
        if (words.length < 3 || words.length > MAX_WORDS) {
            return null;
        }
        int nameWords = INITIAL.matcher(words[1]).matches() || Character.isLowerCase(words[1].charAt(0)) ? 3 : 2;
        if (words.length <= nameWords || !affiliation(words, nameWords)) {
            return null;
        }
        String name = String.join(" ", List.of(words).subList(0, nameWords));
        return AuthorNames.isPersonName(name) ? name : null;
    }

    /**
     * Whether the words after the name hold an outlet's or a role's word, capitalised as names are ("Gazette",
     * "TODAY", "Correspondent"; not "the" or "and" of a sentence), and no picture credit's ("Images", "Photo").
     */
    private static boolean affiliation(String[] words, int from) {
        boolean found = false;
        for (int k = from; k < words.length; k++) {
            for (String part : WORD_PARTS.split(words[k])) {
                String word = TRAILING_PUNCTUATION.matcher(part).replaceAll("");
                if (CREDIT.matcher(word).matches()) {
                    return false;
                }
                boolean capitalised = word.length() >= MIN_WORD_LETTERS && Character.isUpperCase(word.charAt(0))
                    || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
                found |= capitalised && AuthorNames.isNotPersonWord(word);
            }
        }
        return found;
    }
}
