package dev.corroborate.core;

/**
 * One sentence that states a claim.
 *
 * @param articleId the article it is in
 * @param outlet    that article's outlet, or null
 * @param sentence  the sentence span in the article body
 * @param text      the sentence itself, for reading without the article
 * @param copyOf    the original when the article is a copy of another (syndication), else null: it adds no source
 */
public record Evidence(String articleId, String outlet, Span sentence, String text, String copyOf) {
    /** Evidence from an article that is no copy. */
    public Evidence(String articleId, String outlet, Span sentence, String text) {
        this(articleId, outlet, sentence, text, null);
    }

    /** @return the article this evidence counts under: its original when it is a copy, else its own */
    public String sourceArticleId() {
        return copyOf == null ? articleId : copyOf;
    }
}
