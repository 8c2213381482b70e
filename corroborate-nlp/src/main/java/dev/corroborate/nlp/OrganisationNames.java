package dev.corroborate.nlp;

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
}
