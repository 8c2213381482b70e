package dev.corroborate.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import dev.corroborate.extract.Spaces;
import dev.corroborate.extract.Words;

/**
 * The article's paragraphs as a hydration state holds them ({@link HydrationScripts}): the run of sibling blocks
 * (an array of paragraph objects or strings, or one string of {@code <p>} markup) that holds the most prose, in
 * order. A block's text is gathered from its text-bearing fields ({@code value}, {@code text}, {@code content},
 * {@code html}, {@code body}) through its inline children, so that links and emphasis stay inside their sentence;
 * blocks typed as boilerplate ("ad", "inline-recirc") are passed over. The walk is iterative and capped in nodes.
 */
final class HydrationBody {
    /** Fields whose string value is a block's text (or inline markup). */
    private static final Set<String> TEXT_KEYS = Set.of("value", "text", "content", "html", "body");
    /** Fields through which a block reaches its inline children. */
    private static final Set<String> CHILD_KEYS = Set.of("content", "children", "nodes");
    /** Fields naming a block's kind. */
    private static final Set<String> TYPE_KEYS = Set.of("type", "subtype", "subType", "_type", "__typename");
    /** The elements of paragraph markup read as paragraphs; parsed once, not at every string of markup. */
    private static final Evaluator BLOCKS = QueryParser.parse("p, h2, h3, h4, li, blockquote");
    /** Past this many nodes a state is not walked further: no article needs more, and hostile states stay cheap. */
    static final int MAX_NODES = 500_000;
    /** A paragraph of prose: this many words or more, and a sentence's end. */
    private static final int PROSE_WORDS = 8;

    private HydrationBody() {
    }

    /** The paragraphs of the most prose-rich run across the states; empty when none holds prose. */
    static List<String> paragraphs(List<Object> states) {
        List<String> best = List.of();
        int bestWords = 0;
        int[] budget = {MAX_NODES};
        for (Object state : states) {
            ArrayDeque<Object> stack = new ArrayDeque<>();
            stack.push(state);
            while (!stack.isEmpty() && budget[0]-- > 0) {
                Object node = stack.pop();
                List<String> run = null;
                if (node instanceof List<?> list) {
                    run = blocks(list, budget);
                    for (int i = list.size() - 1; i >= 0; i--) {
                        pushContainer(list.get(i), stack);
                    }
                } else if (node instanceof Map<?, ?> map) {
                    for (Object value : map.values()) {
                        if (value instanceof String s && paragraphMarkup(s)) {
                            run = better(run, markupParagraphs(s));
                        } else {
                            pushContainer(value, stack);
                        }
                    }
                }
                int words = proseWords(run);
                if (words > bestWords) {
                    best = run;
                    bestWords = words;
                }
            }
        }
        return best;
    }

    private static void pushContainer(Object value, ArrayDeque<Object> stack) {
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            stack.push(value);
        }
    }

    private static List<String> better(List<String> a, List<String> b) {
        return proseWords(b) > proseWords(a) ? b : a;
    }

    /** The texts of an array's items taken as blocks: strings and objects, boilerplate-typed objects left out. */
    private static List<String> blocks(List<?> items, int[] budget) {
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof String s) {
                if (paragraphMarkup(s)) {
                    out.addAll(markupParagraphs(s));
                } else {
                    addText(s, out);
                }
            } else if (item instanceof Map<?, ?> map && !boilerplate(map)) {
                StringBuilder text = new StringBuilder();
                inlineText(map, text, budget);
                addText(JsonLdBodyText.plain(text.toString()), out);
            }
        }
        return out;
    }

    /** Appends the text of a block and its inline children, in order, skipping boilerplate-typed children. */
    private static void inlineText(Map<?, ?> block, StringBuilder out, int[] budget) {
        ArrayDeque<Object> stack = new ArrayDeque<>();
        stack.push(block);
        while (!stack.isEmpty() && budget[0]-- > 0) {
            Object node = stack.pop();
            if (node instanceof String s) {
                out.append(s);
            } else if (node instanceof List<?> list) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    stack.push(list.get(i));
                }
            } else if (node instanceof Map<?, ?> map && !boilerplate(map)) {
                List<Object> children = new ArrayList<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    Object v = e.getValue();
                    boolean text = v instanceof String && TEXT_KEYS.contains(e.getKey());
                    boolean nested = (v instanceof List<?> || v instanceof Map<?, ?>) && CHILD_KEYS.contains(e.getKey());
                    if (text || nested) {
                        children.add(v);
                    }
                }
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
    }

    private static boolean boilerplate(Map<?, ?> block) {
        List<String> words = new ArrayList<>();
        for (String key : TYPE_KEYS) {
            if (block.get(key) instanceof String type) {
                ClassHints.split(type, words);
            }
        }
        return !words.isEmpty() && ClassHints.boilerplate(words);
    }

    /** Paragraph markup, plain or entity-escaped. */
    private static boolean paragraphMarkup(String s) {
        return s.contains("<p") || s.contains("&lt;p");
    }

    /** The paragraphs of escaped or plain {@code <p>} markup. */
    static List<String> markupParagraphs(String markup) {
        String html = markup.contains("&lt;") ? org.jsoup.parser.Parser.unescapeEntities(markup, false) : markup;
        List<String> out = new ArrayList<>();
        Elements blocks = Jsoup.parseBodyFragment(html).select(BLOCKS);
        for (int i = 0; i < blocks.size(); i++) {
            // a block holding other blocks (a quote of paragraphs) is read through them
            if (!holdsNext(blocks, i)) {
                addText(blocks.get(i).text(), out);
            }
        }
        return out;
    }

    /**
     * True when block {@code i} holds another block: in document order a block's descendants follow it at once, so
     * it holds one exactly when it holds the next (no second selection under every block).
     */
    private static boolean holdsNext(Elements blocks, int i) {
        if (i + 1 == blocks.size()) {
            return false;
        }
        Element block = blocks.get(i);
        for (Element up = blocks.get(i + 1).parent(); up != null; up = up.parent()) {
            if (up == block) {
                return true;
            }
        }
        return false;
    }

    private static void addText(String text, List<String> out) {
        String s = Spaces.collapse(text).strip();
        if (s.indexOf(' ') > 0) {
            out.add(s);
        }
    }

    /** Words in the run's paragraphs of prose; identifiers, labels and URLs count nothing. */
    static int proseWords(List<String> run) {
        int n = 0;
        if (run != null) {
            for (String p : run) {
                if (prose(p)) {
                    n += Words.count(p);
                }
            }
        }
        return n;
    }

    static boolean prose(String p) {
        if (p.contains("://") || p.startsWith("<") || Words.count(p) < PROSE_WORDS) {
            return false;
        }
        char last = p.charAt(p.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '’' || last == ')';
    }
}
