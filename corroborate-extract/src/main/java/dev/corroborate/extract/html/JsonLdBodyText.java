package dev.corroborate.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The visible text of a JSON-LD {@code articleBody}. Some publishers put the article's markup there instead of its
 * text, sometimes entity-escaped once or twice ({@code &amp;lt;p&amp;gt;}); read as text, that markup's tag names,
 * attributes and editor comments would count as article words.
 */
final class JsonLdBodyText {
    /** Escaping deeper than this is not seen in practice; the bound keeps hostile input cheap. */
    private static final int MAX_UNESCAPES = 3;

    private JsonLdBodyText() {
    }

    /** The body's text: escaped markup unescaped, markup reduced to its text; a plain-text body unchanged. */
    static String plain(String body) {
        String s = body;
        for (int i = 0; i < MAX_UNESCAPES && escapedMarkup(s); i++) {
            s = Parser.unescapeEntities(s, false);
        }
        return s.contains("<") && s.contains(">") ? Jsoup.parse(s).text() : s;
    }

    /** Entity-escaped tags: "&lt;p&gt;" or, escaped twice, "&amp;lt;p&amp;gt;". */
    private static boolean escapedMarkup(String s) {
        return s.contains("&lt;") && s.contains("&gt;") || s.contains("&amp;lt;");
    }
}
