package dev.corroborate.extract.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outlet a text dump names: a news desk credited on the byline, else the holder of a copyright line.
 */
final class DumpOutlet {
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|\\|)\\s*");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
        "(?i)(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*([^.|]+?(?:\\.[a-z]{2,6})?)"
        + "\\s*(?:\\.|\\||all rights|$)");
    private static final Pattern CAPITALISED_PHRASE = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,4}");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:www\\.)?([a-z0-9-]+)\\.[a-z]{2,6}$");

    private DumpOutlet() {
    }

    /** The outlet named by a desk credit on the byline, else by a copyright line anywhere on the page. */
    static String outlet(List<DumpLine> header, List<DumpLine> all) {
        for (DumpLine line : header) {
            Matcher by = DumpMetadata.BYLINE.matcher(line.text());
            if (!by.matches()) {
                continue;
            }
            for (String part : NAME_SEPARATORS.split(beforeDate(by.group(1) != null ? by.group(1) : by.group(2)))) {
                Matcher desk = DumpMetadata.DESK.matcher(part.strip());
                if (desk.matches()) {
                    String name = part.strip().toLowerCase(Locale.ROOT).startsWith("the ")
                        ? "The " + desk.group(1) : desk.group(1);
                    return name.strip();
                }
            }
        }
        for (DumpLine line : all) {
            if (!BoilerplateLexicon.isCopyright(line.text())) {
                continue;
            }
            Matcher m = COPYRIGHT_HOLDER.matcher(line.text());
            if (m.find() && !m.group(1).isBlank()) {
                return spelledOut(holderName(m.group(1)), all);
            }
        }
        return null;
    }

    /** "Example Post Ltd, 14 Quay Road" is the Example Post; "Example Media Group 2025" the Example Media Group. */
    private static String holderName(String holder) {
        String name = holder.split(",", 2)[0].strip();
        name = name.replaceFirst("\\s+(?:19|20)\\d{2}$", "");
        name = name.replaceFirst("(?i)\\s+(?:ltd|limited|inc|llc|plc|gmbh|s\\.a|ag)\\.?$", "");
        return name.strip();
    }

    /** "Examplenews.com" reads better as the "Example News" the page itself writes, when it does. */
    private static String spelledOut(String holder, List<DumpLine> all) {
        Matcher domain = DOMAIN.matcher(holder);
        if (!domain.matches()) {
            return holder;
        }
        String squashed = domain.group(1).replace("-", "").toLowerCase(Locale.ROOT);
        for (DumpLine line : all) {
            Matcher m = CAPITALISED_PHRASE.matcher(line.text());
            while (m.find()) {
                String[] words = m.group().split("\\s+");
                for (int from = 0; from < words.length - 1; from++) {
                    for (int to = words.length; to > from + 1; to--) {
                        String sub = String.join(" ", Arrays.copyOfRange(words, from, to));
                        if (sub.replace(" ", "").toLowerCase(Locale.ROOT).equals(squashed)) {
                            return sub;
                        }
                    }
                }
            }
        }
        return holder;
    }

    private static String beforeDate(String byline) {
        Matcher date = DumpMetadata.DATE_START.matcher(byline);
        return date.find() ? byline.substring(0, date.start()) : byline;
    }
}
