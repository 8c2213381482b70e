package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/**
 * The article is the run under the headline that the address's slug spells, when the longest run of prose on the page
 * is another story's: the next story an infinite-scroll page prints in full, or a site blurb above a paywalled article.
 */
class TextDumpHeadlineAnchorTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC));

    private static final String URL = "https://marden-post.example/news/2025/06/01/harbour-council-votes-rebuild-ferry-pier";

    private static final String ARTICLE = """
        Harbour Council Votes to Rebuild the Ferry Pier
        By Lio Vantrell
        June 1, 2025 9:40 a.m.
        Councillors in Marden voted on Thursday to rebuild the ferry pier that the spring floods left unusable.
        The pier carried more than four hundred passengers a day to the islands before the floods, the council said.
        Islanders have relied on a temporary landing at the fishing harbour since April, which the council says is unsafe.
        Rebuilding it will cost about nine million crowns, and the council hopes to reopen it next summer.
        """;

    /** Another story, longer than the article, on another topic. */
    private static final String NEXT_STORY = """
        Share This Story
        Most Recent Post
        Orchard Growers Fear a Late Frost Will Halve the Apple Crop
        By Mira Ostend
        June 1, 2025 8:15 a.m.
        Apple growers in the Velden valley warned on Friday that a late frost had damaged blossom across most orchards.
        The cooperative said early estimates pointed to a crop about half the size of last year's, the smallest in a decade.
        Several growers said they would need loans to pay seasonal pickers, since cider presses will have little fruit to buy.
        Agronomists from the regional college will inspect the trees next week and publish a fuller estimate in July.
        The valley's cider festival, which draws visitors from across the province each autumn, may be shortened this year.
        Share This Story
        """;

    @Test
    void onAnInfiniteScrollPageTheStoryUnderTheSlugsHeadlineIsTheArticle() throws Exception {
        Article article = extract(URL, "News\n" + ARTICLE + NEXT_STORY);

        assertTrue(article.body().startsWith("Councillors in Marden voted"), article.body());
        assertTrue(article.body().endsWith("reopen it next summer."), article.body());
        assertFalse(article.body().contains("Apple growers"), article.body());
        assertEquals("Harbour Council Votes to Rebuild the Ferry Pier", article.title());
    }

    @Test
    void aSiteBlurbAboveThePaywalledArticleIsNotTheArticle() throws Exception {
        String blurb = """
            Marden Post Radio
            Our morning show brings you the harbour, the islands and the valley every weekday, with interviews, listener calls and the week's weather outlook for sailors and farmers. Tune in from six, or listen again on our app whenever it suits you.
            The islands' news, read by the people who live there, every morning of the week.
            Listen
            """;
        Article article = extract(URL, blurb + ARTICLE + "Terms of Service Privacy Policy © 2025 Marden Post\n");

        assertTrue(article.body().startsWith("Councillors in Marden voted"), article.body());
        assertFalse(article.body().contains("morning show"), article.body());
    }

    @Test
    void withoutASlugTheLongestRunStands() throws Exception {
        Article article = extract(null, "News\n" + ARTICLE + NEXT_STORY);

        assertTrue(article.body().startsWith("Apple growers"), article.body());
    }

    @Test
    void sectionHeadsThatAllSpellTheSlugNameNoHeadline() throws Exception {
        String review = """
            Kestrel Nine Phone Review: Two-minute verdict
            The Kestrel Nine is the best phone the small Velden maker has built, with a bright screen and a camera that copes well at night.
            Its battery lasted a full day and a half in our testing, though charging it takes longer than rival phones need.
            Kestrel Nine Phone Review: Price and availability
            Starts at $799 / £749 / AU$1,299
            Kestrel Nine Phone Review: Camera
            The main camera keeps detail in shadows that other phones at this price crush to black, and its colours stay natural.
            The zoom lens reaches three times, which is enough for portraits and street scenes but not for birds or sport.
            Night mode needs a steady hand for two seconds, and the results are clean enough to print at a small size.
            Video tops out at 4K and thirty frames a second, with stabilisation that smooths a walking shot well.
            The selfie camera is sharp in daylight but soft indoors, where it smooths skin more than most people would like.
            """;
        Article article = extract("https://gadgets.example/phones/kestrel-nine-phone-review", review);

        assertTrue(article.body().contains("The main camera keeps detail"), article.body());
    }

    private Article extract(String url, String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", url, null, PageFormat.TEXT, dump));
    }
}
