package dev.corroborate.extract.text;

import java.util.regex.Pattern;

/**
 * What a line of bare byline names may carry after the names and is no part of them: the writer's handle, glued or
 * not ("Ona Brask@onabrask"), the story's age ("Ona Brask 2 months") or the place the writers filed from ("Ona Brask
 * and Teo Lind in Harlan").
 */
final class BylineTail {
    private static final Pattern TAIL = Pattern.compile(
        "\\s*@\\w{1,30}$"
        + "|\\s+\\d{1,2}\\s*(?:minute|min|hour|hr|day|week|month|year)s?(?:\\s+ago)?$"
        + "|\\s+in\\s+\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+){0,2}$");

    private BylineTail() {
    }

    /** @return the line without its trailing handle, age or place; the line itself when it has none */
    static String strip(String line) {
        return TAIL.matcher(line.strip()).replaceFirst("");
    }
}
