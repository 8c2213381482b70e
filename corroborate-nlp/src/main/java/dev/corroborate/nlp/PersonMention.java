package dev.corroborate.nlp;

import dev.corroborate.core.Span;

/**
 * A place in the text that refers to a person.
 *
 * @param span   where the words are
 * @param person the person's canonical name in this article
 */
record PersonMention(Span span, String person) {
}
