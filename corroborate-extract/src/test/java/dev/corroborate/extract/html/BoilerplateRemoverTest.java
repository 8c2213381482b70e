package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.core.PageFormat;

class BoilerplateRemoverTest {
    private static final String STORY = "<p>The Larkholm film society will show a restored print of a silent comedy on "
        + "Saturday, with a pianist from the music school playing the score, the society said.</p>"
        + "<p>Tickets, at five crowns, go on sale on Wednesday at the library, and the society expects a full house.</p>";

    private static String body(String html) throws NoArticleException {
        return new HtmlArticleExtractor().extract(
            new Page("id", "t.html", "https://films.example.com/news/silent", null, PageFormat.HTML, html)).body();
    }

    @Test
    void aSidebarOfTeasersLongerThanAShortStoryIsStillASidebar() throws NoArticleException {
        // the teasers, written in divs, outweigh the story in text but not in paragraphs
        StringBuilder sidebar = new StringBuilder("<div id=\"sidebar\" class=\"grid-view\"><div class=\"boxes\">");
        for (int i = 0; i < 8; i++) {
            sidebar.append("<div class=\"box\"><div class=\"kind\">review</div><a href=\"/r").append(i)
                .append("\">Review number ").append(i).append("</a><div class=\"intro\">A long look, with many asides, at a ")
                .append("boxed set of old comedies, which the reviewer found charming, uneven and often very funny.</div></div>");
        }
        sidebar.append("</div></div>");
        String html = "<html><body><div id=\"content\"><div id=\"main\"><div class=\"text\">" + STORY + "</div></div>"
            + sidebar + "</div></body></html>";
        String body = body(html);
        assertTrue(body.startsWith("The Larkholm film society"), body);
        assertEquals(2, body.split("\n\n").length, body);
    }

    @Test
    void aWrapperNamedForItsSidebarKeepsTheArticleItHolds() throws NoArticleException {
        String html = "<html><body><div class=\"layout has-sidebar\"><div class=\"story\">" + STORY + "</div>"
            + "<aside><a href=\"/a\">Other news</a></aside></div></body></html>";
        assertTrue(body(html).startsWith("The Larkholm film society"));
    }

    @Test
    void paragraphsMarkedAsPaywalledAreKeptAndThePromptIsNot() throws NoArticleException {
        // the page carries the subscriber-only paragraphs, marked with the paywall's name, beside the prompt itself
        String behind = "<p class=\"paywall\">The comedy, made in a harbour town a century ago, was found in a barn "
            + "loft in two rusted cans, and the film school spent a year cleaning and copying its reels.</p>"
            + "<p class=\"paywall\">Its director, a former clown, made only three films, and this is the only one left, "
            + "the society's chairwoman, Ida Fenn, said on Monday at the library.</p>";
        String prompt = "<div class=\"paywall-prompt\"><p>Subscribe to keep reading.</p></div>";
        String html = "<html><body><article><div class=\"story\">" + STORY + behind + prompt + "</div></article>"
            + "</body></html>";
        String body = body(html);
        assertEquals(4, body.split("\n\n").length, body);
        assertTrue(body.endsWith("at the library."), body);
    }

    @Test
    void theCountsOfWhatIsLeftAreThoseAFreshMeasureGives() {
        String html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><div class=\"story\">"
            + STORY + "<!-- ad slot --><div class=\"share-bar\"><a href=\"/s\">Share</a></div><ul><li><a href=\"/1\">"
            + "Film week</a></li><li><a href=\"/2\">Music week</a></li><li><a href=\"/3\">Art week</a></li></ul>"
            + "<p>Doors open at seven,\u200b the society said.</p></div><footer>The Larkholm Post</footer></body></html>";
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parse(html).body();
        TextMeasure kept = new BoilerplateRemover().clean(body, TextMeasure.over(body, 32), new ElementHints(), 32);
        TextMeasure fresh = TextMeasure.over(body, 32);
        assertTrue(body.select("nav, footer, .share-bar, ul").isEmpty(), body.html());
        for (org.jsoup.nodes.Element e : body.getAllElements()) {
            TextMeasure.Counts a = kept.of(e);
            TextMeasure.Counts b = fresh.of(e);
            assertEquals(List.of(b.text, b.link, b.invisible, b.commas, b.paragraphText, b.links, b.elements, b.mass,
                b.hasBlockChild), List.of(a.text, a.link, a.invisible, a.commas, a.paragraphText, a.links, a.elements,
                a.mass, a.hasBlockChild), e.cssSelector());
        }
    }
}
