package dev.corroborate.extract.html;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Reads the publishing outlet: {@code og:site_name}, the JSON-LD publisher, the {@code application-name} meta tag,
 * the name in a copyright line, and last the host of the canonical URL.
 */
final class OutletReader {
    private static final Pattern COPYRIGHT = Pattern.compile(
        "(?:(?:©|\\(c\\)|Copyright)\\s*)+(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?)?\\s*,?\\s*"
            + "([\\p{Lu}][\\p{L}\\p{N}&.' -]{1,60}?)\\s*(?:[.,|©]|All rights|Inc\\b|LLC\\b|$)");
    private static final int MAX_COPYRIGHT_TEXT = 400;

    /** @return the outlet's name, or null when nothing names it */
    String read(PageElements elements, JsonLd ld, MetaTags meta, String canonicalUrl) {
        String site = meta.get("og:site_name");
        if (site != null && !site.isBlank()) {
            return site.strip();
        }
        Map<String, Object> article = ld.article();
        if (article != null && article.get("publisher") instanceof Map<?, ?> publisher) {
            String name = JsonLd.string(publisher.get("name"));
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        String app = meta.get("application-name");
        if (app != null && !app.isBlank()) {
            return app.strip();
        }
        String copyright = fromCopyright(elements);
        if (copyright != null) {
            return copyright;
        }
        return host(canonicalUrl);
    }

    private static String fromCopyright(PageElements elements) {
        for (Element footer : elements.inBodyByTag("footer")) {
            String text = footer.text();
            int at = indexOfCopyright(text);
            if (at >= 0) {
                Matcher m = COPYRIGHT.matcher(text.substring(at, Math.min(text.length(), at + MAX_COPYRIGHT_TEXT)));
                if (m.lookingAt()) {
                    return m.group(1).strip();
                }
            }
        }
        return null;
    }

    private static int indexOfCopyright(String text) {
        int i = text.indexOf('©');
        if (i < 0) {
            i = text.indexOf("Copyright");
        }
        return i;
    }

    /** The host without "www.", or null for a missing or malformed URL. */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
