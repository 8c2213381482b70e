package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;

/**
 * What each element's class and id say ({@link ClassHints}), as bit flags computed once per distinct class/id pair
 * of a page: pages repeat the same few class values thousands of times, and every pass asks. One instance per page.
 */
final class ElementHints {
    static final int BOILERPLATE = 1;
    static final int CONTENT = 2;
    static final int BYLINE = 4;
    static final int DATE = 8;
    static final int DISCUSSION = 16;
    static final int INVISIBLE = 32;
    static final int PUBLISHED = 64;
    static final int MODIFIED = 128;
    /** Set beside {@link #BOILERPLATE} when only weak words ("gallery", "slideshow") gave that verdict. */
    static final int WEAK_BOILERPLATE = 256;
    /** The class names a paywall ("paywall", "paywalled-content"): a prompt, or the subscriber text it covers. */
    static final int PAYWALL = 512;

    /** What is known of each class value on the page; an element's flags are two look-ups, no key built. */
    private final Map<String, ByClass> cache = new HashMap<>();
    /**
     * {@link #wordBits} by word, {@link #token} by class and {@link #value} by class value, shared by all pages: all
     * are functions of the string alone, and an outlet's pages repeat the same classes. Bounded, so that odd pages
     * cannot grow them for ever.
     */
    private static final Map<String, Integer> WORD_BITS = new ConcurrentHashMap<>();
    private static final Map<String, int[]> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, int[]> VALUES = new ConcurrentHashMap<>();
    private static final int MAX_SHARED = 50_000;

    /** The flags of an element; 0 for one without class and id. */
    int of(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        // one read of the attributes, matched case-sensitively: the HTML parser lower-cases attribute names
        Attributes attributes = e.attributes();
        String cls = attributes.get("class");
        String id = attributes.get("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        ByClass byClass = cache.computeIfAbsent(cls, ByClass::new);
        Integer flags = byClass.byId.get(id);
        if (flags == null) {
            flags = byClass.byIdWords(id);
            byClass.byId.put(id, flags);
        }
        return flags;
    }

    /** The page's elements of one class value: the value's word bits, read once, and the flags found by id. */
    private static final class ByClass {
        private final String cls;
        /** {@link #value} of the class value, once an element has needed it. */
        private int[] value;
        /** Flags by id. */
        private final Map<String, Integer> byId = new HashMap<>(4);
        /** Flags by the words of the id ({@link ClassHints#split}), joined by spaces. */
        private final Map<String, Integer> byIdWords = new HashMap<>(4);

        ByClass(String cls) {
            this.cls = cls;
        }

        /**
         * Flags depend on the class and the words of the id only, and pages number their ids ("post-1041",
         * "post-1042"): such ids share their words, so the hints are worked out once for all of them.
         */
        int byIdWords(String id) {
            List<String> idWords = new ArrayList<>(4);
            ClassHints.split(id, idWords);
            return byIdWords.computeIfAbsent(String.join(" ", idWords), w -> compute(value(), idWords));
        }

        private int[] value() {
            if (value == null) {
                value = cls.length() <= ClassHints.MAX_SPLIT ? sharedValue(cls) : longValue(cls);
            }
            return value;
        }
    }

    boolean is(Element e, int flag) {
        return (of(e) & flag) != 0;
    }

    /**
     * The flags of an element whose class value has the word bits {@code value} ({@link #value}) and whose id splits
     * into {@code idWords}.
     */
    private static int compute(int[] value, List<String> idWords) {
        int flags = value[0];
        int count = value.length - 1;
        int[] bits = Arrays.copyOfRange(value, 1, value.length + idWords.size());
        for (String w : idWords) {
            int b = sharedWordBits(w);
            bits[count++] = b & ClassHints.WORD_BITS;
            flags |= b >>> WORD_FLAGS_SHIFT;
        }
        if (ClassHints.content(bits, count)) {
            flags |= CONTENT;
        } else if (ClassHints.boilerplate(bits, count)) {
            flags |= BOILERPLATE;
            if (ClassHints.onlyWeakWords(bits, count)) {
                flags |= WEAK_BOILERPLATE;
            }
        }
        return flags;
    }

    /**
     * A class value as {@link #token} gives one class: first the flags its words set and {@link #INVISIBLE} for a
     * hiding class, then the {@link ClassHints#wordBits} of its words. A value's words are those of its space-separated
     * classes, which the page's values share.
     */
    private static int[] value(String cls) {
        int[] out = new int[8];
        int count = 1;
        for (int start = 0, end; start < cls.length(); start = end + 1) {
            end = cls.indexOf(' ', start);
            if (end < 0) {
                end = cls.length();
            }
            if (end > start) {
                int[] token = sharedToken(end - start == cls.length() ? cls : cls.substring(start, end));
                out[0] |= token[0];
                int words = token.length - 1;
                if (count + words > out.length) {
                    out = Arrays.copyOf(out, Math.max(out.length * 2, count + words));
                }
                System.arraycopy(token, 1, out, count, words);
                count += words;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * {@link #value} of a value too long to split whole: words are read from its first {@link ClassHints#MAX_SPLIT}
     * characters, hiding classes from all of it.
     */
    private static int[] longValue(String cls) {
        return words(cls, ClassHints.invisible(cls));
    }

    /**
     * One class of a value: first the flags its words set and {@link #INVISIBLE} for a hiding class, then the
     * {@link ClassHints#wordBits} of its words.
     */
    private static int[] token(String token) {
        return words(token, ClassHints.invisibleClass(token));
    }

    /** The flags and word bits of the words {@link ClassHints#split} reads from {@code text}. */
    private static int[] words(String text, boolean hiding) {
        List<String> words = new ArrayList<>(4);
        ClassHints.split(text, words);
        int[] out = new int[1 + words.size()];
        for (int i = 0; i < words.size(); i++) {
            int b = sharedWordBits(words.get(i));
            out[i + 1] = b & ClassHints.WORD_BITS;
            out[0] |= b >>> WORD_FLAGS_SHIFT;
        }
        if (hiding) {
            out[0] |= INVISIBLE;
        }
        return out;
    }

    /**
     * {@link #value}, from the shared map when some page has asked already: an outlet's pages repeat the same class
     * values, and one look-up of the value (its hash already cached by the page's own map) spares one a class. The
     * array is only read.
     */
    private static int[] sharedValue(String cls) {
        return shared(VALUES, cls, ElementHints::value);
    }

    private static int[] sharedToken(String token) {
        return shared(TOKENS, token, ElementHints::token);
    }

    private static int sharedWordBits(String w) {
        return shared(WORD_BITS, w, ElementHints::wordBits);
    }

    /** A look-up in one of the shared maps, which stop growing at {@link #MAX_SHARED} entries. */
    private static <V> V shared(Map<String, V> map, String key, Function<String, V> compute) {
        V found = map.get(key);
        if (found == null) {
            found = compute.apply(key);
            if (map.size() < MAX_SHARED) {
                map.putIfAbsent(key, found);
            }
        }
        return found;
    }

    /** Where a word's own flags sit in {@link #wordBits}, above {@link ClassHints#wordBits}. */
    private static final int WORD_FLAGS_SHIFT = 16;

    /** {@link ClassHints#wordBits}, and above them the flags that the word alone sets (byline, date...). */
    private static int wordBits(String w) {
        int flags = 0;
        switch (w) {
            case "byline", "author", "authors", "byl", "authorname", "writer", "bylines" -> flags |= BYLINE;
            case "date", "time", "dateline", "timestamp", "posted", "pubdate", "datetime" -> flags |= DATE;
            case "published", "publish" -> flags |= DATE | PUBLISHED;
            case "related", "recommended" -> flags |= DISCUSSION;
            default -> {
                if (w.startsWith("comment") && !w.equals("commentary")) {
                    flags |= DISCUSSION;
                } else if (w.startsWith("recommend") || w.equals("disqus")) {
                    flags |= DISCUSSION;
                } else if (w.startsWith("modif") || w.startsWith("update")) {
                    flags |= MODIFIED;
                } else if (w.startsWith("paywall")) {
                    flags |= PAYWALL;
                }
            }
        }
        return ClassHints.wordBits(w) | flags << WORD_FLAGS_SHIFT;
    }
}
