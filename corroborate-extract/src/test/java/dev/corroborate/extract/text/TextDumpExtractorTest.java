package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Golden tests on hand-written crawler dumps under {@code src/test/resources/text/}. */
class TextDumpExtractorTest {
    private static final Clock MARCH_20 = Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC);

    private final TextDumpExtractor extractor = new TextDumpExtractor(MARCH_20);

    // --- The Marden Ledger: breadcrumb, repeated headline, desk byline, caption, ad, subheading, prompt, Related ---

    @Test
    void ledgerTitleIsTheRepeatedHeadlineNotTheBreadcrumb() throws Exception {
        assertEquals("Apprentice fund opens to every Velorian trade", ledger().title());
    }

    @Test
    void ledgerPublishedIsTheBylineDateWithItsTime() throws Exception {
        assertEquals("2025-03-04T10:12:00", ledger().published().toIso());
    }

    @Test
    void ledgerOutletIsTheDeskOnTheByline() throws Exception {
        assertEquals("The Marden Ledger", ledger().outlet());
    }

    @Test
    void ledgerAuthorsLeaveTheNewsDeskOut() throws Exception {
        assertEquals(List.of("Anna Voss"), ledger().authors());
    }

    @Test
    void ledgerBodyStartsAfterTheCaptionAndEndsBeforeRelated() throws Exception {
        List<String> paragraphs = paragraphs(ledger());

        assertEquals("The government of Veloria will open its apprentice fund to every trade from next month, "
            + "Labour Minister Hana Orlik told the Assembly on Monday.", paragraphs.get(0));
        assertEquals("The first payments under the wider scheme are expected in April, a ministry spokesman said.",
            paragraphs.get(paragraphs.size() - 1));
        assertEquals(7, paragraphs.size());
    }

    @Test
    void ledgerBodyKeepsTheSubheading() throws Exception {
        assertEquals("Who pays for the wider fund", paragraphs(ledger()).get(3));
    }

    @Test
    void ledgerBodyDropsTheAdMarkerButKeepsTheParagraphAfterIt() throws Exception {
        List<String> paragraphs = paragraphs(ledger());

        assertEquals("Until now only builders and electricians could draw on the fund, which pays half of an "
            + "apprentice's wage during the first two years of training.", paragraphs.get(1));
        assertEquals("\"A baker's apprentice deserves the same start as a bricklayer's,\" Orlik said, adding that "
            + "the fund had grown by a third since it was created.", paragraphs.get(2));
        assertFalse(ledger().body().contains("ADVERTISEMENT"));
    }

    @Test
    void ledgerBodyDropsTheNewsletterPromptButKeepsTheParagraphAfterIt() throws Exception {
        String body = ledger().body();

        assertFalse(body.contains("newsletter"));
        assertTrue(body.endsWith("a ministry spokesman said."));
    }

    @Test
    void ledgerBodyHasNoBoilerplate() throws Exception {
        assertNoneIn(ledger().body(), "Skip to content", "Subscribe", "Sign in", "Home / News", "min read",
            "Share on", "(Photo:", "J. Perrin", "Related", "Marden bakers", "Oska Valley dam", "donation",
            "Copyright", "Privacy policy");
    }

    @Test
    void ledgerParagraphsAreSeparatedByOneBlankLine() throws Exception {
        String body = ledger().body();

        assertFalse(body.contains("\n\n\n"));
        assertEquals(body.strip(), body);
    }

    @Test
    void ledgerLanguageIsEnglish() throws Exception {
        assertEquals("en", ledger().language());
    }

    // --- Oska Valley Post: cookie prompt, "10:12 04.03.2025" dateline, mid-article caption and teaser, domain copyright ---

    @Test
    void oskaTitleIsTheHeadlineUnderTheDateline() throws Exception {
        assertEquals("Oska dam reaches highest level in forty years", oska().title());
    }

    @Test
    void oskaPublishedReadsTimeThenDayMonthYear() throws Exception {
        assertEquals("2025-03-04T10:12:00", oska().published().toIso());
    }

    @Test
    void oskaOutletIsTheCopyrightDomainSpelledAsThePageWritesIt() throws Exception {
        assertEquals("Oska Valley Post", oska().outlet());
    }

    @Test
    void oskaAuthorIsTheBylinedReporter() throws Exception {
        assertEquals(List.of("Mirela Dzokhar"), oska().authors());
    }

    @Test
    void oskaBodyStepsOverTheCaptionAndTheReadMoreTeaser() throws Exception {
        List<String> paragraphs = paragraphs(oska());

        assertEquals(List.of(
            "Engineers at the Oska dam opened two spillways on Tuesday morning after a week of heavy rain filled "
                + "the reservoir to its highest level in forty years.",
            "The water company said the dam itself was in no danger, but farmers downstream were told to move "
                + "livestock away from the river meadows before nightfall.",
            "Chief engineer Aurel Benko said the reservoir had risen by almost two metres since Saturday and would "
                + "keep rising until the weekend.",
            "Residents of Lower Oska said they had not seen the river this high since the floods of their "
                + "childhood, when the old wooden bridge was swept away.",
            "The regional council has opened the school gym in Lower Oska as a shelter for anyone who has to "
                + "leave home."), paragraphs);
    }

    @Test
    void oskaBodyHasNoBoilerplate() throws Exception {
        assertNoneIn(oska().body(), "cookies", "Accept all", "Menu", "(Photo:", "Read more", "1958", "Most read",
            "Valley bus timetable", "Dear reader", "donate", "Copyright", "Oskavalleypost.com");
    }

    // --- Northline: headline twice, "11 March 2025", "Words by ... | Northline", ad line, member appeal ---

    @Test
    void northlineTitleIsTheRepeatedHeadline() throws Exception {
        assertEquals("Veloria orders inspection of all river bridges", northline(null).title());
    }

    @Test
    void northlinePublishedIsADayWithoutTime() throws Exception {
        assertEquals("2025-03-11", northline(null).published().toIso());
    }

    @Test
    void northlineAuthorStopsAtThePipe() throws Exception {
        assertEquals(List.of("Tomas Rehn"), northline(null).authors());
    }

    @Test
    void outletFallsBackToTheUrlHostWithoutWww() throws Exception {
        assertEquals("northline.example",
            northline("https://www.northline.example/politics/2025/03/11/bridges").outlet());
    }

    @Test
    void northlineBodyDropsStoryContinuesBelowAdvertisementAndStopsAtTags() throws Exception {
        Article article = northline(null);
        List<String> paragraphs = paragraphs(article);

        assertEquals(4, paragraphs.size());
        assertTrue(paragraphs.get(0).startsWith("The Velorian transport ministry has ordered an inspection"));
        assertEquals("The Kestrel bridge has been closed to lorries since Friday, and buses have been sent on a "
            + "diversion through the village of Tarn that adds twenty minutes to every journey.", paragraphs.get(2));
        assertEquals("Engineers said the cracks did not mean the bridge was about to fall, but that the pillar "
            + "would need new steel supports before heavy traffic could return.", paragraphs.get(3));
        assertNoneIn(article.body(), "Story continues", "Listen to this article", "Tags", "Transport\n",
            "Become a member", "Log in");
    }

    @Test
    void urlAndSourceAndIdCarryOverFromThePage() throws Exception {
        String url = "https://www.northline.example/politics/2025/03/11/bridges";
        Article article = extractor.extract(new Page("c0ffee", "crawl/northline.txt", url, null, PageFormat.TEXT,
            fixture("northline-bridge-inspection.txt")));

        assertEquals("c0ffee", article.id());
        assertEquals("crawl/northline.txt", article.source());
        assertEquals(url, article.url());
    }

    // --- no article ---

    @Test
    void pageOfMenusAndTeasersHasNoArticle() {
        NoArticleException e = assertThrows(NoArticleException.class,
            () -> extract("marden-ledger-section-front.txt"));

        assertEquals("no article text found", e.getMessage());
    }

    @Test
    void shortNoticeBelowTheArticleMinimumHasNoArticle() {
        String notice = "Marden Ledger\nNotice\nThe council offices in Marden will be closed on Friday for repairs.\n";

        assertThrows(NoArticleException.class, () -> extractor.extract(page(notice)));
    }

    @Test
    void fileOfOneProseSentenceIsABrief() throws Exception {
        String brief = "Dock workers in Marden walked out on Tuesday over the new shift rota, the union said.\n";

        assertEquals(brief.strip(), extractor.extract(page(brief)).body());
    }

    @Test
    void fileOfOneLongLineWithoutItsStopIsABrief() throws Exception {
        String flash = "BREAKING: Velor ferry crew rescue four sailors from a drifting yacht off Harlan point tonight\n";

        assertEquals(flash.strip(), extractor.extract(page(flash)).body());
    }

    // --- the clock ---

    @Test
    void bylineDateAfterTomorrowIsNotThePublicationDate() throws Exception {
        TextDumpExtractor onFirstOfMarch = new TextDumpExtractor(
            Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC));

        assertNull(onFirstOfMarch.extract(page(fixture("marden-ledger-apprentice-fund.txt"))).published());
    }

    @Test
    void anArchivedPageIsJudgedByItsFetchDayNotToday() throws Exception {
        Page fetchedFirstOfMarch = new Page("id-ledger", "ledger.txt", null, Instant.parse("2025-03-01T08:00:00Z"),
            PageFormat.TEXT, fixture("marden-ledger-apprentice-fund.txt"));

        assertNull(extractor.extract(fetchedFirstOfMarch).published());
    }

    // --- helpers ---

    private Article ledger() throws Exception {
        return extract("marden-ledger-apprentice-fund.txt");
    }

    private Article oska() throws Exception {
        return extract("oska-valley-post-dam.txt");
    }

    private Article northline(String url) throws Exception {
        return extractor.extract(new Page("id-northline", "northline.txt", url, null, PageFormat.TEXT,
            fixture("northline-bridge-inspection.txt")));
    }

    private Article extract(String name) throws NoArticleException {
        return extractor.extract(page(fixture(name)));
    }

    private static Page page(String content) {
        return new Page("id", "dump.txt", null, null, PageFormat.TEXT, content);
    }

    private static List<String> paragraphs(Article article) {
        return List.of(article.body().split("\n\n"));
    }

    private static void assertNoneIn(String body, String... boilerplate) {
        for (String line : boilerplate) {
            assertFalse(body.contains(line), () -> "body contains \"" + line + "\":\n" + body);
        }
    }

    private static String fixture(String name) {
        try (InputStream in = TextDumpExtractorTest.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
