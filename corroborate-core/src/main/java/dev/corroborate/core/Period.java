package dev.corroborate.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days the text names without naming one day ("last summer", "in late 2023", "last week"), both ends
 * included.
 */
public record Period(LocalDate first, LocalDate last) {
    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends " + last + " before it starts " + first);
        }
    }
}
