package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    /** What jsoup makes of a canonical link's href on a page at a base URL. */
    private static String absUrl(String href) {
        Element link = Jsoup.parse("<link rel=canonical href='" + href + "'>", "https://base.example/news/a.html")
            .selectFirst("link");
        return link.absUrl("href");
    }

    @Test
    void aPlainAbsoluteUrlIsWhatJsoupWouldResolveItTo() {
        for (String href : new String[] {
            "https://www.harbourtimes.example/2024/03/01/pier-reopens",
            "http://Harbour-Times.example/news?id=41&amp;page=2#top",
            "https://harbourtimes.example?ref=home",
            "https://harbourtimes.example#comments",
            "https://harbourtimes.example/a%20b/c_d~e/(f),g;h!i$j*k'l+m",
            "https://harbourtimes.example/a#b#c"}) {
            String raw = Jsoup.parse("<link href='" + href + "'>").selectFirst("link").attr("href");
            assertTrue(MetadataReader.plainAbsolute(raw), href);
            assertEquals(absUrl(href), raw, href);
        }
    }

    @Test
    void urlsThatResolutionChangesAreNotPlain() {
        for (String href : new String[] {
            "https://harbourtimes.example/news/../2024/pier", "https://harbourtimes.example/./pier",
            "https://user@harbourtimes.example/pier", "https://harbourtimes.example:443/pier",
            "https://harbourtimes.example/pier story", "https:///pier", "https://", "/news/pier",
            "HTTPS://harbourtimes.example/pier", "https://[::1]/pier", "https://harbourtimes.example/pier\t"}) {
            assertFalse(MetadataReader.plainAbsolute(href), href);
        }
    }
}
