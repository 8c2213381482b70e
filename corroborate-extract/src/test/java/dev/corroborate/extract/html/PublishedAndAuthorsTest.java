package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Regression tests for the publication day (UTC versus the page's own day, shown revisions) and byline authors. */
class PublishedAndAuthorsTest {
    private static final String BODY = "<p>The council voted on Tuesday, after a long debate, to approve the new budget for "
        + "the city's schools, which had been cut twice in the past three years.</p><p>Officials said the money would go "
        + "to teachers, buildings and buses, and that the first payments would arrive in the spring.</p>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String head, String header) throws NoArticleException {
        String html = "<html><head><title>Council approves budget</title>" + head + "</head><body><article>"
            + "<h1>Council approves budget</h1>" + header + "<div class=\"article-body\">" + BODY + "</div>"
            + "</article></body></html>";
        return extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
    }

    @Test
    void utcTimestampTakesThePagesOwnDayWhenThePageWritesItsOffset() throws NoArticleException {
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-04T02:30:00Z\">",
            "<time datetime=\"2023-03-03T21:30:00-05:00\">Friday evening</time>");
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void utcTimestampKeepsItsDayWhenTheOtherClockWritesNoOffset() throws NoArticleException {
        // the same wall time with no offset says nothing of the page's own zone
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-04T02:30:00Z\">",
            "<span data-local=\"2023-03-03T21:30:00\" data-stamp=\"2023-03-03 21:30:00.000\"></span>");
        assertEquals(LocalDate.of(2023, 3, 4), a.published().date());
    }

    @Test
    void utcTimestampTakesThePagesOwnDayEastOfUtc() throws NoArticleException {
        // 18:30 UTC is 05:30 the next morning at +11:00, the day the page's readers saw
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-03T18:30:00+00:00\">",
            "<time datetime=\"2023-03-04T05:30:00+11:00\">March 4, 2023 5.30am</time>");
        assertEquals(LocalDate.of(2023, 3, 4), a.published().date());
    }

    @Test
    void urlDayOutranksUnlabelledTimeElementsOfAFeed() throws NoArticleException {
        StringBuilder feed = new StringBuilder("<aside><ul>");
        for (int hour = 13; hour > 8; hour--) {
            feed.append("<li><time datetime=\"2023-03-09T").append(hour).append(":05:00-05:00\">").append(hour)
                .append(":05</time> Another story</li>");
        }
        String html = "<html><body>" + feed + "</ul></aside><article><h1>Council approves budget</h1><div class=\"article-body\">" + BODY
            + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/feature/2023-03-03/budget",
            null, PageFormat.HTML, html));
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void dateLineUnderTheHeadlineIsReadWithoutMarkup() throws NoArticleException {
        String html = "<html><body><header><h1>Example Post</h1></header><article><h1>Council approves budget</h1>"
            + "<div class=\"general-info\">Mar 3, 2023 <span>4 min read</span></div><div class=\"article-body\">"
            + BODY + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML,
            html));
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void pageDatingOnlyItsRevisionIsDatedByIt() throws NoArticleException {
        Article a = extract("<meta property=\"article:modified_time\" content=\"2023-03-03T19:51:56Z\">", "");
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void utcTimestampTakesTheLocalTimeShownInTheByline() throws NoArticleException {
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-04T02:30:00Z\">",
            "<span class=\"byline-date\">Mar. 3, 2023 9:30 pm EST</span>");
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void utcTimestampStaysWhenThePageSaysNothingElse() throws NoArticleException {
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-04T02:30:00Z\">", "");
        assertEquals(LocalDate.of(2023, 3, 4), a.published().date());
    }

    @Test
    void revisedPageShowingOnlyItsRevisionDateIsDatedByIt() throws NoArticleException {
        Article a = extract("<meta property=\"article:published_time\" content=\"2019-05-01T10:00:00-04:00\">"
                + "<meta property=\"article:modified_time\" content=\"2023-03-03T10:00:00-05:00\">",
            "<time datetime=\"2023-03-03T10:00:00-05:00\">March 3, 2023</time>");
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void pageShowingItsFirstPublicationKeepsItBesideAnUpdateLine() throws NoArticleException {
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-01T10:00:00-05:00\">"
                + "<meta property=\"article:modified_time\" content=\"2023-03-03T10:00:00-05:00\">",
            "<div class=\"date\">Updated March 3, 2023</div><div class=\"date\">Published March 1, 2023</div>");
        assertEquals(LocalDate.of(2023, 3, 1), a.published().date());
    }

    @Test
    void bylineEntriesThatTheStructuredDataDoesNotNameAsPeopleAreDropped() throws NoArticleException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}</script>";
        Article a = extract(ld, "<div class=\"byline\"><a href=\"/author/jane-doe\">Jane Doe</a>"
            + "<span>City Hall Desk</span><a href=\"/author/john-roe\">John Roe</a></div>");
        assertEquals(List.of("Jane Doe", "John Roe"), a.authors());
    }

    @Test
    void jsonLdAuthorWrittenWithHtmlEntitiesIsDecoded() throws NoArticleException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Kieran O&#039;Dell\"}]}</script>";
        Article a = extract(ld, "");
        assertEquals(List.of("Kieran O'Dell"), a.authors());
    }

    @Test
    void bylineInsideAnArticleMarkedCommentsOpenIsNotTakenForAComment() throws NoArticleException {
        String html = "<html><body><article itemscope itemtype=\"http://schema.org/NewsArticle\" class=\"story comments-open\">"
            + "<h1>Council approves budget</h1><p class=\"byline\"><span>Mara Lindqvist and Tomas Okafor</span></p>"
            + "<div class=\"article-body\">" + BODY + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of("Mara Lindqvist", "Tomas Okafor"), a.authors());
    }

    @Test
    void unlabelledBylineIsFoundByItsLinksToTheWritersPages() throws NoArticleException {
        Article a = extract("", "<div class=\"meta-row\"><a href=\"/team/\">Our Team</a> "
            + "<a href=\"/writer/mara-lindqvist/\">Mara Lindqvist</a> and "
            + "<a href=\"/writer/tomas-okafor/\">Tomas Okafor</a> \u2022 March 3, 2023</div>");
        assertEquals(List.of("Mara Lindqvist", "Tomas Okafor"), a.authors());
    }

    @Test
    void columnistsListedInTheSitesMenuAreNoByline() throws NoArticleException {
        String menu = "<header class=\"site-header\"><ul class=\"secondary-nav\"><li><a href=\"/voices/letters\">Letters</a>"
            + "</li><li><a href=\"/author/ines-aalto\">Ines Aalto</a></li></ul></header>";
        String html = "<html><head><title>Council approves budget</title></head><body>" + menu
            + "<article><h1>Council approves budget</h1><div class=\"article-body\">" + BODY + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of(), a.authors());
        Article bylined = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML,
            html.replace("<h1>Council approves budget</h1>", "<h1>Council approves budget</h1><div class=\"meta-row\">"
                + "<a href=\"/author/tomas-okafor\">Tomas Okafor</a> \u2022 March 3, 2023</div>")));
        assertEquals(List.of("Tomas Okafor"), bylined.authors());
    }

    @Test
    void peopleThatASentenceOfTheStoryLinksToAreNoByline() throws NoArticleException {
        String html = "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget"
            + "</h1><div class=\"article-body\"><p>The motion came from <a href=\"/people/ines-aalto/\">Ines Aalto</a>, "
            + "who has pushed for the money since her first week on the council.</p>" + BODY + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void peopleInTheStorysTagListAreNoByline() throws NoArticleException {
        String html = "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget"
            + "</h1><div class=\"article-body\">" + BODY + "</div><section class=\"tag-cloud\"><ul><li>"
            + "<a href=\"/people/ines-aalto/\">Ines Aalto</a></li><li><a href=\"/topics/schools/\">Schools</a></li></ul>"
            + "</section></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void aMarkedBylineNamingNoPersonIsNotPassedOverForATeasersByline() throws NoArticleException {
        String html = "<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget"
            + "</h1><h3 class=\"story-byline\">by <a rel=\"author\" href=\"/profile/citydesk/\">City Desk</a></h3>"
            + "<div class=\"article-body\">" + BODY + "</div></article><aside><a href=\"/story/ferry-fares\">"
            + "<p class=\"card-byline\">Ines Aalto</p></a><a href=\"/profile/tomas-okafor/\">Tomas Okafor</a></aside>"
            + "</body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of(), a.authors());
        String wire = html.replace("<a rel=\"author\" href=\"/profile/citydesk/\">City Desk</a>",
            "<span itemprop=\"author\"><span itemprop=\"name\">Lantern Wire Service</span></span>");
        Article b = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, wire));
        assertEquals(List.of(), b.authors());
    }

    @Test
    void writersMarkedOnlyInHiddenMicrodataLeaveTheSearchOpen() throws NoArticleException {
        // the marked blocks show no text: they name no one, and the byline written under them names the writers
        String marked = "<div itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"Ines Aalto\"></div>"
            + "<div itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"Tomas Okafor\"></div>";
        Article a = extract("", marked + "<p class=\"byline\">By Ines Aalto and Tomas Okafor</p>");
        assertEquals(List.of("Ines Aalto", "Tomas Okafor"), a.authors());
    }

    @Test
    void aTeaserCardsBylineInsideItsLinkIsNotTheStorysByline() throws NoArticleException {
        String html = "<html><head><title>Council approves budget</title></head><body><div class=\"top-stories\">"
            + "<a href=\"/story/ferry-fares\"><p class=\"card-byline\">Ines Aalto</p></a></div><article>"
            + "<h1>Council approves budget</h1><p class=\"byline\">By Tomas Okafor</p><div class=\"article-body\">" + BODY
            + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of("Tomas Okafor"), a.authors());
    }

    @Test
    void contributorsCreditedAfterTheBylineAreNotItsAuthors() throws NoArticleException {
        Article a = extract("", "<div class=\"byline\">By <a href=\"/author/mara-lindqvist/\">Mara Lindqvist</a>"
            + "<span class=\"extra\">Contributions from <a href=\"/author/tomas-okafor/\">Tomas Okafor</a>, "
            + "<a href=\"/author/ines-aalto/\">Ines Aalto</a></span></div>");
        assertEquals(List.of("Mara Lindqvist"), a.authors());
    }

    @Test
    void authorMetaTagOutranksAVisibleBylineNamingSomeoneElse() throws NoArticleException {
        // the first "byline" on the page credits the photographer; the meta tag names the writer
        Article a = extract("<meta name=\"author\" content=\"Mara Lindqvist\">",
            "<figure><img src=\"ferry.jpg\"><span class=\"byline\">Tomas Okafor/ Lantern Harbour Post</span></figure>");
        assertEquals(List.of("Mara Lindqvist"), a.authors());
    }

    @Test
    void jsonLdPersonWhoseNameListsSeveralPeopleGivesThemAll() throws NoArticleException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
            + "\"author\":{\"@type\":\"Person\",\"name\":[\"Mara Lindqvist\",\"Tomas Okafor\"]}}</script>";
        Article a = extract(ld, "");
        assertEquals(List.of("Mara Lindqvist", "Tomas Okafor"), a.authors());
    }

    @Test
    void unlabelledByLineUnderTheHeadlineNamesTheAuthor() throws NoArticleException {
        Article a = extract("", "<div><small>posted on <time datetime=\"2023-03-03\">March 3, 2023</time></small>"
            + " by Mara Lindqvist</div>");
        assertEquals(List.of("Mara Lindqvist"), a.authors());
    }

    @Test
    void nameSetAloneOverTheDateUnderTheStandfirstIsTheByline() throws NoArticleException {
        Article a = extract("", "<p class=\"dek\">The city's schools will get the money they lost in two rounds of cuts, "
            + "after a vote that ran past midnight and split the council along its usual lines.</p>"
            + "<div><span><span>Mara Lindqvist</span></span><span>Mar 03, 2023</span><span>12 Shares</span></div>");
        assertEquals(List.of("Mara Lindqvist"), a.authors());
    }

    @Test
    void nameSetAloneWithoutADateUnderItIsNoByline() throws NoArticleException {
        // a subheading or a pull quote's speaker may be a name on its own
        Article a = extract("", "<div><span>Mara Lindqvist</span><span>12 Shares</span></div>");
        assertEquals(List.of(), a.authors());
    }

    @Test
    void bylineSetAsOneBlockPerWriterKeepsEveryWriter() throws NoArticleException {
        String block = "<div class=\"story-writer\"><figure><a href=\"/staff/%1$s/\"><img src=\"%1$s.jpg\" alt=\"%2$s\">"
            + "</a></figure><div class=\"story-writer__text\">By <a href=\"/staff/%1$s/\">%2$s</a> "
            + "<span>March 3, 2023</span></div></div>";
        Article a = extract("<meta name=\"author\" content=\"Ines Aalto, Tomas Okafor\">",
            "<section>" + String.format(block, "ines-aalto", "Ines Aalto")
                + String.format(block, "tomas-okafor", "Tomas Okafor") + "</section>");
        assertEquals(List.of("Ines Aalto", "Tomas Okafor"), a.authors());
    }

    @Test
    void bylineGivingOnlyAUserNameGivesIt() throws NoArticleException {
        Article a = extract("<meta name=\"author\" content=\"TamsinWrey\">", "<div class=\"entry-meta\"><span class=\"byline\">"
            + " Published By : <span class=\"author vcard\"><a href=\"/author/site/\">TamsinWrey</a></span></span></div>");
        assertEquals(List.of("TamsinWrey"), a.authors());
    }

    @Test
    void unlabelledByLineUnderTheHeadlineGivingAUserNameGivesIt() throws NoArticleException {
        Article a = extract("", "by MrQuarry, <small><time datetime=\"2023-03-03\">Mar 3rd 2023</time></small>");
        assertEquals(List.of("MrQuarry"), a.authors());
    }

    @Test
    void photoCreditUnderTheHeadlineIsNoByline() throws NoArticleException {
        Article a = extract("", "<figure><img src=\"hall.jpg\"><figcaption>Photo by Tomas Okafor</figcaption></figure>");
        assertEquals(List.of(), a.authors());
    }

    @Test
    void byLineAfterTheProseHasBegunIsNoByline() throws NoArticleException {
        String html = "<html><head><title>Council approves budget</title></head><body><article>"
            + "<h1>Council approves budget</h1><div class=\"article-body\">" + BODY
            + "<p>Edited by Ines Aalto</p></div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML, html));
        assertEquals(List.of(), a.authors());
    }

    @Test
    void aBylineMarkedOnEachWritersLinkKeepsEveryWriter() throws NoArticleException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ines Aalto\"},{\"@type\":\"Person\",\"name\":\"Tomas Okafor\"}]}"
            + "</script>";
        Article a = extract(ld, "<div><a rel=\"author\" href=\"/profile/ines-aalto\">Ines Aalto</a><span> and </span>"
            + "<a rel=\"author\" href=\"/profile/tomas-okafor\">Tomas Okafor</a><span> in Port Amble</span></div>");
        assertEquals(List.of("Ines Aalto", "Tomas Okafor"), a.authors());
    }

    @Test
    void aBylineBlockOfSeveralMarkedWritersKeepsEachButNotThePhotographer() throws NoArticleException {
        String header = "<section class=\"post-byline\">"
            + "<address><span>By</span> <a href=\"/author/ines-aalto\" itemprop=\"author\"><span itemprop=\"name\">Ines Aalto,"
            + " Lantern Wire</span></a></address>"
            + "<address><span>By</span> <a href=\"/author/tomas-okafor\" itemprop=\"author\"><span itemprop=\"name\">Tomas"
            + " Okafor, Lantern Wire</span></a></address>"
            + "<address itemprop=\"author\"><span itemprop=\"name\"><span>Photography by </span><a href=\"/author/pia-rudd\">"
            + "Pia Rudd</a></span></address></section>";
        Article a = extract("", header);
        assertEquals(List.of("Ines Aalto", "Tomas Okafor"), a.authors());
    }

    @Test
    void picturesAndStylingAreCreditsNotBylines() {
        org.junit.jupiter.api.Assertions.assertTrue(HeadlineByline.isMediaCredit("Styled by Pia Rudd"));
        org.junit.jupiter.api.Assertions.assertTrue(HeadlineByline.isMediaCredit(" Photography by Pia Rudd"));
        org.junit.jupiter.api.Assertions.assertFalse(HeadlineByline.isMediaCredit("By Ines Aalto"));
    }

    @Test
    void coAuthorWrittenAfterAConfirmedNameWithAndIsKept() throws NoArticleException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
            + "\"author\":[{\"@type\":\"Person\",\"name\":\"Mara Lindqvist\"}]}</script>";
        Article a = extract(ld, "<div class=\"byline\">By <span>Mara Lindqvist</span> and Tomas Okafor, Lantern Post"
            + " <span>Reading Time</span></div>");
        assertEquals(List.of("Mara Lindqvist", "Tomas Okafor"), a.authors());
    }

    @Test
    void noAuthorLinkMeansNoAuthors() throws NoArticleException {
        Article a = extract("", "<div class=\"meta-row\"><a href=\"/section/city/\">City News</a> \u2022 March 3, 2023</div>");
        assertEquals(List.of(), a.authors());
    }

    @Test
    void jsonLdAuthorTypedBothPersonAndOrganizationIsAPerson() throws NoArticleException {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council approves budget\","
            + "\"author\":[{\"@type\":[\"Person\",\"Organization\"],\"name\":\"Mara Lindqvist\"},"
            + "{\"@type\":\"Organization\",\"name\":\"Lantern Harbour Collective\"}]}</script>";
        Article a = extract(ld, "");
        assertEquals(List.of("Mara Lindqvist"), a.authors());
    }

    @Test
    void utcTimestampTakesTheBylinesLocalDayWhenTheClockIsWrittenFirst() throws NoArticleException {
        // 01:00 UTC on the 3rd is 8 PM on the 2nd at -05:00, the day the byline shows
        Article a = extract("<meta property=\"article:published_time\" content=\"2023-03-03T01:00:00Z\">",
            "<div class=\"timestamp\">Published 8:00 PM EST, Thu March 2, 2023</div>");
        assertEquals(LocalDate.of(2023, 3, 2), a.published().date());
    }

    @Test
    void datelineNestedInTheBylineUnderTheHeadline() throws NoArticleException {
        // no date markup, no date in the URL: the day sits in a wrapper beside the author's name and a share count
        String html = "<html><body><div id=\"root\"><div><h1>Ferry timetable doubles</h1><p>The islands get two sailings "
            + "a day from June, and the harbour office promises more in the summer if demand holds up.</p>"
            + "<span><span><div></div><span>Ann Vale</span></span><span>Dec 05, 2023</span><span><span>12 Shares</span>"
            + "</span></span>" + BODY + "<p>Last year, on March 3, 2022, the office had cut the service.</p></div></div>"
            + "</body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/ferry", null, PageFormat.HTML, html));
        assertEquals(LocalDate.of(2023, 12, 5), a.published().date());
    }

    @Test
    void bylineOnAnotherClockThanTheMetadataGivesTheDay() throws NoArticleException {
        // metadata at 22:57 New York time, the byline shows the same instant in UTC: readers saw the 19th (the
        // "modification" seconds later is the same save, not a revision)
        Article a = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2023-12-18T22:57:00-05:00\",\"dateModified\":\"2023-12-19T03:57:44Z\"}</script>",
            "<div><span>By Ann Vale</span></div><div><span>Dec 19, 2023 3:57 AM</span></div>");
        assertEquals(LocalDate.of(2023, 12, 19), a.published().date());
    }

    @Test
    void datelineShowingTheRevisionDayDatesThePage() throws NoArticleException {
        // no date markup in the page: the line under the headline shows the last revision as the page's date
        Article a = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2023-03-02T22:02:10+05:30\",\"dateModified\":\"2023-03-03T08:59:59+05:30\"}</script>",
            "<h4>Larkholm Ledger | Last updated on Mar 3, 2023, 08:59 IST</h4>");
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void bylineShowingARevisionBetweenPublicationAndTheLastSaveDatesThePage() throws NoArticleException {
        // an evergreen guide: first published in 2021, revised (and dated so in its byline) in March 2023, saved
        // silently since
        Article a = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2021-06-10T09:00:00-07:00\",\"dateModified\":\"2023-04-20T11:00:00-07:00\"}</script>",
            "<div class=\"meta\"><span class=\"byline\">By Ann Vale</span> <span class=\"posted-on\">MAR 3, 2023 "
                + "8:41 am PST</span></div>");
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void revisionDateShownAfterManyUndatedTeasersStillDatesThePage() throws NoArticleException {
        // a mega-menu of teasers whose "date" boxes hold only the writers' names comes before the byline
        StringBuilder menu = new StringBuilder("<nav>");
        for (int i = 0; i < 60; i++) {
            menu.append("<div class=\"teaser\"><span class=\"author-date\">Writer ").append(i).append(" -</span></div>");
        }
        menu.append("</nav>");
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"datePublished\":\"2023-03-01T10:00:00-05:00\",\"dateModified\":\"2023-03-03T10:00:00-05:00\"}"
            + "</script></head><body>" + menu + "<article><h1>Council approves budget</h1>"
            + "<time class=\"entry-date updated\" datetime=\"2023-03-03T10:00:00-05:00\">Mar 3, 2023</time>"
            + "<div class=\"article-body\">" + BODY + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/story", null, PageFormat.HTML,
            html));
        assertEquals(LocalDate.of(2023, 3, 3), a.published().date());
    }

    @Test
    void datelineUnderTheHeadlineOutranksTheUrlsNeighbouringDay() throws NoArticleException {
        // the URL carries the day in the desk's far-east zone; the page shows its readers the day before
        StringBuilder feed = new StringBuilder("<aside><ul>");
        for (int hour = 13; hour > 8; hour--) {
            feed.append("<li><time datetime=\"2023-03-09T").append(hour).append(":05:00-05:00\">").append(hour)
                .append(":05</time> Another story</li>");
        }
        String html = "<html><body>" + feed + "</ul></aside><article><h1>Council approves budget</h1>"
            + "<div>posted on 2023-03-02 23:30 EST by Ann Vale</div><div class=\"article-body\">" + BODY
            + "</div></article></body></html>";
        Article a = extractor.extract(new Page("id", "t.html", "https://news.example.org/news/2023-03-03/budget/.1234",
            null, PageFormat.HTML, html));
        assertEquals(LocalDate.of(2023, 3, 2), a.published().date());
    }
}
