package dev.corroborate.extract.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Published;

/**
 * Reads a stamp that gives the story's age instead of its day ("Published 3 days ago", "20 hours ago", "Published
 * Yesterday"): against the time the crawler fetched the page that is a day. The age is rounded, so the day is all it
 * tells. Only a line that is the stamp and nothing else counts: "Yesterday's weather" is a menu entry.
 */
final class RelativeStamp {
    private static final Pattern AGE = Pattern.compile(
        "(?i)^(?:(?:published|posted)(?:\\s+on)?\\s*:?\\s*)?"
        + "(?:(\\d{1,3}|an?|one)\\s+(min(?:ute)?s?|hours?|hrs?|days?|weeks?)\\s+ago|(yesterday|today))\\.?$");

    private RelativeStamp() {
    }

    /**
     * @param header  the lines above the body, nearest the body last
     * @param fetched when the page was fetched
     * @return the day of the stamp nearest the body, or null when none gives the story's age
     */
    static Published in(List<DumpLine> header, Instant fetched) {
        for (int at = header.size() - 1; at >= 0; at--) {
            Matcher m = AGE.matcher(header.get(at).text().strip());
            if (m.matches()) {
                return Published.ofDate(dayOf(m, fetched));
            }
        }
        return null;
    }

    private static LocalDate dayOf(Matcher m, Instant fetched) {
        LocalDate fetchDay = fetched.atOffset(ZoneOffset.UTC).toLocalDate();
        if (m.group(3) != null) {
            return m.group(3).equalsIgnoreCase("yesterday") ? fetchDay.minusDays(1) : fetchDay;
        }
        String count = m.group(1).toLowerCase(Locale.ROOT);
        long n = Character.isDigit(count.charAt(0)) ? Long.parseLong(count) : 1;
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Duration age = unit.startsWith("min") ? Duration.ofMinutes(n)
            : unit.startsWith("h") ? Duration.ofHours(n)
            : unit.startsWith("d") ? Duration.ofDays(n)
            : Duration.ofDays(7 * n);
        return fetched.minus(age).atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
