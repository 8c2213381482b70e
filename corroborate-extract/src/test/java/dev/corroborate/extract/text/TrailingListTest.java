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

/** The table or list that closes an article is its text; teaser headlines and menus under it are not. */
class TrailingListTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC));

    private static final String ARTICLE = """
        Sport
        Ona Brask named Coastal League coach of the year
        By Lio Vantrell
        June 1, 2025
        Ona Brask has been named the Coastal League coach of the year after leading Marden Rovers to their first title.
        Brask took over the club two seasons ago, when it had finished ninth, and rebuilt the squad around young players.
        The award is voted on by the league's club captains, the press and the supporters' trusts, the league said.
        """;

    @Test
    void awardWinnersListAfterTheLastParagraphIsKept() throws Exception {
        String body = body(ARTICLE + """
            Coach of the Year Winners
            2025: Ona Brask – Marden Rovers
            2024: Ivo Lenz – Skarra United
            2023: Greta Holm – Port Ellis
            2022: Ivo Lenz – Skarra United
            2021: Tove Marr – Harbour Athletic
            2020: Anders Vell – Marden Rovers
            Share on Facebook
            Related Stories
            Skarra United sign goalkeeper from Port Ellis
            """);

        assertTrue(body.contains("\n\nCoach of the Year Winners\n\n2025: Ona Brask – Marden Rovers"), body);
        assertTrue(body.endsWith("2020: Anders Vell – Marden Rovers"), body);
        assertFalse(body.contains("Share on"), body);
    }

    @Test
    void specSheetOfLabelledValuesIsKeptUpToItsLastEntry() throws Exception {
        String body = body(ARTICLE + """
            Stadium Facts
            Capacity: 12,400 seats
            Opened: 1911
            Pitch size: 105 x 68 m
            Surface: Natural grass with hybrid fibres
            Owner: Marden Borough Council
            Record attendance: 14,902 against Port Ellis
            Ona Brask
            Coastal League
            Share on Facebook
            """);

        assertTrue(body.endsWith("Record attendance: 14,902 against Port Ellis"), body);
        assertFalse(body.contains("Coastal League\n"), body);
    }

    @Test
    void teaserHeadlinesUnderTheArticleAreNotAList() throws Exception {
        String body = body(ARTICLE + """
            Skarra United sign goalkeeper from Port Ellis on a two year deal
            Marden Rovers fans queue overnight for title parade tickets at the ground
            5 things we learned from the final round of the Coastal League season
            Harbour Athletic: what went wrong in a season of three managers and one win
            Port Ellis - the club that nearly folded now plays in front of full stands
            Tove Marr returns to coach the island team after two years away from football
            """);

        assertTrue(body.endsWith("the supporters' trusts, the league said."), body);
    }

    @Test
    void aProductListOfNamesAndPricesIsKept() throws Exception {
        String body = body("""
            Style
            The Skarra workshop's winter sale has started
            By Lio Vantrell
            June 1, 2025
            The Skarra workshop has cut the prices of its quilted bags and coats for the winter, owner Greta Holm said.
            The sale runs until the end of the month, and members of the workshop's club get free delivery on every order.
            Here are the pieces we would pick:
            Quilted Harbour Tote in Deep Green Sale Price $48 - $52 USD Regular Price $64 USD
            Padded Shoulder Bag with Long Strap in Sand Sale Price $39 USD Regular Price $58 USD
            Skarra Quilted Long Coat with Hood and Deep Pockets in Navy Sale Price $149 - $169 USD Regular Price $220 - $240 USD
            Island Knit Scarf Sale Price $19 USD Regular Price $30 USD
            Quilted Mini Tote Sale Price $29 - $33 USD Regular Price $44 USD
            Harbour Rain Jacket in Slate Sale Price $89 USD Regular Price $130 USD
            If you buy through our links, we may earn a commission.
            """);

        assertTrue(body.contains("Here are the pieces we would pick:"), body);
        assertTrue(body.endsWith("Harbour Rain Jacket in Slate Sale Price $89 USD Regular Price $130 USD"), body);
    }

    @Test
    void aFewLinesStartingWithFiguresAreNoTable() throws Exception {
        String body = body(ARTICLE + """
            3 min read
            2 Comments
            Tags
            """);

        assertTrue(body.endsWith("the supporters' trusts, the league said."), body);
    }

    @Test
    void entriesHaveAStructuredShape() {
        LineClassifier classifier = new LineClassifier();
        assertTrue(TrailingList.isEntry(classifier.classify(0, "2019: Ivo Lenz")));
        assertTrue(TrailingList.isEntry(classifier.classify(0, "Best Film - Harbour Lights")));
        assertTrue(TrailingList.isEntry(classifier.classify(0, "Bore x Stroke (in / mm): 4.0 x 3.9")));
        assertTrue(TrailingList.isEntry(classifier.classify(0, "41.3%")));
        assertFalse(TrailingList.isEntry(classifier.classify(0, "Skarra United sign goalkeeper")));
        assertFalse(TrailingList.isEntry(classifier.classify(0, "Coastal League")));
    }

    private String body(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).body();
    }
}
