package dev.corroborate.core;

/**
 * One sentence that states a claim.
 *
 * @param articleId the article it is in
 * @param outlet    that article's outlet, or null
 * @param sentence  the sentence span in the article body
 * @param text      the sentence itself, for reading without the article
 */
public record Evidence(String articleId, String outlet, Span sentence, String text) {
}
