package dev.corroborate.nlp;

import java.time.LocalDate;

import dev.corroborate.core.Period;
import dev.corroborate.core.Span;

/**
 * A date written in the text ("on Nov. 7", "on Tuesday", "in late 2023").
 *
 * @param span   the words
 * @param day    the day it names, resolved against the publication date; null when it names a longer period or
 *               cannot be resolved without guessing
 * @param period the stretch of days it names when it names no single day ("last summer", "in late 2023"), resolved
 *               the same way; else null
 */
public record TimeExpression(Span span, LocalDate day, Period period) {
    /** An expression naming one day, or a date that could not be resolved. */
    public TimeExpression(Span span, LocalDate day) {
        this(span, day, null);
    }
}
