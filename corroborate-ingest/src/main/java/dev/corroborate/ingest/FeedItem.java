package dev.corroborate.ingest;

import java.util.List;

/**
 * One item of an RSS or Atom feed, as the feed states it.
 *
 * @param title     the item's title, or null
 * @param link      the article's URL, or null
 * @param published the publication date as an ISO-8601 string when it could be read, else as written, or null
 * @param updated   the last-update date in the same form, or null
 * @param authors   the named authors (e-mail addresses dropped), possibly empty
 * @param content   the item's HTML: its full content when the feed carries it, else its summary; may be empty
 */
record FeedItem(String title, String link, String published, String updated, List<String> authors, String content) {
    FeedItem {
        authors = List.copyOf(authors);
    }
}
