package dev.corroborate.extract.html;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text counts for every element of a tree, measured in one iterative pass: later passes ask "how much text, how much
 * of it in links" in constant time instead of calling {@code text()} on subtrees again and again.
 * Characters are counted without whitespace, which is enough for the ratios the passes need.
 */
final class TextMeasure {
    /** The counts of one element's subtree. */
    static final class Counts {
        /** Non-whitespace characters of text. */
        int text;
        /** Of {@link #text}, those inside links. */
        int link;
        /** Of {@link #text}, zero-width spaces and soft hyphens, which jsoup's {@code text()} leaves out. */
        int invisible;
        /** Commas (and their CJK/Arabic forms), a sign of prose. */
        int commas;
        /** Of {@link #text}, those inside paragraph-like elements (p, blockquote, pre, li). */
        int paragraphText;
        /** Links ({@code <a href>}) in the subtree. */
        int links;
        /** Elements in the subtree, this one included. */
        int elements;
        /** Sum of the prose scores of the paragraphs in the subtree (see {@link #proseScore}). */
        double mass;
        /** True when a child element is a block (so this element is a container, not a paragraph). */
        boolean hasBlockChild;

        /** Share of the text inside links, 0 when there is no text. */
        double linkDensity() {
            return text == 0 ? (links > 0 ? 1 : 0) : (double) link / text;
        }

        /** Characters of text outside links. */
        int ownText() {
            return text - link;
        }

        private void add(Counts child) {
            text += child.text;
            link += child.link;
            invisible += child.invisible;
            commas += child.commas;
            paragraphText += child.paragraphText;
            links += child.links;
            elements += child.elements;
            mass += child.mass;
        }
    }

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts;
    private final Element root;

    private TextMeasure(Element root, Map<Element, Counts> counts) {
        this.root = root;
        this.counts = counts;
    }

    /** Measures every element under (and including) {@code root}, of about {@code expectedElements}. */
    static TextMeasure over(Element root, int expectedElements) {
        Walk walk = new Walk(root, expectedElements);
        NodeTraversor.traverse(walk, root);
        return walk.measure();
    }

    /** The counts of an element measured by this pass; zero counts for one added since. */
    Counts of(Element element) {
        Counts c = counts.get(element);
        return c == null ? NONE : c;
    }

    /** The counts of the whole tree. */
    Counts total() {
        return of(root);
    }

    /** Text of form controls (a country picker's 200 options) is not text a reader reads. */
    private static boolean isFormControl(String tag) {
        return switch (tag) {
            case "option", "select", "textarea", "button", "optgroup", "datalist" -> true;
            default -> false;
        };
    }

    /** Minimum text outside links for a paragraph to count as prose. */
    static final int MIN_PROSE = 20;

    /** A paragraph's prose score: longer text and more commas read more like article prose (readability's). */
    static double proseScore(Counts c) {
        return 1 + c.commas + Math.min(c.ownText() / 100.0, 3);
    }

    private static boolean isParagraph(String tag, Counts c) {
        if (c.ownText() < MIN_PROSE) {
            return false;
        }
        return switch (tag) {
            case "p", "pre", "td", "blockquote", "li", "dd" -> !c.hasBlockChild || tag.equals("p");
            case "div", "section", "span", "font" -> !c.hasBlockChild;
            default -> false;
        };
    }

    static boolean isParagraphTag(String tag) {
        return switch (tag) {
            case "p", "blockquote", "pre", "li", "dd", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    /**
     * The measuring walk, as a visitor that another walk over the same tree can also drive node by node (the walk
     * that first gathers a page's elements measures its body on the way). Each element's counts are reached through
     * a stack of the open elements', not looked up.
     */
    static final class Walk implements NodeVisitor {
        private final Element root;
        private final Map<Element, Counts> counts;
        /** The counts of the elements the walk is inside, innermost last. */
        private final ArrayDeque<Counts> open = new ArrayDeque<>();
        private int linkDepth;
        private int paragraphDepth;

        /** A walk from {@code root}, which it must start at, over about {@code expectedElements}. */
        Walk(Element root, int expectedElements) {
            this.root = root;
            // sized up front: growing the map step by step rehashes every element several times
            this.counts = new IdentityHashMap<>(Math.max(32, expectedElements));
        }

        /** The counts measured, once the walk has left {@code root}. */
        TextMeasure measure() {
            return new TextMeasure(root, counts);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                Counts c = new Counts();
                c.elements = 1;
                counts.put(e, c);
                open.addLast(c);
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth++;
                    if (e.hasAttr("href")) {
                        c.links = 1;
                    }
                } else if (isParagraphTag(tag)) {
                    paragraphDepth++;
                }
            } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                Counts c = open.peekLast();
                if (c == null || isFormControl(parent.normalName())) {
                    return;
                }
                String s = t.getWholeText();
                int chars = 0;
                int commas = 0;
                int invisible = 0;
                for (int i = 0, n = s.length(); i < n; i++) {
                    char ch = s.charAt(i);
                    if (ch < 0x80) {
                        // ASCII, most of any page: printable is visible, and only ',' a comma
                        if (ch > ' ') {
                            chars++;
                            if (ch == ',') {
                                commas++;
                            }
                        }
                    } else if (ch != '\u00a0' && !Character.isWhitespace(ch)) {
                        chars++;
                        if (ch == '\u200b' || ch == '\u00ad') {
                            invisible++;
                        }
                        if (ch == '，' || ch == '、' || ch == '،') {
                            commas++;
                        }
                    }
                }
                c.text += chars;
                c.commas += commas;
                c.invisible += invisible;
                if (linkDepth > 0) {
                    c.link += chars;
                }
                if (paragraphDepth > 0 && linkDepth == 0) {
                    c.paragraphText += chars;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (isParagraphTag(tag)) {
                paragraphDepth--;
            }
            Counts c = open.removeLast();
            if (isParagraph(tag, c)) {
                c.mass += proseScore(c);
            }
            Counts parent = open.peekLast();
            if (parent != null) {
                parent.add(c);
                if (ParagraphRenderer.isBlock(tag)) {
                    parent.hasBlockChild = true;
                }
            }
        }
    }
}
