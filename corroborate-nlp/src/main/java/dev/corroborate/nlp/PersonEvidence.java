package dev.corroborate.nlp;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.corroborate.core.Span;

/**
 * What the words around a capitalised name say of it being a person, when no title stands before it and its surname
 * never recurs alone: an age ("Ivo Havranek, 43,", "the 66-year-old Kevin Vell"), an apposition naming a role or an
 * occupation ("the university's rector, Milena Kral,", "Martin Gray, the U.N. relief chief,"), or a "he" or "she"
 * that comes next with no other name between ("Petr Pavel ... “...,” he wrote").
 */
final class PersonEvidence {
    /** ", 43," or ", a 34-year-old mum" after the name; a pseudonym's asterisk may stand between. */
    private static final Pattern AGE_AFTER = Pattern.compile(
        "^\\*?,\\s+(?:\\d{1,3}\\s*[,)]|(?:a|an)\\s+\\d{1,3}-year-old\\b)");
    /** "the 66-year-old Kevin Vell", "a 25-year-old Ada Lin". */
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b\\d{1,3}-year-old\\s+$");
    /** "the university's rector, " / "another witness, " before the name, which a comma closes. */
    private static final Pattern APPOSITION_BEFORE = Pattern.compile(
        "\\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\\p{L}+['’]s?)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?"
            + "(?<noun>\\p{Ll}[\\p{L}-]*),\\s+$");
    /** ", the U.N. humanitarian affairs chief," / ", a lawyer from London" after the name. */
    private static final Pattern APPOSITION_AFTER = Pattern.compile(
        "^,\\s+(?:the|a|an)\\s+(?<words>(?:(?!\\.\\s)[^,;:()\"“”]){2,80})");
    /** Occupations the role list does not hold end like these: rector, teacher, dentist, student, librarian. */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{Ll}{2,}(?:or|er|ist|ent|ant|ian)");
    private static final Pattern GENDERED = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\\b");
    /** Words before a run that make it a place or a thing: "the Prague Castle", "in Santa Rosa". */
    private static final Pattern PLACE_BEFORE = Pattern.compile(
        "(?i)\\b(?:the|a|an|in|at|from|to|of|near|into|on|across|outside|inside)\\s+$");
    /** How far after a name the pronoun that proves it may come. */
    private static final int PRONOUN_REACH = 300;

    /** Words after a name that show it is no subject: "Demi Vell and their daughters", "Ada Vell of Marden". */
    private static final Set<String> NOT_VERBS = Set.of("and", "or", "nor", "of", "in", "at", "for", "to", "from",
        "with", "on", "by", "as", "than", "who", "whom", "whose", "which", "that", "into", "about", "after", "before");

    private PersonEvidence() {
    }

    /**
     * Whether the name ending at {@code end} reads as the subject of what follows: a lower-case word that is no
     * joining word comes next ("Fell still likes", "Emma Vell shared"); "Demi Vell and", "Trump," or "Vell's" do not.
     */
    static boolean verbFollows(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isLowerCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return !NOT_VERBS.contains(text.substring(end + 1, wordEnd));
    }

    /** Whether an age stands right before or after the name: "Anna, 40,", "the 66-year-old Kevin Vell". */
    static boolean aged(String text, Span name) {
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 30));
        String before = text.substring(Math.max(0, name.start() - 20), name.start());
        return AGE_AFTER.matcher(after).find() || AGE_BEFORE.matcher(before).find();
    }

    /** Whether an age or an apposition around the name says it is a person's. */
    static boolean described(String text, Span name) {
        if (aged(text, name)) {
            return true;
        }
        String after = text.substring(name.end(), Math.min(text.length(), name.end() + 100));
        String before = text.substring(Math.max(0, name.start() - 80), name.start());
        var appositionBefore = APPOSITION_BEFORE.matcher(before);
        if (appositionBefore.find() && after.startsWith(",") && personNoun(appositionBefore.group("noun"))) {
            return true;
        }
        var appositionAfter = APPOSITION_AFTER.matcher(after);
        if (appositionAfter.find()) {
            for (String word : appositionAfter.group("words").split("\\s+")) {
                if (personNoun(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a gendered pronoun outside quotes follows the name before any other name-like run does, in the same
     * paragraph or the next.
     *
     * @param nextName where the next capitalised run that could name someone starts, or the text's length
     */
    static boolean pronounFollows(String text, Span name, int nextName, List<Span> quotes) {
        if (PLACE_BEFORE.matcher(text.substring(Math.max(0, name.start() - 12), name.start())).find()) {
            return false;
        }
        int limit = Math.min(Math.min(text.length(), nextName), name.end() + PRONOUN_REACH);
        int paragraph = text.indexOf("\n\n", name.end());
        if (paragraph >= 0 && !endsLikeProse(text, paragraph)) {
            limit = Math.min(limit, paragraph); // a headline or caption's name is no antecedent for what follows
        } else if (paragraph >= 0) {
            int next = text.indexOf("\n\n", paragraph + 2);
            limit = Math.min(limit, next < 0 ? text.length() : next);
        }
        var m = GENDERED.matcher(text).region(name.end(), limit);
        while (m.find()) {
            int at = m.start();
            if (quotes.stream().noneMatch(q -> q.start() <= at && at < q.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLikeProse(String text, int paragraphEnd) {
        int i = paragraphEnd;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && ".\"”’:".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static boolean personNoun(String word) {
        String bare = Lexicon.bare(word);
        return Lexicon.isRoleWord(bare) || AGENT_NOUN.matcher(bare).matches() && !Lexicon.NON_PERSON.contains(bare);
    }
}
