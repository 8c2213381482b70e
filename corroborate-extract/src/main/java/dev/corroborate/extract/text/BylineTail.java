package dev.corroborate.extract.text;

import java.util.regex.Pattern;

/**
 * What a byline may carry after the names and is no part of them: the writer's handle, glued or not ("Ona
 * Brask@onabrask"), the story's age ("Ona Brask 2 months"), the place the writers filed from ("Ona Brask and Teo Lind
 * in Harlan"), or the label of a link beside the name, glued or not ("Ona Braskarchive page", "Ona Brask 4 min read").
 */
final class BylineTail {
    private static final Pattern TAIL = Pattern.compile(
        "\\s*@\\w{1,30}$"
        + "|\\s+\\d{1,2}\\s*(?:minute|min|hour|hr|day|week|month|year)s?(?:\\s+ago)?$"
        + "|\\s+in\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}$"
        // a link's label the dump ran into the name: "Ona Braskarchive page", "Ona Brasklong Read"
        + "|\\s*(?i:archive page|(?:long|quick|short|\\d{1,2}[- ]?min(?:ute)?s?)\\s+read)$");

    private BylineTail() {
    }

    /** @return the line without its trailing handle, age or place; the line itself when it has none */
    static String strip(String line) {
        return TAIL.matcher(line.strip()).replaceFirst("");
    }
}
