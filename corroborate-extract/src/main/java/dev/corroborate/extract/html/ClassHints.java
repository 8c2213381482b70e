package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it: boilerplate ("share-bar", "relatedArticles",
 * "newsletter-signup") or article text ("article-body", "entry-content"). Names are split into lower-case words at
 * punctuation and camelCase humps, and words are matched whole or by stem, never as bare substrings, so that
 * "header" does not hide in "shareholder" nor "ad" in "lead".
 */
final class ClassHints {
    /** Whole words that mark boilerplate. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
        "ad", "ads", "adv", "advert", "advertisement", "adsbygoogle", "banner", "byline", "bylines", "caption",
        "captions", "cptn", "credit", "credits", "comment", "comments", "consent", "cookie", "cookies", "footer", "masthead",
        "menu", "nav", "navbar", "navigation", "newsletter", "newsletters", "paywall", "popup", "modal", "promo",
        "promos", "promotion", "related", "recommended", "recommendations", "share", "shares", "sharing", "sharebar",
        "social", "sidebar", "sponsor", "sponsored", "subscribe", "subscription", "subscriptions", "signup", "tags", "taglist",
        "toolbar", "trending", "popular", "outbrain", "taboola", "disclaimer", "pagination", "pager", "skip",
        "dateline", "timestamp", "breadcrumb", "breadcrumbs", "author", "authors", "bio", "login", "donate",
        "donation", "gdpr", "widget", "widgets", "rail", "recirc", "recirculation", "upsell", "tooltip", "slideshow",
        "carousel", "embed", "video", "gallery", "meta", "header", "topbar", "hidden", "hide", "print", "breaking",
        "alert", "teaser", "teasers", "more", "next", "prev", "previous", "follow", "tagline", "keywords", "topics",
        "inline", "newsfeed", "feed", "mostread", "most", "read", "also", "see", "cta", "dfp", "gpt", "native",
        "tweet", "tweets", "twitter", "instagram", "tiktok", "support", "nutrition", "facts");
    /** Word stems that mark boilerplate wherever a word starts with them. */
    private static final String[] BOILERPLATE_STEMS = {
        "advert", "sponsor", "newsletter", "recommend", "related", "sharing", "social", "comment",
        "cookie", "breadcrumb", "sidebar", "promo", "outbrain", "taboola", "paywall", "signup", "footer", "byline",
        "caption", "popular", "trending", "disqus"};
    /** Words that deny what follows: "not-a-paywall", "no-sidebar" name blocks without the thing. */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "non", "without");
    /** Words a negation reaches across: "not-a-paywall". */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words that make a matching stem innocent. */
    private static final Set<String> INNOCENT_WORDS = Set.of("commentary", "commentator", "promotional");
    /** Classes that are boilerplate only in combination: "more" alone is not, "read-more" is. */
    private static final Set<String> WEAK_WORDS = Set.of(
        "more", "next", "prev", "previous", "read", "also", "see", "most", "inline", "video",
        "embed", "gallery", "follow", "feed", "hidden", "hide", "print", "breaking", "alert", "teaser", "teasers",
        "widget", "widgets", "native", "author", "authors", "bio", "tagline", "keywords", "topics", "rail", "skip",
        "credit", "credits", "slideshow", "carousel", "tooltip", "banner", "support", "nutrition", "facts");
    /** Words that say "this holds the article text". */
    private static final Set<String> CONTENT_WORDS = Set.of(
        "article", "articlebody", "body", "content", "story", "entry", "post", "text", "main", "prose", "blog",
        "richtext", "rte", "copy");
    /** Words that alone say "this holds the article text". */
    private static final Set<String> CONTENT_ALONE_WORDS = Set.of(
        "articlebody", "storybody", "postbody", "entrycontent", "richtext");
    /** Whole class values that hide text from sighted readers. */
    private static final Set<String> INVISIBLE_CLASSES = Set.of(
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "hidden",
        "d-none", "is-hidden", "u-hidden", "hide", "element-invisible", "offscreen", "a11y");

    private ClassHints() {
    }

    /** {@link #wordBits}: the word makes a matching stem innocent ({@link #INNOCENT_WORDS}). */
    static final int INNOCENT = 1;
    /** {@link #wordBits}: the word is one of {@link #BOILERPLATE_WORDS}. */
    static final int LISTED = 2;
    /** {@link #wordBits}: the word is one of {@link #WEAK_WORDS}. */
    static final int WEAK = 4;
    /** {@link #wordBits}: the word starts with one of {@link #BOILERPLATE_STEMS}. */
    static final int STEM = 8;
    /** {@link #wordBits}: the word is one of {@link #CONTENT_WORDS}. */
    static final int CONTENT = 16;
    /** {@link #wordBits}: the word alone says article text ("articlebody"). */
    static final int CONTENT_ALONE = 32;
    /** {@link #wordBits}: the word denies the next one ({@link #NEGATIONS}). */
    static final int NEGATION = 64;
    /** {@link #wordBits}: a negation reaches across the word ({@link #ARTICLES}). */
    static final int ARTICLE = 128;
    /** The bits {@link #wordBits} uses. */
    static final int WORD_BITS = 255;

    /**
     * What one word says, as bits the verdicts below combine: a page repeats few words in many class values, so the
     * word is looked up once and the verdicts read bits ({@link ElementHints} keeps them per page).
     */
    static int wordBits(String w) {
        Integer listed = LISTED_BITS.get(w);
        int bits = listed == null ? 0 : listed;
        if (!w.isEmpty() && w.charAt(0) < STEMS_BY_FIRST.length) {
            for (String stem : STEMS_BY_FIRST[w.charAt(0)]) {
                if (w.startsWith(stem)) {
                    bits |= STEM;
                    break;
                }
            }
        }
        return bits;
    }

    /** The bits of every listed word but {@link #STEM}: one look-up instead of one per list. */
    private static final Map<String, Integer> LISTED_BITS = listedBits();
    /** {@link #BOILERPLATE_STEMS} by their first letter (ASCII), so that a word is tried against few. */
    private static final String[][] STEMS_BY_FIRST = stemsByFirst();

    private static Map<String, Integer> listedBits() {
        Map<String, Integer> bits = new HashMap<>();
        INNOCENT_WORDS.forEach(w -> bits.merge(w, INNOCENT, (a, b) -> a | b));
        BOILERPLATE_WORDS.forEach(w -> bits.merge(w, LISTED, (a, b) -> a | b));
        WEAK_WORDS.forEach(w -> bits.merge(w, WEAK, (a, b) -> a | b));
        CONTENT_WORDS.forEach(w -> bits.merge(w, CONTENT, (a, b) -> a | b));
        CONTENT_ALONE_WORDS.forEach(w -> bits.merge(w, CONTENT_ALONE, (a, b) -> a | b));
        NEGATIONS.forEach(w -> bits.merge(w, NEGATION, (a, b) -> a | b));
        ARTICLES.forEach(w -> bits.merge(w, ARTICLE, (a, b) -> a | b));
        return Map.copyOf(bits);
    }

    private static String[][] stemsByFirst() {
        String[][] byFirst = new String[128][0];
        for (String stem : BOILERPLATE_STEMS) {
            String[] some = byFirst[stem.charAt(0)];
            byFirst[stem.charAt(0)] = Arrays.copyOf(some, some.length + 1);
            byFirst[stem.charAt(0)][some.length] = stem;
        }
        return byFirst;
    }

    /** True when the words (as {@link #split} cuts them) mark boilerplate; for one-off checks outside a page walk. */
    static boolean boilerplate(List<String> words) {
        int[] bits = words.stream().mapToInt(ClassHints::wordBits).toArray();
        return boilerplate(bits, bits.length);
    }

    /**
     * True when the class or id marks boilerplate: one strong word, or two weak ones ("read-more").
     * @param words the {@link #wordBits} of the words, {@code count} of them
     */
    static boolean boilerplate(int[] words, int count) {
        int weak = 0;
        for (int i = 0; i < count; i++) {
            int w = words[i];
            if ((w & INNOCENT) != 0 || negated(words, i)) {
                continue;
            }
            if ((w & LISTED) != 0) {
                if ((w & WEAK) != 0) {
                    weak++;
                    continue;
                }
                return true;
            }
            if ((w & STEM) != 0) {
                return true;
            }
        }
        return weak >= 2;
    }

    /** True when a negation comes before word {@code i}, at most an article between ("not-a-paywall"). */
    private static boolean negated(int[] words, int i) {
        int j = i - 1;
        if (j >= 0 && (words[j] & ARTICLE) != 0) {
            j--;
        }
        return j >= 0 && (words[j] & NEGATION) != 0;
    }

    /** True when no word is boilerplate on its own: the verdict rests on weak words alone ("gallery-slide gallery"). */
    static boolean onlyWeakWords(int[] words, int count) {
        for (int i = 0; i < count; i++) {
            int w = words[i];
            if ((w & INNOCENT) != 0 || negated(words, i)) {
                continue;
            }
            if ((w & LISTED) != 0 && (w & WEAK) == 0) {
                return false;
            }
            if ((w & STEM) != 0) {
                return false;
            }
        }
        return true;
    }

    /** True when the class or id says the element holds article text ("article-body", "entry-content"). */
    static boolean content(int[] words, int count) {
        int content = 0;
        for (int i = 0; i < count; i++) {
            if ((words[i] & CONTENT_ALONE) != 0) {
                return true;
            }
            if ((words[i] & CONTENT) != 0) {
                content++;
            }
        }
        return content >= 2;
    }

    /** True when a class of the value (split at spaces) is one of the usual "hide this" classes. */
    static boolean invisible(String cls) {
        if (cls.isEmpty()) {
            return false;
        }
        for (String c : cls.split(" ")) {
            if (invisibleClass(c)) {
                return true;
            }
        }
        return false;
    }

    /** True when one class (a space-separated token of the value) is a "hide this" class. */
    static boolean invisibleClass(String token) {
        return INVISIBLE_CLASSES.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the element's class or id holds one of {@code names} as a word, or {@code prefix} followed by one of
     * {@code afterPrefix} ("key-points", "sub-headline"): how a page names a box for what it holds.
     */
    static boolean namedAs(Element e, Set<String> names, String prefix, Set<String> afterPrefix) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        List<String> words = new ArrayList<>(8);
        split(cls, words);
        split(id, words);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (names.contains(w) || w.equals(prefix) && i + 1 < words.size() && afterPrefix.contains(words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #split} reads no further than this into a value. */
    static final int MAX_SPLIT = 500;

    /** Splits a class or id value into words at punctuation, digits and camelCase humps. */
    static void split(String value, List<String> out) {
        int n = value.length();
        if (n == 0) {
            return;
        }
        if (n > MAX_SPLIT) {
            n = MAX_SPLIT;
        }
        // a word is cut out of the value whole, not built char by char: most are lower case already
        int start = -1;
        boolean upper = false;
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                boolean isUpper = Character.isUpperCase(c);
                if (isUpper && Character.isLowerCase(prev) && start >= 0) {
                    flush(value, start, i, upper, out);
                    start = -1;
                }
                if (start < 0) {
                    start = i;
                    upper = false;
                }
                upper |= isUpper || Character.toLowerCase(c) != c;
            } else if (start >= 0) {
                flush(value, start, i, upper, out);
                start = -1;
            }
            prev = c;
        }
        if (start >= 0) {
            flush(value, start, n, upper, out);
        }
    }

    /** Adds {@code value[start, end)} lower-cased char by char ({@link Character#toLowerCase(char)}). */
    private static void flush(String value, int start, int end, boolean upper, List<String> out) {
        if (!upper) {
            out.add(value.substring(start, end));
            return;
        }
        char[] word = new char[end - start];
        for (int i = start; i < end; i++) {
            word[i - start] = Character.toLowerCase(value.charAt(i));
        }
        out.add(new String(word));
    }
}
