package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/**
 * A byline the dump prints in pieces or words other than a plain "By": one "By" line a writer, the names a line each
 * under a bare label, a credit of the story and the photos.
 */
class BylinePerWriterTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String HEAD = CupFinalDump.HEAD;
    private static final String BODY = CupFinalDump.BODY;

    @Test
    void aBylineUnderTheBylineCreditsAnotherWriter() throws Exception {
        assertEquals(List.of("Ona Brask", "Teo Lind"),
            authors(HEAD + "By Ona Brask March 12, 2025\nBy Teo Lind March 12, 2025\n" + BODY));
    }

    @Test
    void aDashedLabelOverEachWriter() throws Exception {
        assertEquals(List.of("Ona Brask", "Teo Lind"),
            authors(HEAD + "By —\nOna Brask, Valley Wire\nBy —\nTeo Lind, Valley Wire\n" + BODY));
    }

    @Test
    void namesALineEachWithTheCommasBetweenOnLinesOfTheirOwn() throws Exception {
        assertEquals(List.of("Ona Brask", "Teo Lind", "Ana Lenz"),
            authors(HEAD + "March 12, 2025\nBy\nOna Brask\n,\nTeo Lind\n,\nAna Lenz\n" + BODY));
    }

    @Test
    void aLineUnderTheBylineThatIsNoBylineIsLeftAlone() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "By Ona Brask\nTeo Lind\nMarch 12, 2025\n" + BODY));
    }

    @Test
    void aLinksLabelUnderTheBareLabelLeadsToTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "By\nSocial Links for Ona Brask\nView Author Archive\n" + BODY));
    }

    @Test
    void aCreditOfTheStoryAndThePhotosNamesTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Photos and Story By Ona Brask\nSpecial Correspondent\n" + BODY));
        assertEquals(List.of(), authors(HEAD + "Photos by Ona Brask\nSpecial Correspondent\n" + BODY));
    }

    @Test
    void aWriterWhoseCreditRunsOnIntoTheDesksIsKept() throws Exception {
        assertEquals(List.of("Ona Brask", "Teo Lind"), authors(HEAD
            + "By Ona Brask and Teo Lind Valley Staff and Valley Correspondent,Updated March 12, 2025\n" + BODY));
    }

    private List<String> authors(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).authors();
    }
}
