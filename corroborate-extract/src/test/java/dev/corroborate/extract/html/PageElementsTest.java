package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The one-walk index must give exactly what jsoup's own tree queries give, in the same order. */
class PageElementsTest {
    private static final String HTML = "<html lang=en><head><title>Ferry fares</title><meta name=author content=x>"
        + "<link rel=canonical href=https://lantern.example/a><script type=application/ld+json>{}</script></head>"
        + "<body><header><h1>Ferry fares</h1><a href=/author/mira>Mira Castell</a></header>"
        + "<div class=byline><time datetime=2023-11-14>Nov 14</time><span class=date>"
        + "\u200b\u200b\u200b\u200b\u00ad12:00</span></div>"
        + "<article><h1>Second heading</h1><p>" + "Long prose line. ".repeat(20) + "<a href=/x>x</a></p></article>"
        + "<footer>\u00a9 2023 The Lantern Post<time>late</time></footer><script>var a;</script></body></html>";

    private final Document doc = Jsoup.parse(HTML);
    private final PageElements elements = PageElements.of(doc, new ElementHints());

    @Test
    void indexedTagsAreWhatJsoupFindsInDocumentOrder() {
        for (String tag : PageElements.INDEXED_TAGS) {
            assertEquals(doc.getElementsByTag(tag), elements.byTag(tag), tag);
            assertEquals(doc.body().getElementsByTag(tag), elements.inBodyByTag(tag), tag);
        }
    }

    @Test
    void bodyElementsAreTheBodysAllElementsWithTheirHints() {
        ElementHints hints = new ElementHints();
        assertEquals(doc.body().getAllElements(), elements.inBody());
        for (int i = 0; i < elements.inBody().size(); i++) {
            assertEquals(hints.of(elements.inBody().get(i)), elements.hintsInBody(i));
        }
    }

    @Test
    void textLongerThanAgreesWithRenderedTextAndIgnoresInvisibleCharacters() {
        for (Element e : elements.inBody()) {
            if (elements.textLongerThan(e, 40)) {
                assertTrue(e.text().length() > 40, e.tagName());
            }
        }
        Element date = doc.selectFirst("span.date");
        assertFalse(elements.textLongerThan(date, 5), "zero-width spaces and soft hyphens are not rendered");
        assertTrue(elements.textLongerThan(doc.selectFirst("article"), 200));
    }

    @Test
    void askingForATagThatIsNotIndexedIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> elements.byTag("div"));
    }
}
