package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a freshly parsed page by tag, gathered in one walk over the tree, so that the metadata readers look
 * up the tags they need ({@code meta}, {@code link}, {@code time}, {@code h1}...) instead of each walking the whole
 * tree again. Lists are in document order, as jsoup's {@code getElementsByTag} and {@code getAllElements} give them.
 * The class/id hints ({@link ElementHints}) of the body's elements are read in the same walk, once each, for the
 * readers that scan the whole body for bylines and dates, and its text is measured ({@link TextMeasure}), so that
 * they can pass over elements far too long to be a byline or a date without rendering their text. Valid only until the tree is changed: the cleaning passes
 * that follow do not use it.
 */
final class PageElements {
    /** The tags the readers look up; only these are indexed, so the walk files away few elements. */
    static final Set<String> INDEXED_TAGS = Set.of("script", "meta", "link", "html", "time", "a", "h1", "footer");

    /** A common page's elements in its body, to size the map of their text counts by. */
    private static final int EXPECTED_ELEMENTS = 1024;

    private final Map<String, List<Element>> byTag;
    private final Map<String, List<Element>> inBodyByTag;
    private final List<Element> inBody;
    private final int[] inBodyHints;
    private final TextMeasure bodyText;

    private PageElements(Map<String, List<Element>> byTag, Map<String, List<Element>> inBodyByTag,
                         List<Element> inBody, int[] inBodyHints, TextMeasure bodyText) {
        this.bodyText = bodyText;
        this.byTag = byTag;
        this.inBodyByTag = inBodyByTag;
        this.inBody = inBody;
        this.inBodyHints = inBodyHints;
    }

    /** Gathers the elements of a document and the hints of its body's elements, in one walk. */
    static PageElements of(Document doc, ElementHints hints) {
        Element body = doc.body();
        Map<String, List<Element>> byTag = new HashMap<>();
        Map<String, List<Element>> inBodyByTag = new HashMap<>();
        List<Element> inBody = new ArrayList<>();
        int[][] flags = {new int[256]};
        TextMeasure.Walk measure = new TextMeasure.Walk(body, EXPECTED_ELEMENTS);
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean insideBody;

            @Override
            public void head(Node node, int depth) {
                if (node == body) {
                    insideBody = true;
                }
                if (insideBody) {
                    measure.head(node, depth);
                }
                if (!(node instanceof Element e)) {
                    return;
                }
                boolean indexed = INDEXED_TAGS.contains(e.normalName());
                if (indexed) {
                    byTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
                }
                if (insideBody) {
                    if (inBody.size() == flags[0].length) {
                        flags[0] = Arrays.copyOf(flags[0], flags[0].length * 2);
                    }
                    flags[0][inBody.size()] = hints.of(e);
                    inBody.add(e);
                    if (indexed) {
                        inBodyByTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (insideBody) {
                    measure.tail(node, depth);
                }
                if (node == body) {
                    insideBody = false;
                }
            }
        }, doc);
        return new PageElements(byTag, inBodyByTag, inBody, flags[0], measure.measure());
    }

    /** The document's elements of an indexed tag ({@link #INDEXED_TAGS}), as {@code doc.getElementsByTag(tag)}. */
    List<Element> byTag(String tag) {
        requireIndexed(tag);
        return byTag.getOrDefault(tag, List.of());
    }

    /** The body and every element under it, as {@code doc.body().getAllElements()}. */
    List<Element> inBody() {
        return inBody;
    }

    private static void requireIndexed(String tag) {
        if (!INDEXED_TAGS.contains(tag)) {
            throw new IllegalArgumentException("tag not indexed: " + tag + "; add it to PageElements.INDEXED_TAGS");
        }
    }

    /** The text counts of the body, as parsed. */
    TextMeasure bodyText() {
        return bodyText;
    }

    /**
     * True when an element of the body as parsed has more than {@code limit} characters of text: its
     * {@code text()} keeps every visible character counted, so it need not be rendered to tell.
     */
    boolean textLongerThan(Element e, int limit) {
        TextMeasure.Counts c = bodyText.of(e);
        return c.text - c.invisible > limit;
    }

    /** The {@link ElementHints} flags of {@code inBody().get(index)}. */
    int hintsInBody(int index) {
        return inBodyHints[index];
    }

    /** The body's elements of an indexed tag, as {@code doc.body().getElementsByTag(tag)}. */
    List<Element> inBodyByTag(String tag) {
        requireIndexed(tag);
        return inBodyByTag.getOrDefault(tag, List.of());
    }
}
