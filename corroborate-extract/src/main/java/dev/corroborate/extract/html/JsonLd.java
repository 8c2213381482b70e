package dev.corroborate.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The JSON-LD objects of a page ({@code <script type="application/ld+json">}), flattened out of arrays and
 * {@code @graph}s. The parser is lenient (raw control characters in strings, trailing commas, HTML comments around
 * the JSON) because pages write JSON-LD by hand, and bounded in depth so hostile input cannot exhaust the stack.
 */
final class JsonLd {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_SCRIPT_CHARS = 2_000_000;

    private final List<Map<String, Object>> objects;

    private JsonLd(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    /** Reads every JSON-LD script of the document; a script that does not parse is skipped. */
    static JsonLd of(PageElements elements) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Element script : elements.byTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            String json = script.data();
            if (json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            Object value = parse(json);
            if (value != null) {
                flatten(value, found);
            }
        }
        return new JsonLd(found);
    }

    /** All objects, outermost first. */
    List<Map<String, Object>> objects() {
        return objects;
    }

    /**
     * The object describing the article itself: the first whose {@code @type} names an article or a blog post, else
     * the first {@code WebPage}-like object carrying a headline, else null.
     */
    Map<String, Object> article() {
        for (Map<String, Object> o : objects) {
            if (isArticleType(o)) {
                return o;
            }
        }
        for (Map<String, Object> o : objects) {
            if (o.get("headline") != null || o.get("datePublished") != null) {
                return o;
            }
        }
        return null;
    }

    /** True when some object types the page as an article. */
    boolean declaresArticle() {
        for (Map<String, Object> o : objects) {
            if (isArticleType(o)) {
                return true;
            }
        }
        return false;
    }

    static boolean isArticleType(Map<String, Object> o) {
        for (String type : types(o)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("report") || t.equals("liveblogposting")
                || t.equals("socialmediaposting") || t.equals("posting")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code @type} values of an object (a string or a list of strings). */
    static List<String> types(Map<String, Object> o) {
        Object type = o.get("@type");
        List<String> out = new ArrayList<>();
        if (type instanceof String s) {
            out.add(s);
        } else if (type instanceof List<?> list) {
            for (Object t : list) {
                if (t instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A value as text: strings as they are, numbers as written, else null. */
    static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list && !list.isEmpty()) {
            return string(list.get(0));
        }
        return null;
    }

    /**
     * A short display string (a name, a headline): like {@link #string} but with HTML entities decoded, since many
     * CMSs write their JSON-LD through an HTML escaper ("O&amp;#039;Neil").
     */
    static String text(Object value) {
        String s = string(value);
        return s == null || s.indexOf('&') < 0 ? s : org.jsoup.parser.Parser.unescapeEntities(s, false);
    }

    private static void flatten(Object value, List<Map<String, Object>> out) {
        List<Object> ordered = new ArrayList<>();
        // breadth-first keeps the page's own order of top-level objects
        ArrayDeque<Object> queue = new ArrayDeque<>();
        queue.add(value);
        while (!queue.isEmpty() && ordered.size() < 1000) {
            Object v = queue.poll();
            if (v instanceof List<?> list) {
                queue.addAll(list);
            } else if (v instanceof Map<?, ?> map) {
                ordered.add(map);
                Object graph = map.get("@graph");
                if (graph != null) {
                    queue.add(graph);
                }
                Object main = map.get("mainEntity");
                if (main instanceof Map<?, ?> || main instanceof List<?>) {
                    queue.add(main);
                }
            }
        }
        for (Object o : ordered) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) o;
            out.add(map);
        }
    }

    /** Parses lenient JSON; null when it is not JSON. */
    static Object parse(String text) {
        Parser p = new Parser(text);
        try {
            p.skipJunk();
            return p.value(0);
        } catch (IllegalStateException | IndexOutOfBoundsException bad) {
            return null;
        }
    }

    /** A recursive-descent parser whose recursion is capped at {@link #MAX_DEPTH}. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        void skipJunk() {
            skipWs();
            if (s.startsWith("<!--", i)) {
                i += 4;
            }
            if (s.startsWith("//<![CDATA[", i)) {
                i += 11;
            } else if (s.startsWith("<![CDATA[", i)) {
                i += 9;
            }
            skipWs();
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalStateException("too deep");
            }
            skipWs();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                case '\'':
                    return string(c);
                default:
                    return literal();
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            while (true) {
                skipWs();
                char c = s.charAt(i);
                if (c == '}') {
                    i++;
                    return map;
                }
                if (c == ',') {
                    i++;
                    continue;
                }
                String key = c == '"' || c == '\'' ? string(c) : String.valueOf(literal());
                skipWs();
                if (s.charAt(i) != ':') {
                    throw new IllegalStateException("expected :");
                }
                i++;
                Object v = value(depth + 1);
                if (!map.containsKey(key)) {
                    map.put(key, v);
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> list = new ArrayList<>();
            i++;
            while (true) {
                skipWs();
                char c = s.charAt(i);
                if (c == ']') {
                    i++;
                    return list;
                }
                if (c == ',') {
                    i++;
                    continue;
                }
                list.add(value(depth + 1));
            }
        }

        private String string(char quote) {
            // copied in runs between escapes; a string without any is cut out whole
            StringBuilder b = null;
            i++;
            while (true) {
                int run = i;
                while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\\') {
                    i++;
                }
                if (i >= s.length()) {
                    throw new IllegalStateException("string not closed");
                }
                char c = s.charAt(i++);
                if (c == quote) {
                    return b == null ? s.substring(run, i - 1) : b.append(s, run, i - 1).toString();
                }
                if (b == null) {
                    b = new StringBuilder(i - run + 16);
                }
                b.append(s, run, i - 1);
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b', 'f' -> b.append(' ');
                    case 'u' -> {
                        if (i + 4 <= s.length()) {
                            try {
                                b.append((char) Integer.parseInt(s, i, i + 4, 16));
                                i += 4;
                            } catch (NumberFormatException notHex) {
                                b.append('u');
                            }
                        }
                    }
                    default -> b.append(e);
                }
            }
        }

        private Object literal() {
            int start = i;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ',' || c == '}' || c == ']' || c == ':' || Character.isWhitespace(c)) {
                    break;
                }
                i++;
            }
            if (start == i) {
                throw new IllegalStateException("unexpected character");
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "null" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> word;
            };
        }

        private void skipWs() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                throw new IllegalStateException("end of input");
            }
        }
    }
}
