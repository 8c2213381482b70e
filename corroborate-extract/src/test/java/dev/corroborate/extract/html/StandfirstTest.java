package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class StandfirstTest {
    private static final String DEK = "The harbour board says the new quay will double the number of ferries by 2026.";
    private static final String STORY = "<p>The Larkholm harbour board approved a new quay on Tuesday, after two years of "
        + "argument over its cost, which the board now puts at forty million crowns.</p>"
        + "<p>Work starts in the spring, the board's chairwoman, Ida Fenn, said, and the old quay will stay open until "
        + "the new one is finished.</p>";

    private static String body(String head, String header) throws NoArticleException {
        String html = "<html><head>" + head + "</head><body><header class=\"article-header\"><h1>Harbour gets a new quay"
            + "</h1>" + header + "<div class=\"byline\">By Tom Reed</div></header><article>" + STORY
            + "</article></body></html>";
        return new HtmlArticleExtractor().extract(
            new Page("id", "t.html", "https://news.example.com/quay", null, PageFormat.HTML, html)).body();
    }

    @Test
    void theSubheadlineGivenAsTheDescriptionOpensTheArticle() throws NoArticleException {
        String body = body("<meta property=\"og:description\" content=\"" + DEK + "\">",
            "<p class=\"dek\">" + DEK + "</p>");
        assertTrue(body.startsWith(DEK + "\n\nThe Larkholm harbour board"), body);
    }

    @Test
    void aDescriptionShownNowhereBelowTheHeadlineAddsNothing() throws NoArticleException {
        String body = body("<meta name=\"description\" content=\"" + DEK + "\">", "");
        assertTrue(body.startsWith("The Larkholm harbour board"), body);
    }

    @Test
    void aSubheadlineNamedSoOpensTheArticleWhateverTheDescription() throws NoArticleException {
        String body = body("<meta name=\"description\" content=\"Read about the quay.\">",
            "<div class=\"article-sub-headline\"><h2>" + DEK + "</h2></div>");
        assertTrue(body.startsWith(DEK + "\n\n"), body);
    }

    @Test
    void aLineUnderTheHeadlineThatIsNeitherNamedNorTheDescriptionIsLeftOut() throws NoArticleException {
        String body = body("<meta name=\"description\" content=\"Read about the quay.\">",
            "<p class=\"kicker\">" + DEK + "</p>");
        assertFalse(body.contains(DEK), body);
    }

    @Test
    void aStandfirstTheArticleAlreadyHoldsIsNotRepeated() throws NoArticleException {
        String first = "The Larkholm harbour board approved a new quay on Tuesday, after two years of argument over its "
            + "cost, which the board now puts at forty million crowns.";
        String body = body("<meta name=\"description\" content=\"" + first + "\">", "");
        assertEquals(1, body.split(java.util.regex.Pattern.quote("approved a new quay"), -1).length - 1, body);
    }

    @Test
    void theOwnTextBoundIsNeverShorterThanTheOwnText() {
        for (String html : new String[] {"<p>  A   dek <b>in bold</b>\n  here </p>", "<p>a<br>b<br><br></p>",
            "<p><span>all</span><span>nested</span></p>", "<p>\u00a0 x \u00a0</p>", "<p></p>"}) {
            org.jsoup.nodes.Element p = org.jsoup.Jsoup.parse(html).selectFirst("p");
            assertTrue(Standfirst.ownTextBound(p) >= p.ownText().length(), html);
        }
        assertEquals(0, Standfirst.ownTextBound(org.jsoup.Jsoup.parse("<p><span>all nested</span></p>").selectFirst("p")));
    }
}
