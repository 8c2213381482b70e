package dev.corroborate.extract.html;

import java.util.List;

import dev.corroborate.core.Published;

/**
 * What an HTML page says about its article besides the body.
 *
 * @param title        the headline, or null
 * @param published    the publication time, or null
 * @param authors      the bylined people, in page order
 * @param outlet       the publishing outlet, or null
 * @param language     the declared language (ISO 639-1), or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param jsonLdBody   the JSON-LD {@code articleBody}, or null
 * @param typedArticle true when the page declares itself an article (og:type, JSON-LD type)
 * @param description  the page's description (og:description, description), or null
 */
record HtmlMetadata(String title, Published published, List<String> authors, String outlet, String language,
                    String canonicalUrl, String jsonLdBody, boolean typedArticle, String description) {
}
