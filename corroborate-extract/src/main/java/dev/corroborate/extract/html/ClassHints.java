package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        "captions", "credit", "credits", "comment", "comments", "consent", "cookie", "cookies", "footer", "masthead",
        "menu", "nav", "navbar", "navigation", "newsletter", "newsletters", "paywall", "popup", "modal", "promo",
        "promos", "promotion", "related", "recommended", "recommendations", "share", "shares", "sharing", "sharebar",
        "social", "sidebar", "sponsor", "sponsored", "subscribe", "subscription", "subscriptions", "signup", "tags", "taglist",
        "toolbar", "trending", "popular", "outbrain", "taboola", "disclaimer", "pagination", "pager", "skip",
        "dateline", "timestamp", "breadcrumb", "breadcrumbs", "author", "authors", "bio", "login", "donate",
        "donation", "gdpr", "widget", "widgets", "rail", "recirc", "recirculation", "upsell", "tooltip", "slideshow",
        "carousel", "embed", "video", "gallery", "meta", "header", "topbar", "hidden", "hide", "print", "breaking",
        "alert", "teaser", "teasers", "more", "next", "prev", "previous", "follow", "tagline", "keywords", "topics",
        "inline", "newsfeed", "feed", "mostread", "most", "read", "also", "see", "cta", "dfp", "gpt", "native",
        "tweet", "tweets", "twitter", "instagram", "tiktok", "support");
    /** Word stems that mark boilerplate wherever a word starts with them. */
    private static final String[] BOILERPLATE_STEMS = {
        "advert", "sponsor", "newsletter", "recommend", "related", "sharing", "social", "comment",
        "cookie", "breadcrumb", "sidebar", "promo", "outbrain", "taboola", "paywall", "signup", "footer", "byline",
        "caption", "popular", "trending", "disqus"};
    /** Words that make a matching stem innocent. */
    private static final Set<String> INNOCENT_WORDS = Set.of("commentary", "commentator", "promotional");
    /** Classes that are boilerplate only in combination: "more" alone is not, "read-more" is. */
    private static final Set<String> WEAK_WORDS = Set.of(
        "more", "next", "prev", "previous", "read", "also", "see", "most", "inline", "video",
        "embed", "gallery", "follow", "feed", "hidden", "hide", "print", "breaking", "alert", "teaser", "teasers",
        "widget", "widgets", "native", "author", "authors", "bio", "tagline", "keywords", "topics", "rail", "skip",
        "credit", "credits", "slideshow", "carousel", "tooltip", "banner", "support");
    /** Words that say "this holds the article text". */
    private static final Set<String> CONTENT_WORDS = Set.of(
        "article", "articlebody", "body", "content", "story", "entry", "post", "text", "main", "prose", "blog",
        "richtext", "rte", "copy");
    /** Whole class values that hide text from sighted readers. */
    private static final Set<String> INVISIBLE_CLASSES = Set.of(
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "hidden",
        "d-none", "is-hidden", "u-hidden", "hide", "element-invisible", "offscreen", "a11y");

    private ClassHints() {
    }

    /** The words of the element's class and id, lower-case. */
    static List<String> words(Element e) {
        List<String> words = new ArrayList<>(8);
        split(e.attr("class"), words);
        split(e.id(), words);
        return words;
    }

    /** True when the class or id marks boilerplate: one strong word, or two weak ones ("read-more"). */
    static boolean boilerplate(List<String> words) {
        int weak = 0;
        for (String w : words) {
            if (INNOCENT_WORDS.contains(w)) {
                continue;
            }
            if (BOILERPLATE_WORDS.contains(w)) {
                if (WEAK_WORDS.contains(w)) {
                    weak++;
                    continue;
                }
                return true;
            }
            for (String stem : BOILERPLATE_STEMS) {
                if (w.startsWith(stem)) {
                    return true;
                }
            }
        }
        return weak >= 2;
    }

    /** True when no word is boilerplate on its own: the verdict rests on weak words alone ("gallery-slide gallery"). */
    static boolean onlyWeakWords(List<String> words) {
        for (String w : words) {
            if (INNOCENT_WORDS.contains(w)) {
                continue;
            }
            if (BOILERPLATE_WORDS.contains(w) && !WEAK_WORDS.contains(w)) {
                return false;
            }
            for (String stem : BOILERPLATE_STEMS) {
                if (w.startsWith(stem)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the class or id says the element holds article text ("article-body", "entry-content"). */
    static boolean content(List<String> words) {
        int content = 0;
        for (String w : words) {
            if (CONTENT_WORDS.contains(w)) {
                content++;
            }
        }
        return content >= 2 || words.contains("articlebody") || words.contains("storybody")
            || words.contains("postbody") || words.contains("entrycontent") || words.contains("richtext");
    }

    /** True when a class of the element is one of the usual "hide this" classes. */
    static boolean invisible(Element e) {
        String cls = e.attr("class");
        if (cls.isEmpty()) {
            return false;
        }
        for (String c : cls.split(" ")) {
            if (INVISIBLE_CLASSES.contains(c.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Splits a class or id value into words at punctuation, digits and camelCase humps. */
    static void split(String value, List<String> out) {
        int n = value.length();
        if (n == 0) {
            return;
        }
        if (n > 500) {
            n = 500;
        }
        StringBuilder word = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev) && !word.isEmpty()) {
                    flush(word, out);
                }
                word.append(Character.toLowerCase(c));
            } else {
                flush(word, out);
            }
            prev = c;
        }
        flush(word, out);
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (!word.isEmpty()) {
            out.add(word.toString());
            word.setLength(0);
        }
    }
}
