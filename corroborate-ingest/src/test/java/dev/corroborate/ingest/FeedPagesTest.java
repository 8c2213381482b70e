package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFailure;
import dev.corroborate.core.PageFormat;

class FeedPagesTest {
    private static final String RSS_FULL = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour Gazette - Marden</title>
            <link>https://gazette.example/</link>
            <language>en</language>
            <item>
              <title>Ferry crews back timetable change</title>
              <link>https://gazette.example/2025/03/ferry-crews</link>
              <pubDate>Tue, 04 Mar 2025 09:30:00 +0100</pubDate>
              <dc:creator>Edda Morn</dc:creator>
              <description>Crews say yes.</description>
              <content:encoded><![CDATA[<p>Ferry crews in Marden backed the new timetable on Tuesday.</p>
                <p>"It gives families an earlier boat," said union steward Piet Varga.</p>]]></content:encoded>
            </item>
            <item>
              <title>Tolls &amp; fares frozen</title>
              <guid isPermaLink="true">https://gazette.example/2025/03/tolls</guid>
              <pubDate>Wed, 05 Mar 2025 16:00:00 EST</pubDate>
              <author>desk@gazette.example (Lisbet Anker)</author>
              <description>&lt;p&gt;The bridge authority froze tolls and fares for a year.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private static final String ATOM = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>Lantern Science</title>
          <entry>
            <title type="text">Lark-2 sends its first radar image</title>
            <link rel="alternate" type="text/html" href="https://lantern.example/lark2-first-image"/>
            <link rel="edit" href="https://lantern.example/api/12"/>
            <published>2025-10-06T11:00:00Z</published>
            <updated>2025-10-07T08:00:00Z</updated>
            <author><name>Mira Kallas</name></author>
            <author><name>Tomas Ekdal</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The satellite mapped the Oska
              delta in one pass.</p></div></content>
          </entry>
          <entry>
            <title>Audit office reports overrun</title>
            <link href="https://lantern.example/audit"/>
            <updated>2025-10-01T09:00:00+02:00</updated>
            <summary>The Lark-2 programme ran 38% over budget, auditors said.</summary>
          </entry>
        </feed>
        """;

    @TempDir
    Path dir;

    private final PageReader reader = new PageReader();

    @Test
    void eachRssItemBecomesAnHtmlPageWithItsLinkTitleDateAndAuthor() throws IOException {
        List<PageResult> results = read("gazette.rss", RSS_FULL);

        assertEquals(2, results.size(), results.toString());
        Page first = loaded(results.get(0));
        assertEquals("gazette.rss#item-1", first.source());
        assertEquals("https://gazette.example/2025/03/ferry-crews", first.url());
        assertEquals(PageFormat.HTML, first.format());
        assertNull(first.fetched());
        Document doc = Jsoup.parse(first.content());
        assertEquals("Ferry crews back timetable change", doc.title());
        assertEquals("2025-03-04T09:30:00+01:00", meta(doc, "article:published_time"));
        assertEquals("Edda Morn", doc.selectFirst("meta[name=author]").attr("content"));
        assertEquals("Harbour Gazette", meta(doc, "og:site_name"));
        assertEquals("https://gazette.example/2025/03/ferry-crews", doc.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        // the full content wins over the teaser, paragraphs kept as paragraphs
        assertEquals(2, doc.select("article p").size());
        assertFalse(doc.text().contains("Crews say yes."));
    }

    @Test
    void escapedHtmlDescriptionsGuidLinksAndRfc822ZonesAreRead() throws IOException {
        Page second = loaded(read("gazette.rss", RSS_FULL).get(1));

        Document doc = Jsoup.parse(second.content());
        assertEquals("https://gazette.example/2025/03/tolls", second.url());
        assertEquals("Tolls & fares frozen", doc.title());
        assertEquals("2025-03-05T16:00:00-05:00", meta(doc, "article:published_time"));
        assertEquals("Lisbet Anker", doc.selectFirst("meta[name=author]").attr("content"));
        assertEquals("The bridge authority froze tolls and fares for a year.", doc.selectFirst("article p").text());
    }

    @Test
    void itemsAreNeverJoinedAndEachHasItsOwnId() throws IOException {
        List<PageResult> results = read("gazette.rss", RSS_FULL);

        Page first = loaded(results.get(0));
        Page second = loaded(results.get(1));
        assertFalse(first.content().contains("bridge authority"));
        assertFalse(second.content().contains("Ferry crews"));
        assertFalse(first.id().equals(second.id()));
        assertEquals(first.id(), loaded(read("again.rss", RSS_FULL).get(0)).id());
    }

    @Test
    void atomEntriesGiveAlternateLinksPublishedAndUpdatedDatesAndAllAuthors() throws IOException {
        List<PageResult> results = read("lantern.atom", ATOM);

        assertEquals(2, results.size(), results.toString());
        Page first = loaded(results.get(0));
        Document doc = Jsoup.parse(first.content());
        assertEquals("https://lantern.example/lark2-first-image", first.url());
        assertEquals("2025-10-06T11:00:00Z", meta(doc, "article:published_time"));
        assertEquals("2025-10-07T08:00:00Z", meta(doc, "article:modified_time"));
        assertEquals("Mira Kallas, Tomas Ekdal", doc.selectFirst("meta[name=author]").attr("content"));
        assertTrue(doc.selectFirst("article p").text().startsWith("The satellite mapped the Oska delta"));
        Document second = Jsoup.parse(loaded(results.get(1)).content());
        assertEquals("2025-10-01T09:00:00+02:00", meta(second, "article:published_time"));
        assertEquals("The Lark-2 programme ran 38% over budget, auditors said.", second.selectFirst("article p").text());
    }

    @Test
    void anXmlFileIsReadAsAFeedOnlyWhenItsRootIsOne() throws IOException {
        assertEquals("lantern.xml#item-1", loaded(read("lantern.xml", ATOM).get(0)).source());
        String rdf = """
            <?xml version="1.0"?>
            <!-- an RSS 1.0 feed -->
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
              <channel><title>Oska Valley Post</title></channel>
              <item><title>River level falls</title><link>https://ovp.example/river</link>
                <description>The Oska fell below the warning mark overnight.</description></item>
            </rdf:RDF>
            """;
        assertEquals("https://ovp.example/river", loaded(read("ovp.xml", rdf).get(0)).url());

        Page sitemap = loaded(read("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>")
            .get(0));
        assertEquals("sitemap.xml", sitemap.source());
    }

    @Test
    void aFeedOfTeasersStillGivesOnePagePerItem() throws IOException {
        String teasers = """
            <rss version="2.0"><channel><title>Meridian Daily</title>
              <item><title>Strike talks resume</title><link>https://meridian.example/a</link>
                <description>Talks resume on Monday.</description></item>
              <item><title>Cranes restart</title><link>https://meridian.example/b</link>
                <description>The North Basin cranes moved again.</description></item>
            </channel></rss>
            """;

        List<PageResult> results = read("meridian.rss", teasers);

        assertEquals(2, results.size());
        assertTrue(Jsoup.parse(loaded(results.get(1)).content()).text().contains("The North Basin cranes moved again."));
    }

    @Test
    void aFeedCutOffMidItemKeepsTheWholeItemsAndNamesTheCutOne() throws IOException {
        String cut = RSS_FULL.substring(0, RSS_FULL.indexOf("<author>"));

        List<PageResult> results = read("cut.rss", cut);

        assertEquals(2, results.size(), results.toString());
        loaded(results.get(0));
        PageFailure failure = failed(results.get(1));
        assertEquals("cut.rss#item-2", failure.source());
        assertTrue(failure.reason().contains("cut off"), failure.toString());
    }

    @Test
    void aFeedFileThatIsNoFeedOrHasNoItemsGetsOneFailure() throws IOException {
        PageFailure notFeed = failed(read("broken.rss", "<html><body>Moved</body></html>").get(0));
        assertTrue(notFeed.reason().contains("not an RSS or Atom feed"), notFeed.toString());
        PageFailure empty = failed(read("empty.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>")
            .get(0));
        assertEquals("feed has no items", empty.reason());
        PageFailure garbage = failed(read("garbage.rss", "title: not xml at all").get(0));
        assertTrue(garbage.reason().contains("root element is missing"), garbage.toString());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-LINE");
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<rss version=\"2.0\"><channel><title>T</title><item><title>Leak &leak;</title>"
            + "<description>Body &leak; text.</description></item></channel></rss>";

        List<PageResult> results = read("hostile.rss", hostile);

        assertEquals(1, results.size(), results.toString());
        assertFalse(loaded(results.get(0)).content().contains("TOP-SECRET-LINE"));
    }

    @Test
    void plainTextContentIsSplitIntoParagraphs() throws IOException {
        String plain = "<rss><channel><title>T</title><item><title>Night shift</title>"
            + "<description>First paragraph of the story.\n\nSecond paragraph, with 3 &lt; 4.</description>"
            + "</item></channel></rss>";

        Document doc = Jsoup.parse(loaded(read("plain.rss", plain).get(0)).content());

        assertEquals(List.of("First paragraph of the story.", "Second paragraph, with 3 < 4."),
            doc.select("article p").eachText());
    }

    private List<PageResult> read(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return reader.read(new InputFile(file, name));
    }

    private static String meta(Document doc, String property) {
        return doc.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private static Page loaded(PageResult result) {
        return assertInstanceOf(PageResult.Loaded.class, result, result.toString()).page();
    }

    private static PageFailure failed(PageResult result) {
        return assertInstanceOf(PageResult.Failed.class, result, result.toString()).failure();
    }
}
