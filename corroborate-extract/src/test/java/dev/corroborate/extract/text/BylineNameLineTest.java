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

/** A byline printed as a bare line of names: where it sits, and what may trail the names on it. */
class BylineNameLineTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String HEAD = CupFinalDump.HEAD;
    private static final String BODY = CupFinalDump.BODY;

    @Test
    void nameOverTheDatelineBeatsACaptionCreditUnderIt() throws Exception {
        assertEquals(List.of("Ona Brask"),
            authors(HEAD + "Ona Brask\nContributing Reporter\nMarch 12, 2025, 9:42 PM\nMerrow Field\n" + BODY));
    }

    @Test
    void nameOverAJobTitleIsTheBylineWithNoDateNear() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Ona Brask\nSenior Contributor\n"
            + "Opinions expressed by contributors are their own.\nMatch Preview\n" + BODY));
    }

    @Test
    void handleGluedToTheNameIsLeftOut() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Ona Brask@onabrask\nMarch 12, 2025 5:30 AM\nKey Points\n" + BODY));
    }

    @Test
    void storysAgeAfterTheNameIsLeftOut() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Ona Brask 2 months\n" + BODY));
    }

    @Test
    void placeTheWritersFiledFromIsLeftOut() throws Exception {
        assertEquals(List.of("Ona Brask", "Teo Lind"),
            authors(HEAD + "Ona Brask and Teo Lind in Harlan City\nSat 15 Mar 2025 17.47 CET\n" + BODY));
    }

    @Test
    void tailsAreStrippedOnlyAtTheEnd() {
        assertEquals("Ona Brask", BylineTail.strip("Ona Brask @onabrask"));
        assertEquals("Ona Brask", BylineTail.strip("Ona Brask 3 hours ago"));
        assertEquals("Ona Brask and Teo Lind", BylineTail.strip("Ona Brask and Teo Lind in New Harlan"));
        assertEquals("Ona Brask in the rain", BylineTail.strip("Ona Brask in the rain"));
        assertEquals("Ona Brask", BylineTail.strip("Ona Braskarchive page"));
        assertEquals("By Ona Brask", BylineTail.strip("By Ona Brasklong Read"));
        assertEquals("Ona Brask", BylineTail.strip("Ona Brask 4 min read"));
        assertEquals("Ona Brask Longread", BylineTail.strip("Ona Brask Longread"));
    }

    @Test
    void aLinksLabelGluedToTheBylineNameIsLeftOut() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "By\nOna Braskarchive page\nMarch 12, 2025\n" + BODY));
        assertEquals(List.of("Ona Brask"), authors(HEAD + "By Ona Brasklong Read\n" + BODY));
    }

    @Test
    void theWriterIsWhoTheStoryWasToldTo() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Ana Lenz as told to Ona Brask\nMarch 12, 2025 • 6 min read\n" + BODY));
        assertEquals(List.of("Ona Brask"), authors(HEAD + "By Ana Lenz, as told to Ona Brask\n" + BODY));
    }

    @Test
    void slashBetweenTheNameAndTheStampIsLeftOut() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Ona Brask/\nMarch 12, 2025/9:43 p.m. ET\nShare\n" + BODY));
    }

    @Test
    void anEmbeddedPostsAuthorIsNotTheBylinesAndTheNameOverTheStampIs() throws Exception {
        String embeddedPost = "What a night at Merrow Field!\n— Velor Rovers FC (@velorrovers) March 12, 2025\n";
        assertEquals(List.of("Ona Brask"),
            authors(HEAD + "Ona Brask\nMarch 12, 2025\n" + BODY.replaceFirst("\n", "\n" + embeddedPost)));
    }

    @Test
    void jobTitleLines() {
        assertEquals(true, RoleLine.is("·Senior Reporter"));
        assertEquals(true, RoleLine.is("Valley Post Staff"));
        assertEquals(true, RoleLine.is("Football Analyst"));
        assertEquals(false, RoleLine.is("Staff"));
        assertEquals(false, RoleLine.is("Harlan Sports Club"));
    }

    private List<String> authors(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).authors();
    }
}
