package dev.corroborate.extract.html;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first pass over a page body: removes what is never article text — scripts and widgets, navigation,
 * header/footer, asides, comments, share boxes, related links, newsletter, cookie and paywall prompts, captions,
 * ads and tables of data ({@link DataTable}) — recognised by tag, ARIA role, class/id words ({@link ClassHints})
 * and link density.
 *
 * <p>One guard keeps a misnamed wrapper from taking the article with it: an element that holds most of the page's
 * text outside links is never removed for its name or role (pages put "has-sidebar" on the container of everything).
 */
final class BoilerplateRemover {
    /** Never text a reader sees as article. */
    private static final Set<String> ALWAYS_DROP = Set.of(
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "button", "input", "select", "textarea", "option", "link", "meta", "figcaption", "dialog", "map", "source",
        "track", "picture", "img", "head", "title", "base", "math", "frameset", "frame", "applet");
    /** Page furniture, unless it holds most of the page's text. */
    private static final Set<String> FURNITURE = Set.of("nav", "aside", "footer", "header", "form", "menu", "figure");
    private static final Set<String> FURNITURE_ROLES = Set.of(
        "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog", "alertdialog",
        "toolbar", "tablist", "alert", "status", "marquee", "timer", "note");
    /** Blocks that, mostly links, are menus and link lists. */
    private static final Set<String> LINK_LIST_TAGS = Set.of(
        "div", "section", "ul", "ol", "table", "tbody", "tr", "td", "dl", "p", "span", "li", "article");

    /** Share of the page's non-link text above which an element is kept whatever its name. */
    private static final double KEEP_SHARE = 0.5;
    /** Text (characters) an element needs before its share of the page can protect it. */
    private static final int MIN_KEPT_TEXT = 200;
    /** Paragraph text (characters) above which hidden content is kept. */
    private static final int HIDDEN_PROSE = 150;
    /** Paragraph text (characters) above which a block named for the paywall is the text behind it, not a prompt. */
    private static final int PAYWALLED_PROSE = 100;
    /** Above this link density, prose under a weak boilerplate name is teasers, not article. */
    private static final double WEAK_PROSE_MAX_LINK_DENSITY = 0.3;

    /**
     * Removes boilerplate under {@code root}, in place, and measures what is left in the same walk, as
     * {@link TextMeasure#over} would after it: the walk visits exactly the nodes kept, in their order.
     *
     * @param root             the subtree to clean (the page body)
     * @param before           counts measured on {@code root} before this pass
     * @param hints            the page's class/id hints
     * @param expectedElements about how many elements are left, to size the counts by
     * @return the counts of what is left under {@code root}
     */
    TextMeasure clean(Element root, TextMeasure before, ElementHints hints, int expectedElements) {
        int total = Math.max(1, before.total().ownText());
        int paragraphs = Math.max(1, before.total().paragraphText);
        TextMeasure.Walk after = new TextMeasure.Walk(root, expectedElements);
        NodeTraversor.filter(new NodeFilter() {
            /** The outermost element marked {@code itemprop=articleBody} the walk is inside, or null. */
            private Element declaredBody;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment || node instanceof DataNode) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && e != root) {
                    if (drop(e, before.of(e), total, paragraphs, hints, declaredBody != null)) {
                        return FilterResult.REMOVE;
                    }
                    if (declaredBody == null && "articleBody".equals(e.attr("itemprop"))) {
                        declaredBody = e;
                    }
                }
                after.head(node, depth);
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                // a removed node has no tail: only what is kept is measured
                if (node == declaredBody) {
                    declaredBody = null;
                }
                after.tail(node, depth);
                return FilterResult.CONTINUE;
            }
        }, root);
        return after.measure();
    }

    static boolean drop(Element e, TextMeasure.Counts counts, int total, int paragraphs, ElementHints hints,
                        boolean inDeclaredBody) {
        String tag = e.normalName();
        if (ALWAYS_DROP.contains(tag)) {
            return true;
        }
        // most of the page's paragraphs, or, on a page that writes little in paragraphs, most of its text: a sidebar of
        // teasers can outweigh a short story in text, not in paragraphs
        boolean holdsArticle = counts.paragraphText > KEEP_SHARE * paragraphs
            || paragraphs < MIN_KEPT_TEXT && counts.ownText() > KEEP_SHARE * total && counts.ownText() >= MIN_KEPT_TEXT;
        if (holdsArticle || "articleBody".equals(e.attr("itemprop"))) {
            return false;
        }
        if (FURNITURE.contains(tag) || tag.equals("table") && DataTable.is(e)) {
            return true;
        }
        int flags = hints.of(e);
        // hidden prose is usually a paywall's subscriber-only text, which the page does carry: keep it
        boolean prose = counts.paragraphText >= HIDDEN_PROSE;
        // inside the declared article body, a block named by weak words alone ("gallery-slide") that carries prose
        // is a section of a listicle, not a widget
        boolean weakProse = inDeclaredBody && (flags & ElementHints.WEAK_BOILERPLATE) != 0 && prose
            && counts.linkDensity() < WEAK_PROSE_MAX_LINK_DENSITY;
        // pages mark the subscriber-only paragraphs they do carry with the paywall's name ("p.paywall")
        boolean paywalledProse = (flags & ElementHints.PAYWALL) != 0 && counts.paragraphText >= PAYWALLED_PROSE
            && counts.linkDensity() < WEAK_PROSE_MAX_LINK_DENSITY;
        if ((flags & ElementHints.BOILERPLATE) != 0 && !weakProse && !paywalledProse) {
            return true;
        }
        if (!prose && ((flags & ElementHints.INVISIBLE) != 0 || e.hasAttr("hidden")
            || "true".equals(e.attr("aria-hidden")))) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = e.attr("style");
        if (!prose && !style.isEmpty() && hiddenByStyle(style)) {
            return true;
        }
        return LINK_LIST_TAGS.contains(tag) && linkList(counts);
    }

    /** Mostly links, several of them: a menu, a tag cloud, a list of related stories. */
    static boolean linkList(TextMeasure.Counts c) {
        if (c.links >= 3 && c.linkDensity() > 0.6) {
            return true;
        }
        return c.links >= 2 && c.linkDensity() > 0.8;
    }

    private static boolean hiddenByStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
