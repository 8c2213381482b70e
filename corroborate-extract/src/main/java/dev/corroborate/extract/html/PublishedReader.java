package dev.corroborate.extract.html;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.corroborate.core.Published;
import dev.corroborate.extract.meta.DateParsing;

/**
 * Reads when an HTML article was published, from the most to the least trustworthy layer: JSON-LD
 * {@code datePublished}, publication meta tags, {@code itemprop=datePublished}, {@code <time datetime>}, a date in the
 * URL's path, and last a date written near the byline. Modification dates are never taken for publication dates, and
 * a date after the fetch (or today) is refused as a typo or a template's clock.
 */
final class PublishedReader {
    private static final List<String> META_KEYS = List.of(
        "article:published_time", "og:article:published_time", "article:published", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
        "publication-date", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
        "original-publish-date", "og:pubdate", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "dc.date", "dcterms.date", "date", "datecreated", "created", "displaydate",
        "cxenseparse:recs:publishtime", "article.created", "content_date", "date_published", "release_date");
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final int MAX_VISIBLE_CANDIDATES = 400;

    /**
     * @param doc     the page, before any cleaning
     * @param url     the page's URL when known
     * @param fetched when the page was fetched, when known
     * @return the publication time, or null
     */
    Published read(Document doc, JsonLd ld, MetaTags meta, ElementHints hints, String url, Instant fetched) {
        LocalDate latest = (fetched != null ? fetched : Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        Map<String, Object> article = ld.article();
        if (article != null) {
            for (String key : new String[] {"datePublished", "dateCreated", "uploadDate"}) {
                Published p = plausible(DateParsing.parseIso(JsonLd.string(article.get(key))), latest);
                if (p != null) {
                    return p;
                }
            }
        }
        for (String key : META_KEYS) {
            Published p = plausible(DateParsing.parseIso(meta.get(key)), latest);
            if (p != null) {
                return p;
            }
        }
        for (Element e : doc.getElementsByAttributeValue("itemprop", "datePublished")) {
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
            Published p = plausible(DateParsing.parseIso(v), latest);
            if (p != null) {
                return p;
            }
        }
        Published fromTime = fromTimeElements(doc, hints, latest);
        if (fromTime != null) {
            return fromTime;
        }
        Published fromUrl = plausible(DateParsing.fromUrl(url), latest);
        if (fromUrl != null) {
            return fromUrl;
        }
        return fromVisibleText(doc, hints, latest);
    }

    private static Published fromTimeElements(Document doc, ElementHints hints, LocalDate latest) {
        Published first = null;
        for (Element time : doc.getElementsByTag("time")) {
            String v = time.attr("datetime");
            if (v.isEmpty() || modified(time, hints)) {
                continue;
            }
            Published p = plausible(DateParsing.parseIso(v), latest);
            if (p == null) {
                continue;
            }
            if (time.hasAttr("pubdate") || hints.is(time, ElementHints.PUBLISHED)) {
                return p;
            }
            if (first == null) {
                first = p;
            }
        }
        return first;
    }

    private static Published fromVisibleText(Document doc, ElementHints hints, LocalDate latest) {
        if (doc.body() == null) {
            return null;
        }
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            int flags = hints.of(e);
            if ((flags & (ElementHints.DATE | ElementHints.BYLINE)) == 0 || modified(e, hints)) {
                continue;
            }
            if (++seen > MAX_VISIBLE_CANDIDATES) {
                break;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            Published p = plausible(DateParsing.find(text), latest);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** A time element or label for the last update rather than the first publication. */
    private static boolean modified(Element e, ElementHints hints) {
        return hints.is(e, ElementHints.MODIFIED) || e.attr("itemprop").equals("dateModified");
    }

    private static Published plausible(Optional<Published> p, LocalDate latest) {
        if (p.isEmpty()) {
            return null;
        }
        LocalDate d = p.get().date();
        return d.isBefore(EARLIEST) || d.isAfter(latest) ? null : p.get();
    }
}
