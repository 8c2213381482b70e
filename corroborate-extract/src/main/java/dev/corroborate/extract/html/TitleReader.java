package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.corroborate.extract.meta.MediaTags;
import dev.corroborate.extract.meta.Titles;

/**
 * Reads the headline, reconciling the page's several versions of it: the visible {@code h1} when another source
 * confirms it, or when it reads as this story's own headline (share and search titles are often reworded), else
 * {@code og:title}, the JSON-LD {@code headline}, a lone {@code h1}, and last the {@code <title>} — each stripped of
 * the site name ({@link Titles#stripSiteName}) and of a media tag ({@link MediaTags}).
 */
final class TitleReader {
    private static final int MAX_H1 = 5;
    private static final int MAX_LENGTH = 400;
    /** Fewer words than this make a label or a site name, not a headline. */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION_WORDS = Set.of("with", "from", "that", "this", "than", "then", "they",
        "them", "what", "when", "will", "have", "your", "been", "were", "into", "over", "about", "more", "just");

    /** @return the headline, or null when the page shows none */
    String read(Document doc, PageElements elements, JsonLd ld, MetaTags meta, String outlet, String host) {
        List<String> declared = new ArrayList<>();
        String og = Titles.stripSiteName(meta.get("og:title"), outlet, host);
        Map<String, Object> article = ld.article();
        String headline = article == null ? null : Titles.stripSiteName(JsonLd.text(article.get("headline")), outlet, host);
        String twitter = Titles.stripSiteName(meta.get("twitter:title"), outlet, host);
        String rawTitle = doc.title();
        String title = Titles.stripSiteName(rawTitle, outlet, host);
        for (String t : new String[] {og, headline, twitter, title}) {
            if (t != null && !t.isBlank()) {
                declared.add(MediaTags.strip(t));
            }
        }
        List<String> h1s = h1s(elements);
        for (String h1 : h1s) {
            for (String d : declared) {
                if (Titles.same(h1, d)) {
                    return h1;
                }
            }
            String key = Titles.key(h1);
            if (key.length() >= 10 && (Titles.key(rawTitle).startsWith(key) || og != null && Titles.key(og).contains(key))) {
                return h1;
            }
        }
        if (!declared.isEmpty() && declared.get(0).length() <= MAX_LENGTH) {
            // the headline the reader sees outranks the share and search titles, which are often reworded for
            // those uses; unless it only wraps one of them in a section label ("Politics | Headline")
            if (!h1s.isEmpty() && standsAlone(h1s.get(0), declared, outlet)) {
                return h1s.get(0);
            }
            return declared.get(0);
        }
        return h1s.size() == 1 ? h1s.get(0) : null;
    }

    /**
     * True when an unconfirmed h1 reads as this story's headline of its own: not the outlet's name, about what a
     * declared title is about (a word in common: not a section heading or a logo), and no declared title inside it.
     */
    private static boolean standsAlone(String h1, List<String> declared, String outlet) {
        if (h1.split(" ").length < MIN_HEADLINE_WORDS || outlet != null && Titles.same(h1, outlet)) {
            return false;
        }
        String key = Titles.key(h1);
        Set<String> words = contentWords(h1);
        return declared.stream().noneMatch(d -> key.contains(Titles.key(d)))
            && declared.stream().anyMatch(d -> contentWords(d).stream().anyMatch(words::contains));
    }

    /** The lower-case words of four letters or more, without the commonest function words. */
    private static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4 && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> h1s(PageElements elements) {
        List<String> out = new ArrayList<>();
        for (Element h1 : elements.inBodyByTag("h1")) {
            String text = MediaTags.strip(h1.text().strip());
            if (!text.isEmpty() && text.length() <= MAX_LENGTH) {
                out.add(text);
            }
            if (out.size() == MAX_H1) {
                break;
            }
        }
        return out;
    }
}
