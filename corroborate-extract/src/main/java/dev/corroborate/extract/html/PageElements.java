package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a freshly parsed page by tag, gathered in one walk over the tree, so that the metadata readers look
 * up the tags they need ({@code meta}, {@code link}, {@code time}, {@code h1}...) instead of each walking the whole
 * tree again. Lists are in document order, as jsoup's {@code getElementsByTag} and {@code getAllElements} give them.
 * Valid only until the tree is changed: the cleaning passes that follow do not use it.
 */
final class PageElements {
    private final Map<String, List<Element>> byTag;
    private final Map<String, List<Element>> inBodyByTag;
    private final List<Element> inBody;

    private PageElements(Map<String, List<Element>> byTag, Map<String, List<Element>> inBodyByTag,
                         List<Element> inBody) {
        this.byTag = byTag;
        this.inBodyByTag = inBodyByTag;
        this.inBody = inBody;
    }

    /** Gathers the elements of a document, in one walk. */
    static PageElements of(Document doc) {
        Element body = doc.body();
        Map<String, List<Element>> byTag = new HashMap<>();
        Map<String, List<Element>> inBodyByTag = new HashMap<>();
        List<Element> inBody = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean insideBody;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (e == body) {
                    insideBody = true;
                }
                byTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
                if (insideBody) {
                    inBody.add(e);
                    inBodyByTag.computeIfAbsent(e.normalName(), t -> new ArrayList<>()).add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    insideBody = false;
                }
            }
        }, doc);
        return new PageElements(byTag, inBodyByTag, inBody);
    }

    /** The document's elements of a tag (lower-case), as {@code doc.getElementsByTag(tag)}. */
    List<Element> byTag(String tag) {
        return byTag.getOrDefault(tag, List.of());
    }

    /** The body and every element under it, as {@code doc.body().getAllElements()}. */
    List<Element> inBody() {
        return inBody;
    }

    /** The body's elements of a tag (lower-case), as {@code doc.body().getElementsByTag(tag)}. */
    List<Element> inBodyByTag(String tag) {
        return inBodyByTag.getOrDefault(tag, List.of());
    }
}
