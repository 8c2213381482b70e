package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleReaderTest {
    private static final String OUTLET = "Harbour Gazette";
    private static final String HOST = "www.harbourgazette.example";

    private static String title(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
            "https://" + HOST + "/2024/05/02/ferry");
        PageElements elements = PageElements.of(doc, new ElementHints());
        return new TitleReader().read(doc, elements, JsonLd.of(elements), MetaTags.of(elements), OUTLET, HOST);
    }

    private static String headlineLd(String headline) {
        return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" + headline
            + "\"}</script>";
    }

    @Test
    void anH1ConfirmedByAJsonLdHeadlineWrittenWithHtmlEntities() {
        // the share title differs; the JSON-LD headline, once its entities are decoded, is the visible one
        String head = "<title>Ferry returns to the island | Harbour Gazette</title>"
            + "<meta property=\"og:title\" content=\"Ferry returns to the island\">"
            + headlineLd("Islanders&#8217; ferry is back: &#39;We waited two winters&#39;");
        assertEquals("Islanders’ ferry is back: 'We waited two winters'",
            title(head, "<article><h1>Islanders’ ferry is back: 'We waited two winters'</h1><p>Text.</p></article>"));
    }

    @Test
    void theVisibleHeadlineOutranksAShareTitleWordedOtherwise() {
        String head = "<title>Island ferry back after two winters | Harbour Gazette</title>"
            + "<meta property=\"og:title\" content=\"You can take the ferry to Gull Island again\">";
        assertEquals("Gull Island ferry resumes service after repairs",
            title(head, "<article><h1>Gull Island ferry resumes service after repairs</h1><p>Text.</p></article>"));
    }

    @Test
    void anH1ThatOnlyWrapsTheDeclaredTitleInASectionLabelGivesWayToIt() {
        String head = "<meta property=\"og:title\" content=\"Gull Island ferry resumes service after repairs\">";
        assertEquals("Gull Island ferry resumes service after repairs",
            title(head, "<article><h1>Transport | Gull Island ferry resumes service after repairs</h1></article>"));
    }

    @Test
    void anH1AboutSomethingElseIsASectionHeadingNotTheHeadline() {
        String head = "<meta property=\"og:title\" content=\"Gull Island ferry resumes service after repairs\">";
        assertEquals("Gull Island ferry resumes service after repairs",
            title(head, "<h1>Latest from our newsroom</h1><article><p>Text.</p></article>"));
    }

    @Test
    void aMediaTagDoesNotKeepTheH1FromBeingConfirmed() {
        String head = "<title>WATCH: Lantern festival lights up the old harbour | Harbour Gazette</title>";
        assertEquals("Lantern festival lights up the old harbour",
            title(head, "<article><h1>Lantern festival lights up the old harbour [Watch]</h1><p>Text.</p></article>"));
    }
}
