package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import dev.corroborate.extract.NoArticleException;

/** Where a dump's headline sits: shortly above the body, under the menus, over the standfirst and the byline. */
class TextDumpHeadlineTest {
    private static final String BODY = DamStoryDump.BODY;

    @Test
    void headlineNearTheBodyBeatsAMenuTeaserFurtherUpThatSharesItsWords() throws Exception {
        String dump = """
            Home
            Valley
            Water board budget for the Oska valley
            Weather
            Sport
            Culture
            Opinion
            Podcasts
            Newsletters
            Contact
            Oska dam to rise two metres to hold spring floods
            """ + BODY;

        assertEquals("Oska dam to rise two metres to hold spring floods", title(dump));
    }

    @Test
    void headlineBeatsTheStandfirstSentenceUnderIt() throws Exception {
        String dump = """
            News
            Oska dam to rise two metres
            The water board will raise the dam over three summers to hold the heavier spring floods of the valley.
            Ansel Morrow
            """ + BODY;

        assertEquals("Oska dam to rise two metres", title(dump));
    }

    @Test
    void bylineNameOnItsOwnLineIsNoHeadline() throws Exception {
        String dump = """
            Opinion
            Why the Oska dam must rise
            Marit Vesto Lund
            """ + BODY + """
            Marit Vesto Lund farms below the Oska dam and sits on the valley council.
            """;

        assertEquals("Why the Oska dam must rise", title(dump));
    }

    @Test
    void theLineSpellingTheAddressSlugBeatsADekThatSharesMoreOfTheBody() throws Exception {
        String dump = """
            News
            Valley braces for a wetter spring
            Water board to raise the Oska reservoir dam by two metres over the next three summers
            Ansel Morrow
            """ + BODY;

        assertEquals("Valley braces for a wetter spring",
            title(dump, "https://valleypost.example/news/valley-braces-for-a-wetter-spring-20250320"));
    }

    @Test
    void aLineSpellingAllOfTheSlugIsTheHeadlineFarAboveTheBody() throws Exception {
        StringBuilder dump = new StringBuilder("Valley Post\nOska dam to rise two metres to hold spring floods\n");
        for (int i = 1; i <= 40; i++) {
            dump.append("Menu entry ").append(i).append('\n');
        }
        dump.append(BODY);

        assertEquals("Oska dam to rise two metres to hold spring floods",
            title(dump.toString(), "https://valleypost.example/valley/oska-dam-to-rise-two-metres-to-hold-spring-floods"));
    }

    @Test
    void thePageAddressPrintedAsTextIsNoHeadline() throws Exception {
        String url = "https://valleypost.example/valley/oska-dam-to-rise-two-metres-to-hold-spring-floods";
        String dump = "Valley Post\nOska dam to rise two metres to hold spring floods\n" + url + "\nShare\n" + BODY;

        assertEquals("Oska dam to rise two metres to hold spring floods", title(dump, url));
    }

    @Test
    void aGalleryBetweenHeadlineAndBodyDoesNotPushTheHeadlineOutOfReach() throws Exception {
        StringBuilder dump = new StringBuilder("Home\nNews\nOska dam to rise two metres to hold spring floods\n");
        for (int n = 1; n <= 12; n++) {
            dump.append(n).append(" of 12 |\nFILE - Farmers stand by the Oska dam in picture ").append(n)
                .append(", March 3, 2024. (AP Photo/Ana Lenz, File)\n");
        }
        for (int n = 0; n < 8; n++) {
            dump.append("Share\n");
        }

        assertEquals("Oska dam to rise two metres to hold spring floods", title(dump + BODY));
    }

    @Test
    void aCaptionUnderTheBylineIsNoHeadlineOverIt() throws Exception {
        String dump = """
            News
            Oska dam to rise two metres
            By Ansel Morrow
            March 17, 2025
            Engineers on the Oska reservoir dam, which the regional water board will raise by two metres.
            Share
            Comments
            """ + BODY;

        assertEquals("Oska dam to rise two metres", title(dump));
    }

    @Test
    void aYearInTheHeadlineDoesNotMakeItADateline() throws Exception {
        String dump = """
            News
            Oska dam floods of 2025
            By Ansel Morrow
            March 17, 2025 10:40
            """ + BODY;

        assertEquals("Oska dam floods of 2025", title(dump));
    }

    @Test
    void aHeadlineWrittenAsAQuestionOpensTheBodyWhenNothingAboveFits() throws Exception {
        String dump = """
            Home
            Sign in
            Will the Oska dam hold the heavier spring floods?
            """ + BODY;

        assertEquals("Will the Oska dam hold the heavier spring floods?", title(dump));
    }

    @Test
    void aLeadParagraphOpeningTheBodyIsNoHeadline() throws Exception {
        assertNull(title("Home\nSign in\n" + BODY));
    }

    @Test
    void aQuestionOverTheBylineIsTheHeadlineThoughTheBodyTookItIn() throws Exception {
        String dump = """
            Home
            Water board news from the valley
            Sign in
            Will the Oska dam hold the spring floods?
            By Ansel Morrow
            March 17, 2025
            """ + BODY;

        assertEquals("Will the Oska dam hold the spring floods?", title(dump));
    }

    @Test
    void aQuestionRightUnderTheHeadlineIsItsDek() throws Exception {
        String dump = """
            Home
            Oska dam to rise two metres
            Will the valley's farmers pay for the flooded fields?
            By Ansel Morrow
            March 17, 2025
            """ + BODY;

        assertEquals("Oska dam to rise two metres", title(dump));
    }

    @Test
    void aTagFromAListBrokenAtCommasIsNoHeadline() throws Exception {
        String dump = """
            News
            Valley prepares for the wet season
            By Ansel Morrow
            Related topics
            Water board,
            Oska dam spring floods,
            Farming
            """ + BODY;

        assertEquals("Valley prepares for the wet season", title(dump));
    }

    @Test
    void theTextAfterACaptionLabelEndingInACommaIsNoHeadline() throws Exception {
        String dump = """
            News
            Valley prepares for the wet season
            Published
            Image caption,
            The Oska reservoir dam, which the regional water board will raise by two metres over three summers
            """ + BODY;

        assertEquals("Valley prepares for the wet season", title(dump));
    }

    @Test
    void aLeadParagraphSpellingTheSlugIsNoHeadline() throws Exception {
        String dump = """
            News
            Valley braces for a wetter spring season
            March 17, 2025
            The Oska dam floods every spring, and the regional water board now says it will raise it by two metres before the next wet season.
            """ + BODY;

        assertEquals("Valley braces for a wetter spring season",
            title(dump, "https://valleypost.example/news/oska-dam-floods"));
    }

    @Test
    void aLabelPrintedOverEveryTeaserIsNoHeadline() throws Exception {
        String dump = """
            Home
            Notes from the valley
            Library opens a reading room
            Notes from the valley
            Harbour crane back in service
            Notes from the valley
            Bridge repairs end early
            Science
            Notes from the valley
            The Oska dam will rise. Here is why the valley needs it.
            """ + BODY;

        assertEquals("The Oska dam will rise. Here is why the valley needs it.", title(dump));
    }

    private static String title(String dump) throws NoArticleException {
        return DamStoryDump.titleOf(dump, null);
    }

    private static String title(String dump, String url) throws NoArticleException {
        return DamStoryDump.titleOf(dump, url);
    }
}
