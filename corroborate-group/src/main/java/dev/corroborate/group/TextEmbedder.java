package dev.corroborate.group;

import dev.corroborate.core.Article;

/**
 * Turns a short text (an article's headline and lead) into a unit-length dense vector whose cosine with another
 * says how close in meaning the two are. Grouping uses it beside TF-IDF, which misses paraphrases.
 */
public interface TextEmbedder {
    /** No embeddings: grouping falls back to TF-IDF alone. */
    TextEmbedder NONE = text -> null;

    /**
     * @param text the text to embed
     * @return its unit-length vector, or null when this embedder gives none
     */
    float[] embed(String text);

    /** The text grouping embeds for an article: its headline and the first words of its body. */
    static String textOf(Article article) {
        return Profiles.headlineAndLead(article);
    }

    /** The in-process bge-small-en-v1.5 model; nothing is downloaded, the model is loaded on first use. */
    static TextEmbedder bgeSmall() {
        return new BgeSmallEmbedder();
    }
}
