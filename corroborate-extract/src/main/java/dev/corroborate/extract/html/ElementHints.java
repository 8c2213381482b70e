package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Flags by class value, then by id: two look-ups of strings whose hashes are cached, no key to build. */
    private final Map<String, Map<String, Integer>> cache = new HashMap<>();
    /** Flags by class value, then by the words of the id ({@link ClassHints#split}). */
    private final Map<String, Map<String, Integer>> cacheByIdWords = new HashMap<>();
    /** {@link #wordBits} by word: a page's class values repeat few words. */
    private final Map<String, Integer> wordBits = new HashMap<>();

    /** The flags of an element; 0 for one without class and id. */
    int of(Element e) {
        String cls = e.attr("class");
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        Map<String, Integer> byId = cache.computeIfAbsent(cls, c -> new HashMap<>(4));
        Integer flags = byId.get(id);
        if (flags == null) {
            flags = byIdWords(e, cls, id);
            byId.put(id, flags);
        }
        return flags;
    }

    /**
     * Flags depend on the class and the words of the id only, and pages number their ids ("post-1041", "post-1042"):
     * such ids share their words, so the hints are worked out once for all of them.
     */
    private int byIdWords(Element e, String cls, String id) {
        List<String> idWords = new ArrayList<>(4);
        ClassHints.split(id, idWords);
        Map<String, Integer> byWords = cacheByIdWords.computeIfAbsent(cls, c -> new HashMap<>(4));
        return byWords.computeIfAbsent(String.join(" ", idWords), w -> compute(e, cls, idWords));
    }

    boolean is(Element e, int flag) {
        return (of(e) & flag) != 0;
    }

    /** The flags of an element of class {@code cls} whose id splits into {@code idWords}. */
    private int compute(Element e, String cls, List<String> idWords) {
        List<String> words = new ArrayList<>(8);
        ClassHints.split(cls, words);
        words.addAll(idWords);
        int[] bits = new int[words.size()];
        int flags = 0;
        for (int i = 0; i < bits.length; i++) {
            int b = wordBits.computeIfAbsent(words.get(i), ElementHints::wordBits);
            bits[i] = b & ClassHints.WORD_BITS;
            flags |= b >>> WORD_FLAGS_SHIFT;
        }
        if (ClassHints.content(bits, bits.length)) {
            flags |= CONTENT;
        } else if (ClassHints.boilerplate(bits, bits.length)) {
            flags |= BOILERPLATE;
            if (ClassHints.onlyWeakWords(bits, bits.length)) {
                flags |= WEAK_BOILERPLATE;
            }
        }
        if (ClassHints.invisible(e)) {
            flags |= INVISIBLE;
        }
        return flags;
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
                }
            }
        }
        return ClassHints.wordBits(w) | flags << WORD_FLAGS_SHIFT;
    }
}
