package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class HtmlArticleExtractorTest {
    private static final String P1 = "The council voted on Tuesday, after a long debate, to approve the new budget for the city's "
        + "schools, which had been cut twice in the past three years.";
    private static final String P2 = "Officials said the money would go to teachers, buildings and buses, and that the first "
        + "payments would arrive in the spring, well before the next school year.";
    private static final String P3 = "Parents who had campaigned for the increase welcomed the vote, though some said it came "
        + "too late for the children who had already left the district.";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static Page page(String html) {
        return new Page("id", "test.html", "https://news.example.com/2023/11/14/budget-vote", null, PageFormat.HTML, html);
    }

    private static String article(String head, String inner) {
        return "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>"
            + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>"
            + "<main><article><h1>Council approves school budget</h1>"
            + "<div class=\"byline\">By Jane Doe and John Roe, Staff Writers</div>"
            + "<div class=\"article-body\">" + inner + "</div>"
            + "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>"
            + "<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Another story about schools in town</a></li>"
            + "<li><a href=\"/b\">Teachers strike over pay, union says, in long-running dispute</a></li></ul></aside>"
            + "</article></main>"
            + "<div class=\"newsletter-signup\"><p>Sign up for our newsletter, the best of the news, every morning.</p></div>"
            + "<div id=\"cookie-consent\"><p>We use cookies to improve your experience, as described in our policy.</p></div>"
            + "<section class=\"comments\"><p>Great article, thanks for writing it, I agree completely with it.</p></section>"
            + "<footer><p>© 2023 Example News. All rights reserved.</p></footer></body></html>";
    }

    @Test
    void keepsParagraphsAndRemovesBoilerplate() throws NoArticleException {
        Article a = extractor.extract(page(article("<title>Council approves school budget | Example News</title>",
            "<p>" + P1 + "</p><figure><img src=x.jpg><figcaption>The council chamber, photographed on Monday.</figcaption></figure>"
                + "<p>" + P2 + "</p><div class=\"ad-slot\">Advertisement</div><p>" + P3 + "</p>")));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
    }

    @Test
    void keepsGallerySlidesThatCarryTheArticlesProse() throws NoArticleException {
        // inside the declared article body each section of a listicle sits in a "gallery-slide" block: weak
        // boilerplate words, but the article itself
        String slide = "<div class=\"gallery-item gallery-slide\"><h4>%s</h4><p>%s</p><p>%s</p></div>";
        Article a = extractor.extract(page(article("",
            "<div itemprop=\"articleBody\"><div class=\"slideshow carousel\">" + slide.formatted("The budget", P1, P2)
                + slide.formatted("The money", P2, P3) + slide.formatted("The parents", P3, P1) + "</div></div>")));
        assertTrue(a.body().startsWith("The budget\n\n" + P1), a.body());
        assertTrue(a.body().contains("The parents\n\n" + P3 + "\n\n" + P1), a.body());
    }

    @Test
    void keepsListsSubheadingsQuotesAndTableRows() throws NoArticleException {
        Article a = extractor.extract(page(article("",
            "<p>" + P1 + "</p><h2>What the money pays for</h2><ul><li>New teachers in every school</li>"
                + "<li>Repairs to old buildings</li></ul><blockquote>It is a good day for the city.</blockquote>"
                + "<table><tr><td>Teachers</td><td>$2m</td></tr></table><p>" + P2 + "</p>")));
        assertEquals(List.of(P1, "What the money pays for", "New teachers in every school", "Repairs to old buildings",
            "It is a good day for the city.", "Teachers $2m", P2), List.of(a.body().split("\n\n")));
    }

    @Test
    void rejectsIndexPages() {
        StringBuilder html = new StringBuilder("<html><body><main><div class=\"stories\">");
        for (int i = 0; i < 12; i++) {
            html.append("<div class=\"story\"><h2><a href=\"/s").append(i).append("\">Headline number ").append(i)
                .append(" about something that happened today</a></h2><p>A short summary of the story, with a comma, ")
                .append("and a few words more.</p></div>");
        }
        html.append("</div></main></body></html>");
        NoArticleException e = assertThrows(NoArticleException.class, () -> extractor.extract(page(html.toString())));
        assertEquals("no article: looks like an index page", e.getMessage());
    }

    @Test
    void emptyPageHasNoArticle() {
        assertThrows(NoArticleException.class, () -> extractor.extract(page("<html><body><nav>Home</nav></body></html>")));
    }

    @Test
    void titleStripsSiteNameAndPrefersConfirmedH1() throws NoArticleException {
        Article a = extractor.extract(page(article(
            "<title>Council approves school budget - Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\">", "<p>" + P1 + "</p>")));
        assertEquals("Council approves school budget", a.title());
        assertEquals("Example News", a.outlet());
    }

    @Test
    void titleFromOgTitleWhenNoH1() throws NoArticleException {
        Article a = extractor.extract(page("<html><head><title>Home | Example</title>"
            + "<meta property=\"og:title\" content=\"Budget passes at last | Example\"></head><body><p>" + P1 + "</p><p>"
            + P2 + "</p></body></html>"));
        assertEquals("Budget passes at last", a.title());
    }

    @Test
    void dateFromJsonLdBeforeMetaAndModifiedIgnored() throws NoArticleException {
        Article a = extractor.extract(page(article(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Council approves school budget\",\"dateModified\":\"2023-11-20T10:00:00Z\","
                + "\"datePublished\":\"2023-11-14T14:50:00+02:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Daily\"}}</script>"
                + "<meta property=\"article:published_time\" content=\"2023-11-13\">", "<p>" + P1 + "</p>")));
        assertEquals("2023-11-14T14:50:00+02:00", a.published().toIso());
        assertEquals("Example Daily", a.outlet());
    }

    @Test
    void dateFromMetaTag() throws NoArticleException {
        Article a = extractor.extract(page(article(
            "<meta property=\"article:modified_time\" content=\"2023-12-01T00:00:00Z\">"
                + "<meta property=\"article:published_time\" content=\"2023-11-13T08:00:00Z\">", "<p>" + P1 + "</p>")));
        assertEquals(LocalDate.of(2023, 11, 13), a.published().date());
    }

    @Test
    void dateFromTimeElementSkipsUpdatedOne() throws NoArticleException {
        Article a = extractor.extract(page(article("",
            "<time class=\"updated\" datetime=\"2023-12-01\">Dec 1</time><time datetime=\"2023-11-12T09:00\">Nov 12</time>"
                + "<p>" + P1 + "</p>")));
        assertEquals(LocalDate.of(2023, 11, 12), a.published().date());
    }

    @Test
    void dateFromUrlThenVisibleText() throws NoArticleException {
        assertEquals(LocalDate.of(2023, 11, 14), extractor.extract(page(article("", "<p>" + P1 + "</p>"))).published().date());
        Page noUrl = new Page("id", "t.html", null, null, PageFormat.HTML,
            article("", "<span class=\"date\">Published November 10, 2023 2:50 PM</span><p>" + P1 + "</p>"));
        assertEquals("2023-11-10T14:50:00", extractor.extract(noUrl).published().toIso());
    }

    @Test
    void futureDatesAreRefused() throws NoArticleException {
        Page p = new Page("id", "t.html", null, null, PageFormat.HTML,
            article("<meta property=\"article:published_time\" content=\"2999-01-01T00:00:00Z\">", "<p>" + P1 + "</p>"));
        assertNull(extractor.extract(p).published());
    }

    @Test
    void authorsFromVisibleBylineWithoutRoles() throws NoArticleException {
        Article a = extractor.extract(page(article("<meta name=\"author\" content=\"Example News Staff\">", "<p>" + P1 + "</p>")));
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
    }

    @Test
    void authorsFromJsonLdDropOrganisationsAndFromMeta() throws NoArticleException {
        String body = "<body><p>" + P1 + "</p><p>" + P2 + "</p></body>";
        Article ld = extractor.extract(page("<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":"
            + "\"Article\",\"author\":[{\"@type\":\"Organization\",\"name\":\"Example News\"},{\"@type\":\"Person\","
            + "\"name\":\"Ann Smith\"}]}]}</script></head>" + body + "</html>"));
        assertEquals(List.of("Ann Smith"), ld.authors());
        Article meta = extractor.extract(page("<html><head><meta name=\"author\" content=\"By Bob Jones, news@example.com\">"
            + "</head>" + body + "</html>"));
        assertEquals(List.of("Bob Jones"), meta.authors());
    }

    @Test
    void outletFromCopyrightThenHost() throws NoArticleException {
        assertEquals("Example News", extractor.extract(page(article("", "<p>" + P1 + "</p>"))).outlet());
        Article a = extractor.extract(page("<html><head><link rel=\"canonical\" href=\"https://www.paper.example.org/x\">"
            + "</head><body><p>" + P1 + "</p></body></html>"));
        assertEquals("paper.example.org", a.outlet());
        assertEquals("https://www.paper.example.org/x", a.url());
    }

    @Test
    void languageFromHtmlLangElseGuessed() throws NoArticleException {
        assertEquals("en", extractor.extract(page(article("", "<p>" + P1 + "</p>"))).language());
        Article a = extractor.extract(page("<html><body><p>" + P1 + " " + P2 + "</p></body></html>"));
        assertEquals("en", a.language());
    }

    @Test
    void jsonLdBodyStandsInForScriptRenderedPages() throws NoArticleException {
        String longBody = (P1 + " " + P2 + " " + P3 + "\n").repeat(3);
        Article a = extractor.extract(page("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"articleBody\":\"" + longBody.replace("\n", "\\n") + "\"}</script></head><body><div id=\"app\"><p>"
            + "Loading the story, please wait a moment while it appears.</p></div></body></html>"));
        assertTrue(a.body().startsWith(P1));
    }

    @Test
    void hydrationStateStandsInForAPaywalledPageShowingOnlyItsLead() throws NoArticleException {
        StringBuilder blocks = new StringBuilder();
        for (String p : List.of(P1, P2, P3, P2.replace("Officials", "Teachers"), P3.replace("Parents", "Pupils"))) {
            blocks.append("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"").append(p)
                .append("\"}]},");
        }
        String state = "{\"props\":{\"story\":{\"body\":{\"content\":[" + blocks + "{\"type\":\"ad\"}]}}}}";
        String head = "<title>Council approves school budget</title><script id=\"__NEXT_DATA__\" type=\"application/json\">"
            + state + "</script>";
        Article a = extractor.extract(page(article(head, "<p>" + P1 + "</p><div class=\"paywall\">Subscribe to read on.</div>")));
        assertTrue(a.body().startsWith(P1 + "\n\n" + P2 + "\n\n" + P3), a.body());
        assertTrue(a.body().endsWith(P3.replace("Parents", "Pupils")), a.body());
    }

    @Test
    void hydrationStateOfAnotherStoryNeverReplacesTheVisibleOne() throws NoArticleException {
        String other = "The harbour board of Brackwater said on Friday that its night ferry would stop running in March.";
        String state = "{\"recommended\":{\"content\":[" + ("{\"type\":\"paragraph\",\"text\":\"" + other + "\"},").repeat(12)
            + "{}]}}";
        Article a = extractor.extract(page(article("<script>window.__INITIAL_STATE__ = " + state + ";</script>",
            "<p>" + P1 + "</p>")));
        assertEquals(P1, a.body());
    }

    @Test
    void deepNestingFinishes() {
        int depth = 100_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>" + P1 + "</p>" + "</div>".repeat(depth) + "</body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                Article a = extractor.extract(page(html));
                assertFalse(a.body().isBlank());
            } catch (NoArticleException acceptable) {
                // refusing is fine; crashing or hanging is not
            }
        });
    }

    @Test
    void deepInlineNestingFinishes() {
        String html = "<html><body><p>" + "<span><b>".repeat(50_000) + P1 + "</b></span>".repeat(50_000) + "</p></body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                extractor.extract(page(html));
            } catch (NoArticleException acceptable) {
                // fine
            }
        });
    }
}
