package dev.corroborate.extract;

/** The page holds no article; the message says why, for the user's report. */
public final class NoArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoArticleException(String reason) {
        super(reason);
    }
}
