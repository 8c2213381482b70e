package dev.corroborate.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.corroborate.core.Page;
import dev.corroborate.core.Published;

/**
 * Reads everything an HTML page says about its article besides the body — canonical URL, outlet, title, date,
 * authors, declared language, JSON-LD body — before the boilerplate (where bylines and dates live) is removed.
 */
final class MetadataReader {
    private static final List<String> DESCRIPTION_KEYS =
        List.of("og:description", "description", "twitter:description");

    private final TitleReader titles = new TitleReader();
    private final PublishedReader dates = new PublishedReader();
    private final AuthorReader authors = new AuthorReader();
    private final OutletReader outlets = new OutletReader();

    HtmlMetadata read(Document doc, PageElements elements, JsonLd ld, Page page, ElementHints hints) {
        MetaTags meta = MetaTags.of(elements);
        String canonical = canonicalUrl(elements, meta, page);
        String outlet = outlets.read(elements, ld, meta, canonical);
        String host = OutletReader.host(canonical != null ? canonical : page.url());
        String title = titles.read(doc, elements, ld, meta, outlet, host);
        Published published = dates.read(doc, elements, ld, meta, hints, canonical != null ? canonical : page.url(), page.fetched(),
            page.content());
        List<String> people = authors.read(elements, ld, meta, hints);
        Map<String, Object> article = ld.article();
        String body = article == null ? null : JsonLd.string(article.get("articleBody"));
        String ogType = meta.get("og:type");
        boolean typed = ld.declaresArticle() || ogType != null && ogType.toLowerCase(Locale.ROOT).contains("article");
        String description = meta.get(DESCRIPTION_KEYS);
        return new HtmlMetadata(title, published, people, outlet, language(elements, meta), canonical, body, typed,
            description);
    }

    private static String canonicalUrl(PageElements elements, MetaTags meta, Page page) {
        for (Element link : elements.byTag("link")) {
            if (link.attr("rel").equalsIgnoreCase("canonical")) {
                String raw = link.attr("href");
                String href = plainAbsolute(raw) ? raw : link.absUrl("href");
                if (href.isEmpty()) {
                    href = link.attr("href");
                }
                if (href.startsWith("http")) {
                    return href;
                }
            }
        }
        String og = meta.get("og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        return page.url();
    }

    /**
     * True for an absolute http(s) URL of plain characters, without dot segments, user, port or IPv6 host: one
     * that jsoup's {@code absUrl} would give back unchanged, found without its two regex passes and URL parsing.
     */
    static boolean plainAbsolute(String href) {
        int start = href.startsWith("https://") ? 8 : href.startsWith("http://") ? 7 : -1;
        if (start < 0 || start == href.length() || href.contains("/.")) {
            return false;
        }
        char first = href.charAt(start);
        if (first == '/' || first == '?' || first == '#') {
            return false; // no host
        }
        for (int i = start; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-._~/?#=&%+,;!$*'()".indexOf(c) >= 0;
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static String language(PageElements elements, MetaTags meta) {
        List<Element> htmls = elements.byTag("html");
        Element html = htmls.isEmpty() ? null : htmls.get(0);
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            lang = firstNonNull(meta.get("content-language"), meta.get("og:locale"), meta.get("language"), "");
        }
        lang = lang.strip().toLowerCase(Locale.ROOT);
        if (lang.length() < 2 || !Character.isLetter(lang.charAt(0)) || !Character.isLetter(lang.charAt(1))) {
            return null;
        }
        if (lang.length() > 2 && Character.isLetter(lang.charAt(2))) {
            return null;
        }
        return lang.substring(0, 2);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
