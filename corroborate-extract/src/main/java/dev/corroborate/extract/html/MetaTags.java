package dev.corroborate.extract.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags, keyed by lower-case {@code property}, {@code name}, {@code itemprop} or
 * {@code http-equiv}, read once so that every metadata reader looks values up instead of querying the tree.
 */
final class MetaTags {
    private final Map<String, String> first;

    private MetaTags(Map<String, String> first) {
        this.first = first;
    }

    static MetaTags of(PageElements elements) {
        Map<String, String> first = new HashMap<>();
        for (Element meta : elements.byTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr);
                if (!key.isEmpty()) {
                    first.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        return new MetaTags(first);
    }

    /** The first value of the first key present, or null. */
    String get(List<String> keys) {
        for (String k : keys) {
            String v = first.get(k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The first value of a key, or null. */
    String get(String key) {
        return first.get(key);
    }
}
