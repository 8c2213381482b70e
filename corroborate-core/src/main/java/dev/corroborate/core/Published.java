package dev.corroborate.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication time as precise as the page shows it: a day, a day and a time, or a day, time and offset.
 *
 * @param date   the calendar day; never null
 * @param time   the local time when shown, else null
 * @param offset the UTC offset when shown, else null
 */
public record Published(LocalDate date, LocalTime time, ZoneOffset offset) {
    public Published {
        Objects.requireNonNull(date, "date");
        if (offset != null && time == null) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    public static Published ofDate(LocalDate date) {
        return new Published(date, null, null);
    }

    /** ISO-8601: {@code 2023-11-14}, {@code 2023-11-14T14:50:00} or {@code 2023-11-14T14:50:00+02:00}. */
    public String toIso() {
        if (time == null) {
            return date.toString();
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        if (offset == null) {
            return local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        return local.atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @Override
    public String toString() {
        return toIso();
    }
}
