package dev.corroborate.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One input as collected: a text dump, an HTML document or a JSONL record, already decoded to text.
 *
 * @param id      content hash of the raw bytes (hex SHA-256 prefix); the same page given twice has the same id
 * @param source  where it came from, as the user named it (path, or path#line for JSONL records)
 * @param url     the page's URL when the input records one, else null
 * @param fetched when a crawler fetched it, when recorded, else null
 * @param format  how {@code content} is to be read
 * @param content the decoded page text (markup included for HTML)
 */
public record Page(String id, String source, String url, Instant fetched, PageFormat format, String content) {
    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }
}
