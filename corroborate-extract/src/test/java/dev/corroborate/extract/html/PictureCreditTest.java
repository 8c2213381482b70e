package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class PictureCreditTest {
    private static final String CAPTION = "Volunteers stack sandbags along the Wrenmouth river wall before the storm.";
    private static final String PICTURE = "<div class=\"pic\"><img src=\"wall.jpg\" alt=\"" + CAPTION + "\">"
        + "<div class=\"under\"><span>" + CAPTION + " </span><span>By <a href=\"/writer/77/Pia_Rudd/\">Pia Rudd</a>"
        + "</span></div></div>";
    private static final String BYLINE = "<div class=\"meta\"><span>By <a href=\"/writer/12/Ines_Aalto/\">Ines Aalto</a>,"
        + " Lantern Staff Writer</span></div>";

    @Test
    void aLinkFollowingTheImagesCaptionCreditsThePicture() {
        Document doc = Jsoup.parse("<div class=\"top\">" + PICTURE + BYLINE + "</div>");
        assertTrue(PictureCredit.credits(doc.selectFirst("a[href*=Pia_Rudd]")));
        assertFalse(PictureCredit.credits(doc.selectFirst("a[href*=Ines_Aalto]")));
    }

    @Test
    void aLinkInAFigureCaptionCreditsThePicture() {
        Document doc = Jsoup.parse("<figure><img src=\"wall.jpg\"><figcaption>Sandbags on the wall. "
            + "<a href=\"/author/pia-rudd\">Pia Rudd</a></figcaption></figure>");
        assertTrue(PictureCredit.credits(doc.selectFirst("a")));
    }

    @Test
    void aBylineBesideTheWritersHeadshotIsNoCredit() {
        Document doc = Jsoup.parse("<div class=\"writer\"><a href=\"/staff/ines-aalto/\"><img src=\"ia.jpg\" "
            + "alt=\"Ines Aalto\"></a><div>By <a href=\"/staff/ines-aalto/\">Ines Aalto</a></div></div>");
        assertFalse(PictureCredit.credits(doc.select("a").get(1)));
    }

    @Test
    void theUnlabelledBylineAfterAPhotographersCreditNamesTheWriter() throws NoArticleException {
        String html = "<html><head><title>River wall holds</title></head><body><article><h1>River wall holds</h1>"
            + "<div class=\"top\">" + PICTURE + BYLINE + "</div><div class=\"article-body\"><p>The river rose two metres "
            + "overnight, and the wall that volunteers had raised on Sunday held along its whole length.</p><p>Nobody "
            + "in the lower town had to leave, the mayor said, though the market stayed shut until noon.</p></div>"
            + "</article></body></html>";
        Article a = new HtmlArticleExtractor().extract(
            new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of("Ines Aalto"), a.authors());
    }
}
