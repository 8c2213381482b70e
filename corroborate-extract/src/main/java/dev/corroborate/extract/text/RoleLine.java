package dev.corroborate.extract.text;

import java.util.regex.Pattern;

/**
 * A short line that is nothing but a writer's job title, printed under the byline's name: a newsroom title
 * ({@link BoilerplateLexicon#isStaffTitle}, "Senior Editor"), also after a bullet ("·Senior Reporter"), or the
 * outlet's staff credit and a pundit's title ("Valley Post Staff", "Football Analyst").
 */
final class RoleLine {
    private static final Pattern LEADING_MARK = Pattern.compile("^[·•|\\s]+");
    private static final Pattern STAFF_OR_ANALYST = Pattern.compile(
        "^(?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,3}(?:Staff|Analyst)$");

    private RoleLine() {
    }

    static boolean is(String line) {
        String title = LEADING_MARK.matcher(line).replaceFirst("");
        return BoilerplateLexicon.isStaffTitle(title) || title.length() < 60 && STAFF_OR_ANALYST.matcher(title).matches();
    }
}
