package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/**
 * A labelled block of other stories' teasers ("Most Popular", "Read More") set between an article's paragraphs: the
 * article goes on past it even where its later paragraphs share few words with the first ones.
 */
class TeaserBlockJoinTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC));

    private static final String ARTICLE = """
        Style
        The quilted tote that everyone in Marden carried this year
        By Lio Vantrell
        June 1, 2025
        On a morning walk through the old town of Marden I counted the quilted totes, and stopped counting at twenty.
        The quilted tote from the Skarra workshop sold out four times this year, the workshop's owner Greta Holm said.
        Its price, under fifty crowns, put it within reach of students as well as the office workers on the harbour front.
        """;
    /** The article's next paragraphs: new names, few of the first paragraphs' longer words (under a fifth). */
    private static final String LATER = """
        Designers in the capital have noticed. Three fashion houses showed quilted bags on their autumn runways, and one sent students out with two apiece.
        Ona Brask, who studies shopping habits in Marden, thinks the price matters less than ubiquity. "People want the thing they see on the tram," she said.
        """;

    @Test
    void articleGoesOnPastAMostPopularBlockWithBylines() throws Exception {
        String body = body(ARTICLE + """
            Most Popular
            Celebrity Style
            Singer Tove Marr wears a borrowed gown to the harbour festival
            By Anders Vell
            Celebrity Style
            The jeans everyone will wear next spring, according to three stylists
            By Ivo Lenz
            """ + LATER + "Copyright © 2025 Marden Style\n");

        assertTrue(body.endsWith("\"People want the thing they see on the tram,\" she said."), body);
        assertFalse(body.contains("borrowed gown"), body);
    }

    @Test
    void aLoneLongParagraphPastAReadMoreCardCarriesTheArticleOn() throws Exception {
        String body = body(ARTICLE + """
            Read More
            Singer Tove Marr wears a borrowed gown to the harbour festival
            By Anders Vell
            When it comes to the quilted tote, this year has been one of sell-outs. In March a market stall in Port Ellis sold its whole stock in an hour, and in May the Skarra workshop opened a waiting list that now runs to autumn. Resellers ask twice the price online, and the workshop has hired four more sewers to keep up with the orders from students and office workers alike.
            """ + "Copyright © 2025 Marden Style\n");

        assertTrue(body.endsWith("students and office workers alike."), body);
    }

    @Test
    void aBlockUnderAClosingLabelIsNoTeaserBlock() throws Exception {
        String body = body(ARTICLE + """
            Was this page helpful?
            Thanks for your feedback today
            """ + LATER + "Copyright © 2025 Marden Style\n");

        assertFalse(body.contains("Designers in the capital"), body);
    }

    @Test
    void teaserBlockLabelsAreKnownByTheirWording() {
        assertTrue(BoilerplateLexicon.isTeaserBlockLabel("Most Popular"));
        assertTrue(BoilerplateLexicon.isTeaserBlockLabel("Most read in Music"));
        assertTrue(BoilerplateLexicon.isTeaserBlockLabel("Related Stories"));
        assertTrue(BoilerplateLexicon.isTeaserBlockLabel("People are also reading…"));
        assertTrue(BoilerplateLexicon.isTeaserBlockLabel("Editor's Picks"));
        assertFalse(BoilerplateLexicon.isTeaserBlockLabel("Tags"));
        assertFalse(BoilerplateLexicon.isTeaserBlockLabel("Share This Article"));
        assertFalse(BoilerplateLexicon.isTeaserBlockLabel("Popular bags of the year were quilted"));
    }

    @Test
    void aVideoWidgetsHeadlinesWithTheirSummariesAreLeftOut() throws Exception {
        String body = body(ARTICLE + """
            Latest Videos
            Harbour Lights Official Trailer
            Harbour Lights, starring Ona Brask as a Marden ferry captain, premieres in June on Velor One.
            Skarra Workshop First Look
            Get a first look inside the Skarra workshop, where quilted totes are sewn by hand.
            The Marden Bake Off Returns
            The bakers are back in the old town tent, and the quilted aprons are back with them.
            Read More
            Copyright © 2025 Marden Style
            """);

        assertTrue(body.endsWith("office workers on the harbour front."), body);
        assertFalse(body.contains("Harbour Lights"), body);
        assertFalse(body.contains("bakers"), body);
    }

    private String body(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).body();
    }
}
