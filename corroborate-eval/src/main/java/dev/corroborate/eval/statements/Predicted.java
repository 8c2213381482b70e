package dev.corroborate.eval.statements;

import dev.corroborate.core.Span;

/**
 * A predicted statement placed on the gold body.
 *
 * @param speaker   the predicted speaker
 * @param kind      "direct" or "reported"
 * @param content   the content mapped to gold-body offsets, or null when its text could not be found there
 * @param extracted the content's offsets in the extracted body
 */
public record Predicted(String speaker, String kind, Span content, Span extracted) {
}
