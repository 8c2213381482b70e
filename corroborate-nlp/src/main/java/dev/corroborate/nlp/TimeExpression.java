package dev.corroborate.nlp;

import java.time.LocalDate;

import dev.corroborate.core.Span;

/**
 * A date written in the text ("on Nov. 7", "on Tuesday", "in late 2023").
 *
 * @param span the words
 * @param day  the day it names, resolved against the publication date; null when it names a longer period or
 *             cannot be resolved without guessing
 */
public record TimeExpression(Span span, LocalDate day) {
}
