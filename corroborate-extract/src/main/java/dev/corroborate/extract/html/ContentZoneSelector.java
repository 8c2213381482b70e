package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the part of a cleaned page body that holds the article, by text and link density: every paragraph scores
 * by its length and commas, hands its score to its parent and (less) to further ancestors, each candidate's score
 * shrinks with its link density, and the best candidate is joined by those siblings that look like more of the same
 * article (the readability method). Class and id words ("article-body") and {@code itemprop=articleBody} weigh in.
 */
final class ContentZoneSelector {
    private static final int MIN_PARAGRAPH = 20;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MAX_WIDEN_LEVELS = 30;
    private static final double WIDEN_GAIN = 1.4;
    private static final double WIDEN_MAX_LINK_DENSITY = 0.35;
    /** An earlier story of a feed counts as a full story with this share of the chosen story's prose. */
    private static final double FEED_STORY_SHARE = 0.5;
    /** Most link text a same-class sibling without scored paragraphs may carry and still join the zone. */
    private static final double SHORT_ITEMS_MAX_LINK_DENSITY = 0.25;

    /**
     * @param body    the cleaned page body
     * @param measure counts measured on the cleaned body
     * @param hints   the page's class/id hints
     * @return the elements that together hold the article, in page order; {@code body} alone when nothing stands out
     */
    List<Element> select(Element body, TextMeasure measure, ElementHints hints) {
        // jsoup elements compare by identity; insertion order (page order) makes ties deterministic
        Map<Element, double[]> scores = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!scoresAsParagraph(e)) {
                continue;
            }
            TextMeasure.Counts c = measure.of(e);
            int length = c.ownText();
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + c.commas + Math.min(length / 100.0, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                double[] s = scores.computeIfAbsent(ancestor, a -> initialScore(a, hints));
                s[0] += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        Element top = null;
        double topScore = 0;
        for (var entry : scores.entrySet()) {
            double keep = 1 - measure.of(entry.getKey()).linkDensity();
            double s = entry.getValue()[0] * keep * keep;
            entry.getValue()[0] = s;
            if (s > topScore) {
                top = entry.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        Element first = firstStoryOfFeed(top, body, measure);
        if (first != null) {
            top = bestWithin(first, scores);
            topScore = scores.get(top)[0];
        }
        top = widenToArticleBody(top, measure);
        top = widenToSplitBody(top, body, measure);
        top = outermostSoleHolder(top, body, measure);
        return withSiblings(top, topScore, scores, measure);
    }

    /**
     * In a feed of sibling {@code <article>} stories (a page that loads the next stories as the reader scrolls), the
     * page's own story is the first full one, wherever the best-scoring one sits.
     *
     * @return an earlier full story than the one holding {@code top}, or null
     */
    private static Element firstStoryOfFeed(Element top, Element body, TextMeasure measure) {
        Element story = top;
        for (int i = 0; story != body && story != null && !isArticle(story) && i < MAX_WIDEN_LEVELS; i++) {
            story = story.parent();
        }
        if (story == null || story == body || !isArticle(story)) {
            return null;
        }
        double mass = measure.of(story).mass;
        for (Element s = story.parent().firstElementChild(); s != null && s != story; s = s.nextElementSibling()) {
            TextMeasure.Counts c = measure.of(s);
            if (isArticle(s) && c.mass >= FEED_STORY_SHARE * mass && c.linkDensity() < WIDEN_MAX_LINK_DENSITY) {
                return s;
            }
        }
        return null;
    }

    /** The best-scoring candidate inside {@code root}, or {@code root} itself when it holds none. */
    private static Element bestWithin(Element root, Map<Element, double[]> scores) {
        Element best = root;
        double bestScore = scores.containsKey(root) ? scores.get(root)[0] : Double.NEGATIVE_INFINITY;
        for (var entry : scores.entrySet()) {
            if (entry.getValue()[0] > bestScore && isInside(entry.getKey(), root)) {
                best = entry.getKey();
                bestScore = entry.getValue()[0];
            }
        }
        if (!scores.containsKey(best)) {
            scores.put(best, new double[] {0});
        }
        return best;
    }

    private static boolean isInside(Element e, Element root) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    /** A lone paragraph-ish child of a wrapper: take the wrapper, which may hold more of the article. */
    private static Element widenToArticleBody(Element top, TextMeasure measure) {
        Element e = top;
        for (Element a = top.parent(); a != null; a = a.parent()) {
            if ("articleBody".equals(a.attr("itemprop")) && measure.of(a).linkDensity() < 0.3) {
                e = a;
                break;
            }
        }
        return e;
    }

    /**
     * Climbs from the best candidate to an ancestor that holds much more prose at a low link density: articles
     * split into many sibling blocks (one per list item, per section) leave the prose spread thin over wrappers.
     * The climb never goes past an {@code <article>} element: that is one whole composition, and what lies beside it
     * (the next story of an endless feed, a block of related stories) is not part of it.
     */
    private static Element widenToSplitBody(Element top, Element body, TextMeasure measure) {
        Element chosen = top;
        int levels = 0;
        Element below = top;
        for (Element a = top.parent(); a != null && levels < MAX_WIDEN_LEVELS; below = a, a = a.parent(), levels++) {
            if (isArticle(below)) {
                break;
            }
            TextMeasure.Counts c = measure.of(a);
            if (c.mass >= WIDEN_GAIN * measure.of(chosen).mass && c.linkDensity() < WIDEN_MAX_LINK_DENSITY) {
                chosen = a;
            }
            if (a == body) {
                break;
            }
        }
        return chosen;
    }

    /**
     * The outermost wrapper that holds no text besides {@code top}'s: the siblings worth joining sit beside the
     * wrapper, not beside {@code top} (an intro before a list nested in loader and gallery divs). An
     * {@code <article>} stays the zone's root, so that sibling stories remain apart.
     */
    private static Element outermostSoleHolder(Element top, Element body, TextMeasure measure) {
        Element e = top;
        int text = measure.of(top).text;
        for (int i = 0; i < MAX_WIDEN_LEVELS && !isArticle(e); i++) {
            Element parent = e.parent();
            if (parent == null || parent == body || measure.of(parent).text != text) {
                break;
            }
            e = parent;
        }
        return e;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, double[]> scores,
                                              TextMeasure measure) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        boolean topIsArticle = isArticle(top);
        List<Element> zone = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                zone.add(sibling);
                continue;
            }
            if (topIsArticle && isArticle(sibling)) {
                // two sibling <article> elements are two stories (a feed), not two halves of one
                continue;
            }
            double[] s = scores.get(sibling);
            double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * 0.2 : 0;
            // a sibling of the top's own class with no paragraph long enough to score (a list of short items in a
            // grid of body columns) is the same series of blocks, unless it is a list of links
            boolean shortItems = s == null && bonus > 0 && measure.of(sibling).text > 0
                && measure.of(sibling).linkDensity() < SHORT_ITEMS_MAX_LINK_DENSITY;
            if (shortItems || s != null && s[0] + bonus >= threshold) {
                zone.add(sibling);
                continue;
            }
            if (sibling.normalName().equals("p")) {
                TextMeasure.Counts c = measure.of(sibling);
                if (c.text > 80 && c.linkDensity() < 0.25 || c.text > 0 && c.link == 0 && endsSentence(sibling)) {
                    zone.add(sibling);
                }
            }
        }
        return zone;
    }

    private static boolean isArticle(Element e) {
        return e.normalName().equals("article");
    }

    private static boolean endsSentence(Element p) {
        String text = p.text();
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?") || text.endsWith("\"");
    }

    private static boolean scoresAsParagraph(Element e) {
        return switch (e.normalName()) {
            case "p", "pre", "td", "blockquote", "li", "dd" -> true;
            case "div", "section", "span", "font" -> onlyInlineChildren(e);
            default -> false;
        };
    }

    /** A div used as a paragraph: no block element among its children. */
    private static boolean onlyInlineChildren(Element e) {
        // walks the children in place: this runs for every div and span, and textNodes()/children() copy lists
        boolean hasText = false;
        for (int i = 0, n = e.childNodeSize(); i < n && !hasText; i++) {
            hasText = e.childNode(i) instanceof TextNode;
        }
        if (!hasText) {
            return false;
        }
        for (Element child = e.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (ParagraphRenderer.isBlock(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double[] initialScore(Element e, ElementHints hints) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if ("articleBody".equals(e.attr("itemprop"))) {
            score += 30;
        }
        int flags = hints.of(e);
        if ((flags & ElementHints.CONTENT) != 0) {
            score += 25;
        } else if ((flags & ElementHints.BOILERPLATE) != 0) {
            score -= 25;
        }
        return new double[] {score};
    }
}
