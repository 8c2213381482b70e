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
 * Lines a dump prints near the article that read as a name but credit no writer: a subhead or a listed item inside
 * the text, a topic tag over the headline, menu words run together, a teaser's sentence with a date. A wrong byline is
 * worse than none.
 */
class BylineNotASubjectTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String HEAD = CupFinalDump.HEAD;
    private static final String BODY = CupFinalDump.BODY;

    @Test
    void aNameLineInsideTheTextIsASubheadNotTheByline() throws Exception {
        String[] paragraphs = BODY.split("\n", 2);
        String withSubhead = paragraphs[0] + "\nTessa Varn\n" + paragraphs[1];
        assertEquals(List.of(), authors(HEAD + withSubhead));
    }

    @Test
    void aBylineCreditingADeskLeavesNoPlaceForABareName() throws Exception {
        assertEquals(List.of(), authors(HEAD + "By Valley Wire Staff\nMarch 12, 2025\nTessa Varn\n" + BODY));
        assertEquals(List.of(), authors(HEAD + "By Harlan Press3 min read\nTessa Varn\n" + BODY));
    }

    @Test
    void aStampedBylineWithAHandleLeavesNoPlaceForABareName() throws Exception {
        assertEquals(List.of(), authors(HEAD + "by onab on March 12, 2025\nTessa Varn\n" + BODY));
    }

    @Test
    void aSentenceOrAMenuOpeningWithByIsNoCredit() throws Exception {
        assertEquals(List.of("Tessa Varn"),
            authors(HEAD + "By signing up, you agree to the Privacy Policy\nTessa Varn\n" + BODY));
        assertEquals(List.of("Tessa Varn"), authors(HEAD + "Authors Columns Podcasts Videos\nTessa Varn\n" + BODY));
    }

    @Test
    void aNameRightOverTheHeadlineIsItsKicker() throws Exception {
        assertEquals(List.of(),
            authors("Sport\nTessa Varn\nRovers and Harlan City meet in the final\nMarch 12, 2025\n" + BODY));
        assertEquals(List.of("Ona Brask"), authors("Sport\nTessa Varn\nRovers and Harlan City meet in the final\n"
            + "Ona Brask\nMarch 12, 2025\n" + BODY));
    }

    @Test
    void aTeasersSentenceBeforeADateNamesNoWriter() throws Exception {
        assertEquals(List.of(),
            authors(HEAD + "Ana Lenz and Teo Lind are set to open the season at home on March 12, 2025\n" + BODY));
        assertEquals(List.of("Ona Brask", "Teo Lind"),
            authors(HEAD + "Ona Brask and Teo Lind updated on March 12, 2025\n" + BODY));
    }

    private List<String> authors(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).authors();
    }
}
