package dev.corroborate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/**
 * Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item becomes its own HTML page named {@code file#item-N}
 * (see {@link FeedItemDocument}); items are never joined. Parsed with jsoup's XML parser, which neither fetches DTDs
 * nor expands external entities, and recovers from broken markup instead of failing the whole feed.
 */
final class FeedPages {
    /** The first element after any XML declaration, comments, processing instructions or doctype. */
    private static final Pattern ROOT = Pattern.compile(
        "^\\uFEFF?(?:\\s*(?:<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>\\[]*(?:\\[.*?\\])?\\s*>))*\\s*<([A-Za-z][\\w:.-]*)",
        Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_CHARS = 8192;
    /** Separators between an outlet's name and a section in a feed title ("Outlet - World"). */
    private static final Pattern SECTION_SUFFIX = Pattern.compile("\\s+[|\\-–—:]\\s+.*$");

    static boolean isFeedName(String lowerCaseName) {
        return lowerCaseName.endsWith(".rss") || lowerCaseName.endsWith(".atom");
    }

    /** True when the text's root element is {@code rss}, {@code feed} or {@code rdf:RDF}. */
    static boolean looksLikeFeed(String text) {
        String root = rootName(text);
        return root != null && (root.equals("rss") || root.equals("feed") || root.equals("rdf:rdf"));
    }

    private static String rootName(String text) {
        Matcher m = ROOT.matcher(text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    void read(String source, String text, Consumer<PageResult> sink) {
        String root = rootName(text);
        if (root == null || !looksLikeFeed(text)) {
            sink.accept(PageResult.failed(source, "not an RSS or Atom feed: the root element is "
                + (root == null ? "missing" : "<" + root + ">")));
            return;
        }
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        boolean atom = root.equals("feed");
        String itemTag = atom ? "entry" : "item";
        List<Element> items = doc.getElementsByTag(itemTag).stream()
            .filter(e -> e.normalName().equals(itemTag)).toList();
        if (items.isEmpty()) {
            sink.accept(PageResult.failed(source, "feed has no items"));
            return;
        }
        String siteName = siteName(doc, atom);
        String language = atom ? doc.child(0).attr("xml:lang") : childText(firstByName(doc, "channel"), "language");
        int closed = count(text.toLowerCase(Locale.ROOT), "</" + itemTag + ">");
        for (int n = 1; n <= items.size(); n++) {
            String itemSource = source + "#item-" + n;
            if (n > closed) {
                sink.accept(PageResult.failed(itemSource, "feed item cut off: the feed ends before its </"
                    + itemTag + ">"));
                continue;
            }
            FeedItem item = atom ? atomEntry(items.get(n - 1)) : rssItem(items.get(n - 1));
            if (item.content().isBlank() && item.title() == null) {
                sink.accept(PageResult.failed(itemSource, "feed item has neither title nor content"));
                continue;
            }
            String html = FeedItemDocument.html(item, siteName, language);
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            sink.accept(new PageResult.Loaded(
                new Page(ContentHash.of(bytes), itemSource, item.link(), null, PageFormat.HTML, html)));
        }
    }

    private static FeedItem rssItem(Element item) {
        String link = childText(item, "link");
        if (link == null) {
            Element guid = child(item, "guid");
            String id = guid == null ? null : guid.text().strip();
            link = id != null && id.startsWith("http") && !guid.attr("isPermaLink").equalsIgnoreCase("false") ? id
                : null;
        }
        String published = firstNonNull(childText(item, "pubDate"), childText(item, "dc:date"));
        List<String> authors = new ArrayList<>();
        for (Element e : item.children()) {
            if (e.normalName().equals("dc:creator") || e.normalName().equals("author")) {
                addName(authors, e.text());
            }
        }
        String content = firstNonNull(content(child(item, "content:encoded")), content(child(item, "description")));
        return new FeedItem(childText(item, "title"), link, FeedDates.toIso(published),
            FeedDates.toIso(childText(item, "dc:modified")), authors, content == null ? "" : content);
    }

    private static FeedItem atomEntry(Element entry) {
        String link = null;
        for (Element e : entry.children()) {
            String rel = e.attr("rel");
            if (e.normalName().equals("link") && (rel.isEmpty() || rel.equals("alternate")) && link == null) {
                link = e.attr("href").isBlank() ? null : e.attr("href").strip();
            }
        }
        String published = childText(entry, "published");
        String updated = childText(entry, "updated");
        List<String> authors = new ArrayList<>();
        for (Element e : entry.children()) {
            if (e.normalName().equals("author")) {
                addName(authors, childText(e, "name"));
            }
        }
        String content = firstNonNull(content(child(entry, "content")), content(child(entry, "summary")));
        // an entry with no publication date is dated by its update, which Atom requires
        return new FeedItem(childText(entry, "title"), link, FeedDates.toIso(published != null ? published : updated),
            published != null ? FeedDates.toIso(updated) : null, authors, content == null ? "" : content);
    }

    /** Escaped or CDATA HTML as its markup; Atom's inline XHTML as the markup inside it. */
    private static String content(Element e) {
        if (e == null) {
            return null;
        }
        String html = e.attr("type").equalsIgnoreCase("xhtml") ? e.html() : e.wholeText();
        return html.isBlank() ? null : html.strip();
    }

    private static String siteName(Document doc, boolean atom) {
        Element owner = atom ? doc.child(0) : firstByName(doc, "channel");
        String title = childText(owner, "title");
        if (title == null) {
            return null;
        }
        String outlet = SECTION_SUFFIX.matcher(title).replaceFirst("").strip();
        return outlet.isEmpty() ? title : outlet;
    }

    /** An RSS author is often {@code jo@example.org (Jo Lind)}: the name in brackets; a bare address is dropped. */
    private static void addName(List<String> names, String written) {
        if (written == null || written.isBlank()) {
            return;
        }
        String name = written.strip();
        int open = name.indexOf('(');
        int close = name.lastIndexOf(')');
        if (name.contains("@") && open >= 0 && close > open) {
            name = name.substring(open + 1, close).strip();
        }
        if (!name.isEmpty() && !name.contains("@") && !names.contains(name)) {
            names.add(name);
        }
    }

    private static Element firstByName(Document doc, String name) {
        return doc.getElementsByTag(name).stream().filter(e -> e.normalName().equals(name)).findFirst().orElse(null);
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Element e : parent.children()) {
            if (e.normalName().equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String name) {
        Element e = child(parent, name);
        String text = e == null ? null : e.text().strip();
        return text == null || text.isEmpty() ? null : text;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
