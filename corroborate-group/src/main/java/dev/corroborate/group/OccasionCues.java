package dev.corroborate.group;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that mark an article as reporting a new occasion about an old one: a retraction, a reversal, a
 * withdrawal, an apology (which owns up to an earlier statement). Such a report is an event of its own, however
 * much of the first occasion's wording it repeats.
 */
final class OccasionCues {
    /**
     * A withdrawal is a retraction when it takes something back ("withdrew her pledge", "withdraws death toll"):
     * it has an object. Withdrawing from a race or a film, or as a candidate, is the happening itself, which every
     * report of it names.
     */
    private static final String WITH_OBJECT = "(?!\\s+(?:from|as)\\b)(?=\\s+\\w)";
    private static final Pattern RETRACTION = Pattern.compile(
        "\\b(retract\\w*|withdr[ae]w\\w*" + WITH_OBJECT + "|walk(s|ed|ing)? back|backtrack\\w*|u-turn\\w*"
            + "|revers(es|ed|al)|rescind\\w*|takes? back|took back|apologi[sz](es|ed|ing))\\b");

    /** Whether a headline reports a retraction or reversal; false for none. */
    static boolean reportsRetraction(String headline) {
        return headline != null && RETRACTION.matcher(headline.toLowerCase(Locale.ROOT)).find();
    }

    private OccasionCues() {
    }
}
