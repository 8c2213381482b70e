package dev.corroborate.core;

import java.util.List;
import java.util.Objects;

/**
 * A page's news content with the boilerplate removed. Every later item points into {@link #body()} by offsets.
 *
 * @param id        the id of the page it came from
 * @param source    the input path as given
 * @param url       the page URL when known, else null
 * @param title     the headline, or null when the page shows none
 * @param published publication time when the page shows one, else null
 * @param outlet    the publishing outlet when the page shows it, else null
 * @param authors   bylined people, in page order
 * @param language  ISO 639-1 code when recognised, else null
 * @param body      the article text, paragraphs separated by a blank line
 */
public record Article(String id, String source, String url, String title, Published published, String outlet,
                      List<String> authors, String language, String body) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
    }
}
