package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import dev.corroborate.extract.meta.AuthorNames;

/**
 * Reads the bylined people of an HTML article: the visible byline first (rel=author, itemprop=author, elements whose
 * class says byline or author, outside comment sections) unless the page's metadata names other people, then that
 * metadata: JSON-LD {@code author} (people only, organisations dropped), else the author meta tags; then the first
 * link to a writer's page, and last an unlabelled "by" line under the headline ({@link HeadlineByline}). Names are
 * cleaned by {@link AuthorNames}.
 */
final class AuthorReader {
    private static final List<String> META_KEYS = List.of(
        "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
        "citation_author", "og:article:author");
    private static final List<String> CONTRIBUTOR_LEADS = List.of(
        "contributions from", "contributions by", "additional reporting", "with additional reporting", "contributing:");
    private static final int MAX_CANDIDATES = 60;
    private static final int MAX_NAMES = 6;
    private static final int ANCESTOR_CHECK = 12;
    private static final int MAX_LINKS_SCANNED = 400;

    /** @return the authors, in byline order; empty when the page names none */
    List<String> read(PageElements elements, JsonLd ld, MetaTags meta, ElementHints hints) {
        VisibleByline byline = visible(elements, hints);
        List<String> visible = byline.names();
        List<String> fromLd = fromJsonLd(ld);
        List<String> structured = fromLd.isEmpty() ? fromMeta(meta) : fromLd;
        if (!visible.isEmpty() && structured.isEmpty()) {
            return visible;
        }
        if (!visible.isEmpty() && overlap(visible, structured)) {
            // the byline's order, without what the structured data does not count as a person (a section, a title);
            // a co-author the byline joins to a confirmed name with "and" is one, though the metadata forgot them
            List<String> linked = authorPageLinks(elements);
            List<String> confirmed = visible.stream().filter(v -> contains(structured, v) || contains(linked, v)).toList();
            return visible.stream().filter(v -> contains(confirmed, v) || byline.joins(confirmed, v)).toList();
        }
        // a visible "byline" that the page's own metadata contradicts is usually a teaser's, a bio's or a photo credit
        if (!structured.isEmpty()) {
            return structured;
        }
        // a byline marked as the page's own that names no person leaves nothing to look for further down
        List<String> found = byline.closed() ? List.of() : unlabelledByline(elements, hints);
        // a page that names its writer only by a user name gives it in its byline
        return found.isEmpty() && byline.userName() != null ? List.of(byline.userName()) : found;
    }

    private static List<String> fromMeta(MetaTags meta) {
        for (String key : META_KEYS) {
            String v = meta.get(key);
            if (v != null && !v.contains("://")) {
                List<String> names = AuthorNames.parse(v);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    /** A byline the page does not label: its link to the writer's page, else a "by" line under the headline. */
    private static List<String> unlabelledByline(PageElements elements, ElementHints hints) {
        List<String> linked = firstAuthorLinkGroup(elements, hints);
        return linked.isEmpty() ? HeadlineByline.find(elements) : linked;
    }

    /**
     * The last resort: a byline the page does not label, found by its link to the writer's page ("Jane Doe •
     * December 20"). The first such link outside comments that is a byline's ({@link NonBylineLink}), with the
     * author links beside it under the same parent ("By Jane Doe and John Roe").
     */
    private static List<String> firstAuthorLinkGroup(PageElements elements, ElementHints hints) {
        List<Element> links = elements.inBodyByTag("a");
        for (int i = 0; i < links.size() && i < MAX_LINKS_SCANNED; i++) {
            Element a = links.get(i);
            if (!isAuthorPageLink(a)) {
                continue;
            }
            String text = a.text();
            if (text.length() > 60 || AuthorNames.parse(text).isEmpty() || inComments(a, hints)
                || NonBylineLink.is(a)) {
                continue;
            }
            return authorLinkGroup(a);
        }
        return List.of();
    }

    /** The people of an author link and of the author links beside it under the same parent. */
    private static List<String> authorLinkGroup(Element a) {
        Map<String, String> names = new LinkedHashMap<>();
        Element parent = a.parent();
        List<Element> group = parent == null ? List.of(a) : parent.getElementsByTag("a");
        for (Element b : group.size() > MAX_NAMES * 2 ? List.of(a) : group) {
            if (isAuthorPageLink(b) && b.text().length() <= 60) {
                for (String n : AuthorNames.parse(b.text())) {
                    names.putIfAbsent(AuthorNames.normalise(n), n);
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    /** Names written as links to an author page ({@code /author/jane-doe}, {@code rel=author}). */
    private static List<String> authorPageLinks(PageElements elements) {
        List<String> out = new ArrayList<>();
        for (Element a : elements.byTag("a")) {
            if (isAuthorPageLink(a)) {
                String text = a.text();
                if (text.length() <= 60) {
                    out.addAll(AuthorNames.parse(text));
                }
            }
            if (out.size() > 40) {
                break;
            }
        }
        return out;
    }

    private static boolean isAuthorPageLink(Element a) {
        String href = a.attr("href").toLowerCase(java.util.Locale.ROOT);
        return a.attr("rel").equals("author") || href.contains("/author") || href.contains("/people/")
            || href.contains("/staff/") || href.contains("/contributor") || href.contains("/by/")
            || href.contains("/writers/") || href.contains("/writer/") || href.contains("/profile/")
            || href.contains("/bios/");
    }

    private static boolean contains(List<String> names, String name) {
        String key = AuthorNames.normalise(name);
        return names.stream().anyMatch(n -> AuthorNames.normalise(n).equals(key));
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a.stream().anyMatch(v -> contains(b, v));
    }

    /**
     * The first visible byline's people, and its text as {@link #segments} reads it; the user name the first byline
     * gives when it names no person ({@link AuthorNames#userName}), else null; closed when the page marks its byline
     * ({@code rel=author}, {@code itemprop=author}) and writes in it a name that is no person's.
     */
    private record VisibleByline(List<String> names, String text, String userName, boolean closed) {
        /** True when the byline writes {@code name} right after one of {@code confirmed}: "Jane Doe and John Roe". */
        boolean joins(List<String> confirmed, String name) {
            String t = AuthorNames.normalise(text);
            String n = AuthorNames.normalise(name);
            return confirmed.stream().map(AuthorNames::normalise)
                .anyMatch(c -> t.contains(c + ", and " + n) || t.contains(c + " and " + n));
        }
    }

    private static VisibleByline visible(PageElements elements, ElementHints hints) {
        Map<String, String> names = new LinkedHashMap<>();
        String text = "";
        String userName = null;
        boolean closed = false;
        int candidates = 0;
        List<Element> body = elements.inBody();
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            if (!isBylineElement(e, elements.hintsInBody(i))) {
                continue;
            }
            // names stays empty until the loop ends: the first byline that yields a name stops it
            if (++candidates > MAX_CANDIDATES) {
                break;
            }
            if (inComments(e, hints) || inTeaserLink(e)) {
                continue;
            }
            text = nameSegments(e);
            // a byline marked on each writer's link ("<a rel=author>Jane Doe</a> and <a rel=author>John Roe</a>")
            // is met at its first link: the links beside it are the same byline's
            boolean authorLink = e.nameIs("a") && isAuthorPageLink(e);
            for (String name : authorLink ? authorLinkGroup(e) : AuthorNames.parse(text)) {
                names.putIfAbsent(AuthorNames.normalise(name), name);
            }
            if (names.isEmpty() && userName == null && candidates == 1) {
                userName = AuthorNames.userName(text);
            }
            if (!names.isEmpty()) {
                // the article's byline comes first; later ones belong to teasers, bios and comments
                for (Element block : nextWritersBlocks(e)) {
                    for (String name : AuthorNames.parse(nameSegments(block))) {
                        names.putIfAbsent(AuthorNames.normalise(name), name);
                    }
                }
                break;
            }
            if (!text.isBlank() && e.selectFirst("a[rel=author], [itemprop=author]") != null) {
                // the page's own byline, marked as such, names no person (a wire, a desk, a handle): nothing
                // further down the page is the article's
                closed = true;
                break;
            }
        }
        return new VisibleByline(new ArrayList<>(names.values()), text, userName, closed);
    }

    /**
     * A byline set as one block per writer, each with its picture and date: the blocks that follow {@code byline}
     * straight on, of its tag and class.
     */
    private static List<Element> nextWritersBlocks(Element byline) {
        List<Element> out = new ArrayList<>();
        String cls = byline.className();
        for (Element next = byline.nextElementSibling(); next != null && out.size() < MAX_NAMES && !cls.isEmpty()
            && next.tagName().equals(byline.tagName()) && next.className().equals(cls);
            next = next.nextElementSibling()) {
            out.add(next);
        }
        return out;
    }

    /**
     * The byline's marked names ({@code itemprop=name}), each writer's, when it marks them; else all its text. A
     * byline block of several writers marks one name apiece; a photographer's ("Photography by ...") is a credit.
     */
    private static String nameSegments(Element byline) {
        List<Element> marked = byline.getElementsByAttributeValue("itemprop", "name");
        if (marked.isEmpty()) {
            return segments(byline);
        }
        StringBuilder b = new StringBuilder();
        for (Element name : marked.subList(0, Math.min(marked.size(), MAX_NAMES))) {
            if (HeadlineByline.isMediaCredit(name.text())) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(", ");
            }
            b.append(segments(name));
        }
        return b.toString();
    }

    /**
     * The byline's text with a comma between text nodes: "Jane Doe" and "Staff Writer" in two spans read as two
     * entries, not as the four-word name {@code text()} would glue together. It ends where the byline turns to
     * contributors ("Contributions from ..."): they helped with the article but did not write it.
     */
    private static String segments(Element e) {
        StringBuilder b = new StringBuilder();
        for (org.jsoup.nodes.TextNode t : textNodes(e)) {
            String s = t.text().strip();
            if (introducesContributors(s)) {
                break;
            }
            if (!s.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append(", ");
                }
                b.append(s);
            }
            if (b.length() > 400) {
                break;
            }
        }
        return b.toString();
    }

    private static boolean introducesContributors(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        return CONTRIBUTOR_LEADS.stream().anyMatch(lower::startsWith);
    }

    private static List<org.jsoup.nodes.TextNode> textNodes(Element e) {
        List<org.jsoup.nodes.TextNode> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && out.size() < 50) {
                out.add(t);
            }
        }, e);
        return out;
    }

    private static boolean isBylineElement(Element e, int hints) {
        // most elements carry no attributes at all, and are told without looking any up
        return (hints & ElementHints.BYLINE) != 0 || e.attributesSize() > 0 && (e.attr("rel").equals("author")
            || e.attr("itemprop").equals("author"));
    }

    /** A byline inside a link to another story: a teaser card's, whose whole box is the link. */
    private static boolean inTeaserLink(Element byline) {
        Element link = byline.parent() == null ? null : byline.parent().closest("a");
        return link != null && !isAuthorPageLink(link);
    }

    private static boolean inComments(Element e, ElementHints hints) {
        Element a = e;
        for (int i = 0; i < ANCESTOR_CHECK && a != null; i++, a = a.parent()) {
            // the element that declares itself the article is not a comment section, whatever its classes
            // ("comments-open" is a state of the article)
            if (a.attr("itemtype").contains("Article")) {
                return false;
            }
            if (hints.is(a, ElementHints.DISCUSSION)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> fromJsonLd(JsonLd ld) {
        Map<String, Object> article = ld.article();
        if (article == null) {
            return List.of();
        }
        Object author = article.get("author");
        List<Object> entries = author instanceof List<?> list ? new ArrayList<>(list) : author == null ? List.of()
            : List.of(author);
        Map<String, String> names = new LinkedHashMap<>();
        for (Object entry : entries) {
            List<?> written = List.of();
            if (entry instanceof String) {
                written = List.of(entry);
            } else if (entry instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                // some CMSs type every author ["Person", "Organization"]: a person among the types is a person
                List<String> types = JsonLd.types(m).stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
                if (types.stream().anyMatch(t -> t.contains("organization"))
                    && types.stream().noneMatch(t -> t.contains("person"))) {
                    continue;
                }
                // one Person whose name is a list of several people's
                Object name = m.get("name");
                written = name instanceof List<?> list ? list : name == null ? List.of() : List.of(name);
            }
            for (Object w : written) {
                String name = JsonLd.text(w);
                if (name != null && !name.contains("://")) {
                    for (String n : AuthorNames.parse(name)) {
                        names.putIfAbsent(AuthorNames.normalise(n), n);
                    }
                }
            }
        }
        return new ArrayList<>(names.values());
    }
}
