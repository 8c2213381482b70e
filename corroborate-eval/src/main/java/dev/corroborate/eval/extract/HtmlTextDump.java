package dev.corroborate.eval.extract;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders an HTML page to the plain text a crawler's text dump holds: the body's visible text, boilerplate and all,
 * one block per line (scripts, styles and other invisible elements dropped). Lets the evaluation score the text-dump
 * extractor on pages whose gold is known.
 */
final class HtmlTextDump {
    private static final Set<String> INVISIBLE = Set.of(
        "script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object", "canvas", "select",
        "option", "button", "input", "textarea", "map", "audio", "video");
    private static final Set<String> BLOCKS = Set.of(
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
        "h6", "blockquote", "pre", "table", "tr", "header", "footer", "figure", "figcaption", "address", "hr",
        "center", "details", "summary", "aside", "nav", "form", "fieldset", "caption", "body");

    private HtmlTextDump() {
    }

    /** @return the page's visible text, one block per line, blank lines collapsed */
    static String render(String html) {
        Document doc = Jsoup.parse(html);
        StringBuilder out = new StringBuilder(html.length() / 8);
        StringBuilder line = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    line.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (INVISIBLE.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        endLine();
                    } else if (tag.equals("td") || tag.equals("th")) {
                        line.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    endLine();
                }
                return FilterResult.CONTINUE;
            }

            private void endLine() {
                String s = line.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
                line.setLength(0);
                if (!s.isEmpty()) {
                    out.append(s).append('\n');
                }
            }
        }, doc.body() == null ? doc : doc.body());
        String last = line.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        if (!last.isEmpty()) {
            out.append(last).append('\n');
        }
        return out.toString();
    }
}
