package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import dev.corroborate.extract.meta.Titles;

/**
 * Reads the headline, reconciling the page's several versions of it: the visible {@code h1} when another source
 * confirms it, else {@code og:title}, the JSON-LD {@code headline}, a lone {@code h1}, and last the {@code <title>} —
 * each stripped of the site name ({@link Titles#stripSiteName}).
 */
final class TitleReader {
    private static final int MAX_H1 = 5;
    private static final int MAX_LENGTH = 400;

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
                declared.add(t);
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
            return declared.get(0);
        }
        return h1s.size() == 1 ? h1s.get(0) : null;
    }

    private static List<String> h1s(PageElements elements) {
        List<String> out = new ArrayList<>();
        for (Element h1 : elements.inBodyByTag("h1")) {
            String text = h1.text().strip();
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
