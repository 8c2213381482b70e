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
    private static final int MAX_SHOWN_CANDIDATES = 400;
    /** The revision date must be among the first few dates shown, where bylines are, not in a list further down. */
    private static final int MAX_SHOWN_FIRST = 3;
    private static final int MAX_LOCAL_SCANS = 30;
    /** How many elements after the headline may hold its date line. */
    private static final int UNDER_HEADLINE_SIBLINGS = 3;
    private static final int MAX_HEADLINES = 3;
    /** How many elements after the headline, in reading order, may hold its dateline. */
    private static final int AFTER_HEADLINE_ELEMENTS = 40;
    /** Longest own text of a dateline; longer text is prose (a standfirst, the article). */
    private static final int MAX_DATELINE = 100;
    /** More time elements than this is a feed or a comment thread, not a byline's published and updated times. */
    private static final int MAX_BYLINE_TIMES = 4;
    private static final List<String> MODIFIED_KEYS = List.of(
        "article:modified_time", "og:updated_time", "article:modified", "datemodified", "last-modified");

    /**
     * @param doc      the page, before any cleaning
     * @param elements the page's elements by tag
     * @param url     the page's URL when known
     * @param fetched when the page was fetched, when known
     * @return the publication time, or null
     */
    Published read(Document doc, PageElements elements, JsonLd ld, MetaTags meta, ElementHints hints, String url,
                   Instant fetched, String html) {
        LocalDate latest = (fetched != null ? fetched : Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        Published found = layered(doc, elements, ld, meta, hints, url, latest);
        if (found == null) {
            return null;
        }
        found = shownUpdate(found, elements, ld, meta, latest);
        return localDay(found, elements, html);
    }

    private Published layered(Document doc, PageElements elements, JsonLd ld, MetaTags meta, ElementHints hints,
                              String url, LocalDate latest) {
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
        Published fromTime = fromTimeElements(elements, hints, latest, true);
        if (fromTime != null) {
            return fromTime;
        }
        fromTime = fromTimeElements(elements, hints, latest, false);
        Published fromUrl = plausible(DateParsing.fromUrl(url), latest);
        // on a page full of time elements (a sidebar's feed) the first unlabelled one is no byline: the URL's day wins
        if (fromTime != null && (fromUrl == null || elements.byTag("time").size() <= MAX_BYLINE_TIMES)) {
            return fromTime;
        }
        if (fromUrl != null) {
            // a URL's day may be another zone's (the server's, the desk's): the dateline readers see gives the day
            Published dateline = underHeadline(elements, latest);
            return dateline != null && Math.abs(dateline.date().toEpochDay() - fromUrl.date().toEpochDay()) <= 1
                ? dateline : fromUrl;
        }
        Published visible = fromVisibleText(elements, latest);
        if (visible == null) {
            visible = underHeadline(elements, latest);
        }
        return visible != null ? visible : lastRevision(ld, meta, latest);
    }

    /** The line under the headline, where pages without date markup write the day ("Dec 20, 2023 · 4 min read"). */
    private static Published underHeadline(PageElements elements, LocalDate latest) {
        // a logo's h1 may come first: look under each of the first few
        List<Element> h1s = elements.inBodyByTag("h1");
        for (int h = 0; h < Math.min(h1s.size(), MAX_HEADLINES); h++) {
            Element next = h1s.get(h).nextElementSibling();
            for (int i = 0; next != null && i < UNDER_HEADLINE_SIBLINGS; i++, next = next.nextElementSibling()) {
                String text = next.text();
                if (text.length() <= 200) {
                    Published p = plausible(DateParsing.find(text), latest);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return h1s.isEmpty() ? null : afterHeadline(elements, h1s.get(0), latest);
    }

    /**
     * The first short text after the headline, in reading order, that is a date: bylines nest the day in wrappers
     * beside the author's name and share buttons, out of reach of the headline's next siblings. The walk stops where
     * the article's prose has begun, whose dates are those of the events it reports.
     */
    private static Published afterHeadline(PageElements elements, Element h1, LocalDate latest) {
        List<Element> body = elements.inBody();
        int start = body.indexOf(h1);
        int prose = 0;
        for (int i = start + 1; start >= 0 && i < body.size() && i <= start + AFTER_HEADLINE_ELEMENTS; i++) {
            String own = body.get(i).ownText();
            if (own.length() > MAX_DATELINE) {
                if (++prose > 1) {
                    return null;
                }
                continue;
            }
            if (own.length() >= 6) {
                Published p = plausible(DateParsing.find(own), latest);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** True when both carry a full instant and the revision came within the hour: a save, not a revision. */
    private static boolean sameHour(Published a, Published b) {
        if (a.time() == null || b.time() == null || a.offset() == null || b.offset() == null) {
            return false;
        }
        long seconds = java.time.Duration.between(java.time.OffsetDateTime.of(a.date(), a.time(), a.offset()),
            java.time.OffsetDateTime.of(b.date(), b.time(), b.offset())).getSeconds();
        return Math.abs(seconds) < 3600;
    }

    /** A page that dates only its last revision (an evergreen guide) is dated by it rather than not at all. */
    private static Published lastRevision(JsonLd ld, MetaTags meta, LocalDate latest) {
        Map<String, Object> article = ld.article();
        Published modified = article == null ? null
            : plausible(DateParsing.parseIso(JsonLd.string(article.get("dateModified"))), latest);
        return modified != null ? modified : plausible(DateParsing.parseIso(meta.get(MODIFIED_KEYS)), latest);
    }

    /**
     * A page that shows its readers the date of a revision as its date (evergreen guides, revised stories) is dated
     * by that revision: the text extracted is the revised one. Taken only when one of the first dates the page shows
     * is the metadata's modification day, or a day between publication and that last modification (a revision the
     * page shows while its metadata counts a later, silent save), so a stray date further down cannot move it.
     */
    private static Published shownUpdate(Published published, PageElements elements, JsonLd ld, MetaTags meta,
                                         LocalDate latest) {
        Published modified = lastRevision(ld, meta, latest);
        if (modified == null || !modified.date().isAfter(published.date()) || sameHour(published, modified)) {
            return published;
        }
        boolean utcMorning = ZoneOffset.UTC.equals(modified.offset()) && modified.time() != null
            && modified.time().getHour() < 12;
        LocalDate modifiedDay = modified.date();
        Published shownUpdate = null;
        // a page that shows its first publication anywhere in its byline keeps it, whatever "Updated" line it adds
        int seen = 0;
        int shown = 0;
        List<Element> body = elements.inBody();
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            boolean time = e.normalName().equals("time");
            if (!time && (elements.hintsInBody(i) & ElementHints.DATE) == 0) {
                continue;
            }
            if (++seen > MAX_SHOWN_CANDIDATES) {
                break;
            }
            if (elements.textLongerThan(e, 200)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            Published p = plausible(DateParsing.find(text), latest);
            if (p == null && time) {
                p = plausible(DateParsing.parseIso(e.attr("datetime")), latest);
            }
            if (p == null) {
                continue;
            }
            if (p.date().equals(published.date())) {
                return published;
            }
            // menus and teasers carry date classes without dates: only the dates shown count as the first few
            if (shownUpdate == null && ++shown <= MAX_SHOWN_FIRST
                && (p.date().equals(modifiedDay) || utcMorning && p.date().equals(modifiedDay.minusDays(1))
                    || p.date().isAfter(published.date()) && p.date().isBefore(modifiedDay))) {
                shownUpdate = p;
            }
        }
        if (shownUpdate == null && shown == 0) {
            // no dated markup at all: the dateline under the headline, when it is the revision's day
            List<Element> h1s = elements.inBodyByTag("h1");
            Published dateline = h1s.isEmpty() ? null : afterHeadline(elements, h1s.get(0), latest);
            if (dateline != null && dateline.date().equals(modifiedDay)) {
                shownUpdate = dateline;
            }
        }
        if (shownUpdate == null) {
            return published;
        }
        return shownUpdate.date().equals(modifiedDay) ? modified : shownUpdate;
    }

    /**
     * A time written in UTC falls on the day the page's readers saw only when the page says nothing else; a page
     * that also writes the same instant in its own offset ({@code 2023-12-22T22:22:07-05:00}), or shows it as local
     * time in its byline, is dated by its own day.
     */
    private static Published localDay(Published p, PageElements elements, String html) {
        if (p.time() == null || p.offset() == null || html == null) {
            return p;
        }
        java.time.OffsetDateTime utc = java.time.OffsetDateTime.of(p.date(), p.time(), p.offset())
            .withOffsetSameInstant(ZoneOffset.UTC);
        if (!p.offset().equals(ZoneOffset.UTC)) {
            // metadata in one offset, byline in another (the newsroom's, or UTC): the byline is what readers saw
            Published shown = shownLocalTime(elements, utc, p);
            return shown != null ? shown : p;
        }
        // west of UTC the local day is the day before or the same; east of it, the same or the day after
        String[] days = {p.date().minusDays(1).toString(), p.date().toString(), p.date().plusDays(1).toString()};
        for (int[] places : NeedleScan.find(html, days, 10, MAX_LOCAL_SCANS)) {
            for (int at : places) {
                Published local = sameInstantElsewhere(html, at, utc);
                if (local != null) {
                    return local;
                }
            }
        }
        Published shown = shownLocalTime(elements, utc, p);
        return shown != null ? shown : p;
    }

    /**
     * The byline's own rendering of the instant as local time ("Dec. 21, 2023 11:00 pm EST" for 04:00 UTC, or
     * "Dec 19, 2023 3:57 AM" for 22:57-05:00): another clock than the metadata's, same minute, a whole or half hour
     * from UTC, within the offsets in use on Earth.
     */
    private static Published shownLocalTime(PageElements elements, java.time.OffsetDateTime utc, Published p) {
        java.time.LocalDateTime metadataClock = java.time.LocalDateTime.of(p.date(), p.time());
        int seen = 0;
        List<Element> body = elements.inBody();
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            if (!e.normalName().equals("time") && (elements.hintsInBody(i) & ElementHints.DATE) == 0) {
                continue;
            }
            if (++seen > MAX_SHOWN_FIRST) {
                break;
            }
            if (elements.textLongerThan(e, 200)) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            Optional<Published> found = DateParsing.find(text);
            if (found.isEmpty() || found.get().time() == null) {
                continue;
            }
            if (otherClock(found.get(), utc, metadataClock)) {
                return found.get();
            }
        }
        // a byline whose markup names nothing: the dateline under the headline
        List<Element> h1s = elements.inBodyByTag("h1");
        Published dateline = h1s.isEmpty() ? null : afterHeadline(elements, h1s.get(0), LocalDate.MAX);
        return dateline != null && dateline.time() != null && otherClock(dateline, utc, metadataClock) ? dateline : null;
    }

    /** True when {@code shown} is the instant {@code utc} on another clock than the metadata's. */
    private static boolean otherClock(Published shown, java.time.OffsetDateTime utc, java.time.LocalDateTime metadataClock) {
        java.time.LocalDateTime shownClock = java.time.LocalDateTime.of(shown.date(), shown.time());
        long minutes = java.time.Duration.between(utc.toLocalDateTime(), shownClock).toMinutes();
        return !shownClock.equals(metadataClock) && minutes % 30 == 0 && minutes >= -12 * 60 && minutes <= 14 * 60;
    }

    /** The datetime written at {@code at} when it is the given instant in another offset, else null. */
    private static Published sameInstantElsewhere(String html, int at, java.time.OffsetDateTime utc) {
        int end = Math.min(html.length(), at + 35);
        int i = at + 10;
        if (i >= end || html.charAt(i) != 'T' && html.charAt(i) != ' ') {
            return null;
        }
        int j = i + 1;
        while (j < end && (Character.isDigit(html.charAt(j)) || ":.+-".indexOf(html.charAt(j)) >= 0)) {
            j++;
        }
        if (!signedOffset(html, i + 1, j)) {
            return null; // no offset written, or only 'Z': not another offset's clock, and nothing to parse
        }
        String candidate = html.substring(at, j);
        Optional<Published> parsed = DateParsing.parseIso(candidate);
        if (parsed.isEmpty() || parsed.get().time() == null) {
            return null;
        }
        Published q = parsed.get();
        if (q.offset() == null || q.offset().equals(ZoneOffset.UTC)) {
            return null;
        }
        java.time.OffsetDateTime odt = java.time.OffsetDateTime.of(q.date(), q.time(), q.offset());
        return odt.toInstant().getEpochSecond() / 60 == utc.toInstant().getEpochSecond() / 60 ? q : null;
    }

    /** True when a '+' or '-' (an offset's sign) stands in {@code html[from, to)}. */
    private static boolean signedOffset(String html, int from, int to) {
        for (int k = from; k < to; k++) {
            if (html.charAt(k) == '+' || html.charAt(k) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first {@code <time datetime>} marked as the publication ({@code pubdate}, a "published" class), or with
     * {@code labelledOnly} false the first of any that is not a modification time.
     */
    private static Published fromTimeElements(PageElements elements, ElementHints hints, LocalDate latest,
                                              boolean labelledOnly) {
        Published first = null;
        for (Element time : elements.byTag("time")) {
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
            if (first == null && !labelledOnly) {
                first = p;
            }
        }
        return first;
    }

    private static Published fromVisibleText(PageElements elements, LocalDate latest) {
        int seen = 0;
        List<Element> body = elements.inBody();
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            int flags = elements.hintsInBody(i);
            if ((flags & (ElementHints.DATE | ElementHints.BYLINE)) == 0 || modified(e, flags)) {
                continue;
            }
            if (++seen > MAX_VISIBLE_CANDIDATES) {
                break;
            }
            if (elements.textLongerThan(e, 200)) {
                continue;
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
        return modified(e, hints.of(e));
    }

    /** {@link #modified(Element, ElementHints)} for an element whose hint flags are already known. */
    private static boolean modified(Element e, int flags) {
        return (flags & ElementHints.MODIFIED) != 0 || e.attr("itemprop").equals("dateModified");
    }

    private static Published plausible(Optional<Published> p, LocalDate latest) {
        if (p.isEmpty()) {
            return null;
        }
        LocalDate d = p.get().date();
        return d.isBefore(EARLIEST) || d.isAfter(latest) ? null : p.get();
    }
}
