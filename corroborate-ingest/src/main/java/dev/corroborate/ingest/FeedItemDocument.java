package dev.corroborate.ingest;

import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes a feed item as a small HTML article page, so the HTML extractor reads it like any other page: the title as
 * {@code <title>}, {@code og:title} and {@code <h1>}, the link as the canonical URL, dates and authors as the meta
 * tags publishers use, the feed's title as the site name, and the item's content as the article. No second metadata
 * path through the pipeline is needed, and the feed's statements weigh as much as a page's own meta tags.
 */
final class FeedItemDocument {
    /** Markup that says a feed's text is HTML; text without any is plain and gets its own paragraphs. */
    private static final Pattern MARKUP = Pattern.compile(
        "(?i)<(?:p|div|br|span|a|em|strong|b|i|ul|ol|li|h[1-6]|blockquote|figure|img|table|section|article)\\b");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

    private FeedItemDocument() {
    }

    /**
     * @param item     the item
     * @param siteName the feed's own title (its outlet), or null
     * @param language the feed's declared language, or null
     * @return a complete HTML document
     */
    static String html(FeedItem item, String siteName, String language) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        if (language != null && !language.isBlank()) {
            doc.selectFirst("html").attr("lang", language.strip());
        }
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        if (item.title() != null) {
            head.appendElement("title").text(item.title());
            meta(head, "og:title", item.title());
        }
        if (item.link() != null) {
            head.appendElement("link").attr("rel", "canonical").attr("href", item.link());
            meta(head, "og:url", item.link());
        }
        meta(head, "og:site_name", siteName);
        meta(head, "og:type", "article");
        meta(head, "article:published_time", item.published());
        meta(head, "article:modified_time", item.updated());
        if (!item.authors().isEmpty()) {
            head.appendElement("meta").attr("name", "author").attr("content", String.join(", ", item.authors()));
        }
        Element article = doc.body().appendElement("article");
        if (item.title() != null) {
            article.appendElement("h1").text(item.title());
        }
        article.appendElement("div").append(asHtml(item.content()));
        return doc.outerHtml();
    }

    private static void meta(Element head, String property, String value) {
        if (value != null && !value.isBlank()) {
            head.appendElement("meta").attr("property", property).attr("content", value.strip());
        }
    }

    /** HTML content as it is; plain text split into paragraphs at blank lines, or at line ends if it has none. */
    private static String asHtml(String content) {
        if (MARKUP.matcher(content).find()) {
            return content;
        }
        String text = content.strip().replace("\r\n", "\n");
        String[] paragraphs = BLANK_LINES.matcher(text).find() ? BLANK_LINES.split(text) : text.split("\n");
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        return html.toString();
    }
}
