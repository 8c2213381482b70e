package dev.corroborate.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feed dates to ISO-8601, the form the HTML extractor reads from meta tags. RSS writes RFC 822 dates
 * ({@code Tue, 04 Mar 2025 09:30:00 +0100}, named North American zones allowed); Atom and Dublin Core write ISO.
 */
final class FeedDates {
    /** The zone names RFC 822 allows besides numeric offsets. */
    private static final Map<String, String> RFC822_ZONES = Map.of("UT", "+0000", "Z", "+0000", "EST", "-0500",
        "EDT", "-0400", "CST", "-0600", "CDT", "-0500", "MST", "-0700", "MDT", "-0600", "PST", "-0800",
        "PDT", "-0700");
    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s([A-Z]{1,3})$");

    private FeedDates() {
    }

    /** @return the date as ISO-8601, the trimmed text when it cannot be read, or null for none */
    static String toIso(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String text = written.strip().replaceAll("\\s+", " ");
        try {
            return OffsetDateTime.parse(text).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notIso) {
            // try the next form
        }
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException notIsoDay) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(withNumericZone(text), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notRfc822) {
            return text;
        }
    }

    private static String withNumericZone(String text) {
        Matcher m = TRAILING_ZONE.matcher(text);
        if (m.find() && RFC822_ZONES.containsKey(m.group(1)) && !m.group(1).equals("GMT")) {
            return text.substring(0, m.start(1)) + RFC822_ZONES.get(m.group(1));
        }
        return text;
    }
}
