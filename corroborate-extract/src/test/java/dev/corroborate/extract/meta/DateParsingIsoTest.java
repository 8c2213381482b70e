package dev.corroborate.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Published;

/** The quick reading of common ISO timestamps agrees with the ISO formatter wherever it answers. */
class DateParsingIsoTest {
    private static final String[] VALUES = {
        "2023-11-14T15:23:34Z", "2023-11-14T15:23:34+00:00", "2023-11-14T15:23:34.123Z", "2023-11-14T15:23:34.123456789Z",
        "2023-11-14T15:23:34.1234567890Z", "2023-11-14T15:23Z", "2023-11-14 15:23:34-05:00", "2023-12-22T22:22:07-05:30",
        "2023-11-14T15:23:34+18:00", "2023-11-14T15:23:34+19:00", "2023-11-14T15:23:34+05:75", "2023-11-14T24:00:00Z",
        "2023-11-14T23:60:00Z", "2023-11-14T23:59:60Z", "2023-02-29T10:00:00Z", "2024-02-29T10:00:00Z",
        "2023-13-01T10:00:00Z", "2023-11-14T15:23:34", "2023-11-14", "2023-11-14T15:23:34.Z", "2023-11-14T15:23:3Z",
        "2023-11-14t15:23:34Z", "2023-11-14T15:23:34z", "2023-11-14T15:23:34+0500", "2023-11-14T15:23:34+05:00:00",
        "2023-11-14T15:23:34-00:00", "0000-01-01T00:00Z", "2023-11-14T15:23:34 +05:00", "2023-1-14T15:23:34Z"};

    /** What parseIso's formatter makes of a value, or null when it throws. */
    private static Published formatter(String v) {
        try {
            OffsetDateTime odt = OffsetDateTime.parse(v.replace(' ', 'T').replaceFirst("Z$", "+00:00"));
            return new Published(odt.toLocalDate(), odt.toLocalTime().withNano(0), odt.getOffset());
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    @Test
    void agreesWithTheFormatterOrLeavesTheValueToIt() {
        for (String v : VALUES) {
            Published quick = DateParsing.commonIsoOffset(v);
            if (quick != null) {
                assertEquals(formatter(v), quick, v);
            } else if (formatter(v) != null) {
                assertEquals(formatter(v), DateParsing.parseIso(v).orElseThrow(), v);
            }
        }
    }

    @Test
    void readsTheCommonShapesItself() {
        assertEquals(new Published(LocalDate.of(2023, 12, 22), LocalTime.of(22, 22, 7), ZoneOffset.ofHours(-5)),
            DateParsing.commonIsoOffset("2023-12-22T22:22:07.250-05:00"));
        assertEquals(new Published(LocalDate.of(2023, 11, 14), LocalTime.of(15, 23), ZoneOffset.UTC),
            DateParsing.commonIsoOffset("2023-11-14 15:23Z"));
        assertNotNull(DateParsing.commonIsoOffset("2023-11-14T15:23:34+05:30"));
        assertNull(DateParsing.commonIsoOffset("2023-11-14T15:23:34"), "no offset: the formatter's local reading");
        assertNull(DateParsing.commonIsoOffset("2023-02-29T10:00:00Z"), "no such day");
    }
}
