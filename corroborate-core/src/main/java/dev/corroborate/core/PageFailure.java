package dev.corroborate.core;

/**
 * An input that could not be turned into an article, with a reason a person can act on.
 *
 * @param source the input path as given (or path#line)
 * @param reason why, in a few words ("binary file", "empty file", "no article text found", ...)
 */
public record PageFailure(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
