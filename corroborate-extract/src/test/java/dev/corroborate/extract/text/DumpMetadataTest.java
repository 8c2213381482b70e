package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Where a dump shows its article's date and byline: glued, month-first, inside the lead, at the foot. */
class DumpMetadataTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String BODY = """
        The Lakeside Cup final on Saturday brings together two clubs that have not met in a final for more than twenty years, and both arrive in form.
        Velor Rovers won nine of their last ten league games, while Harlan City have not conceded a goal since the end of January.
        Tickets for the home end sold out within an hour, the organisers said on Tuesday.
        """;

    @Test
    void dateGluedToTheBylineNameIsReadAndTheNameKept() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nOna BraskMarch 12, 2025\n" + BODY);

        assertEquals("2025-03-12", article.published().date().toString());
        assertEquals(List.of("Ona Brask"), article.authors());
    }

    @Test
    void byOnALineOfItsOwnNamesThePeopleOnTheNextLine() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nBy\nOna Brask and Teo Lind\n" + BODY);

        assertEquals(List.of("Ona Brask", "Teo Lind"), article.authors());
    }

    @Test
    void bylineAfterTheDateOnAStampLineIsRead() throws Exception {
        assertEquals(List.of("Ona Brask"),
            extract("Sport\nRovers and Harlan City meet in the final\nMarch 3, 2025 | By Ona Brask\n" + BODY).authors());
        assertEquals(List.of("Ona Brask"), extract(
            "Sport\nRovers and Harlan City meet in the final\nPosted On : March 3, 2025 Published By : Ona Brask\n" + BODY)
            .authors());
    }

    @Test
    void theOutletABylineFiledForIsNoAuthor() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nBy Ona Brask For Valley Post Online\n" + BODY);

        assertEquals(List.of("Ona Brask"), article.authors());
    }

    @Test
    void bylineLabelWithAColonIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nBy: Ona Brask, Teo Lind\n" + BODY);

        assertEquals(List.of("Ona Brask", "Teo Lind"), article.authors());
    }

    @Test
    void bareNameBesideTheDatelineIsTheAuthorAndHerRoleIsLeftOut() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nOna Brask\nSports reporter\n"
            + "Saturday 15 March 2025 09:25\nShare\n" + BODY);

        assertEquals(List.of("Ona Brask"), article.authors());
    }

    @Test
    void jobTitleAfterTheBylineNameIsNoAuthor() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nBy Ona Brask, Senior Editor\n" + BODY);

        assertEquals(List.of("Ona Brask"), article.authors());
    }

    @Test
    void bylineLabelGluedToTheNameIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nByOna Brask\n" + BODY);

        assertEquals(List.of("Ona Brask"), article.authors());
    }

    @Test
    void bylineLabelGluedToAHyphenatedGivenNameIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nByAn-Mei Brask\nNew Harlan, March 3\n" + BODY);

        assertEquals(List.of("An-Mei Brask"), article.authors());
    }

    @Test
    void theSourceABylineNamesAfterTheWriterIsNoAuthor() throws Exception {
        assertEquals(List.of("Ona Brask"), extract("Sport\nRovers and Harlan City meet in the final\n"
            + "by Ona Brask , Lumen Fieldnotes\n" + BODY + "© Lumen Fieldnotes 2011 - 2025\n").authors());
        assertEquals(List.of("Ona Brask"), extract("Sport\nRovers and Harlan City meet in the final\n"
            + "by Ona Brask, Harlan Society of Owls and Hawk Watchers\n" + BODY
            + "Provided by Harlan Society of Owls and Hawk Watchers\n").authors());
        assertEquals(List.of("Ona Brask", "Teo Lind"), extract("Sport\nRovers and Harlan City meet in the final\n"
            + "By Ona Brask, Teo Lind\n" + BODY + "© Lumen Fieldnotes 2025\n").authors());
    }

    @Test
    void nameLineFarFromAnyDatelineAndFromTheBodyIsNoAuthor() throws Exception {
        Article article = extract("Ilse Marr\nSport\nScores\nTables\nRovers and Harlan City meet in the final\n"
            + "Two old rivals meet again after twenty years.\nShare\n" + BODY);

        assertEquals(List.of(), article.authors());
    }

    @Test
    void monthFirstDateWithDashesIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\n03-14-2025\n" + BODY);

        assertEquals("2025-03-14", article.published().date().toString());
    }

    @Test
    void yearGluedToTheClockAfterItIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nBy Ona Brask\nMar 14, 20256:46 PM\n" + BODY);

        assertEquals("2025-03-14T18:46:00", article.published().toIso());
    }

    @Test
    void dateRepeatedWithoutASpaceIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\n"
            + "Published On 14 Mar 202514 Mar 2025\n" + BODY);

        assertEquals("2025-03-14", article.published().date().toString());
    }

    @Test
    void isoTimestampPrintedAsIsIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\nOna Brask\n2025-03-14T15:23:34Z\n" + BODY);

        assertEquals("2025-03-14", article.published().date().toString());
    }

    @Test
    void monthFirstDateWithDashesAndATwoDigitYearIsRead() throws Exception {
        Article article = extract("Sport\n03-14-25\nRovers and Harlan City meet in the final\n" + BODY);

        assertEquals("2025-03-14", article.published().date().toString());
    }

    @Test
    void datelineUnderTheStandfirstInsideTheLeadIsRead() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\n"
            + "Two old rivals meet again after twenty years.\nOna Brask\nMarch 15, 2025\n" + BODY);

        assertEquals("2025-03-15", article.published().date().toString());
    }

    @Test
    void dateAtTheFootOfTheArticleIsReadWhenNoneIsAbove() throws Exception {
        Article article = extract("Sport\nRovers and Harlan City meet in the final\n" + BODY
            + "Click here to comment\nMar 16, 2025 11:11am\nShare This\n");

        assertEquals("2025-03-16T11:11:00", article.published().toIso());
    }

    @Test
    void dateNearestTheArticleBeatsTheTeaserDatesAboveIt() throws Exception {
        Article article = extract("""
            Latest news
            Harbour ferries strike for a second day
            March 2, 2025
            Rovers and Harlan City meet in the final
            March 17, 2025
            """ + BODY);

        assertEquals("2025-03-17", article.published().date().toString());
    }

    @Test
    void captionDateUnderTheBylineIsThePhotosNotTheArticles() throws Exception {
        Article article = extract("Rovers and Harlan City meet in the final\nBy Ona Brask March 12, 2025 2:50 PM\n"
            + "Rovers players train at Lakeside Stadium on Feb. 11, 2025. (Mara Feld / Velor Photo Agency)\n" + BODY);

        assertEquals("2025-03-12", article.published().date().toString());
    }

    @Test
    void aFactBoxsReleaseDateIsNotTheArticlesDate() throws Exception {
        Article article = extract("""
            Harbour Lights review: a slow, kind city builder
            By Ona Brask
            published 12 March 2025
            Our verdict
            Need to know
            Expect to pay $30
            Release date Feb 27, 2025
            """ + BODY);

        assertEquals("2025-03-12", article.published().date().toString());
    }

    @Test
    void anAirDateIsNoPublicationButAPublishDateIs() {
        DumpLine headline = new DumpLine(0, "Harbour Lights review: a slow, kind city builder", LineKind.HEADING, 8);
        DumpMetadata metadata = new DumpMetadata(java.time.LocalDate.of(2025, 3, 20));

        assertEquals(null, metadata.published(List.of(headline,
            new DumpLine(1, "Air date: March 9, 2025", LineKind.OTHER, 5))));
        assertEquals("2025-03-12", metadata.published(List.of(headline,
            new DumpLine(1, "Original publish date: March 12, 2025", LineKind.OTHER, 6))).date().toString());
    }

    @Test
    void aLineThatIsOnlyATimestampIsTheStampWhereNothingBesideTheBodyIsDated() {
        List<DumpLine> lines = List.of(
            new DumpLine(0, "Harbour ferries strike for a second day", LineKind.HEADING, 7),
            new DumpLine(1, "March 2, 2025", LineKind.OTHER, 3),
            new DumpLine(2, "Velor council approves the new stand on March 4, 2025 at 9:00 AM", LineKind.HEADING, 13),
            new DumpLine(3, "Rovers and Harlan City meet in the final", LineKind.HEADING, 8),
            new DumpLine(4, "Wed, March 12, 20259:00 AM EST", LineKind.OTHER, 5),
            new DumpLine(5, "Posted March 13, 2025 at 1:28 PM", LineKind.OTHER, 8));
        DumpMetadata metadata = new DumpMetadata(java.time.LocalDate.of(2025, 3, 20));

        // the teaser's date has no clock, the headline's sentence more than a stamp: the byline's stamp is taken
        assertEquals("2025-03-12T09:00:00", metadata.firstStamp(lines).toIso());
        assertEquals(null, metadata.firstStamp(lines.subList(0, 4)));
    }

    @Test
    void updatedStampYieldsToThePublicationDateBesideIt() throws Exception {
        Article article = extract("Rovers and Harlan City meet in the final\nMarch 10, 2025 9:00 AM\n"
            + "Updated on\nMarch 12, 2025 2:28 PM\n" + BODY);

        assertEquals("2025-03-10", article.published().date().toString());
    }

    @Test
    void updatedLabelRunningIntoTheClockYieldsToThePublicationAbove() throws Exception {
        Article article = extract("Rovers and Harlan City meet in the final\nOna Brask\n19:00, 13 Mar 2025\n"
            + "Updated07:26, 14 Mar 2025\n" + BODY);

        assertEquals("2025-03-13", article.published().date().toString());
    }

    @Test
    void firstPublishedDateIsReadAfterTheUpdateOnTheSameLine() throws Exception {
        Article article = extract("Rovers and Harlan City meet in the final\n"
            + "Last Updated: Mar. 14, 2025 at 6:33 a.m. ET First Published: Mar. 11, 2025 at 4:12 p.m. ET\n" + BODY);

        assertEquals("2025-03-11T16:12:00", article.published().toIso());
    }

    @Test
    void anEmbeddedPostsStampIsNotTheArticlesDate() throws Exception {
        Article article = extract("Rovers and Harlan City meet in the final\nBy Ona Brask | March 12, 2025 2:30 PM\n"
            + "What a night for the Rovers\n— Velor Fan Club (@velorfans) March 9, 2025\n" + BODY);

        assertEquals("2025-03-12", article.published().date().toString());
    }

    @Test
    void bylineStampBeatsAnUnmarkedCaptionDateUnderIt() {
        // the photo credit runs "Name/Agency" with no brackets: the line is not known for a caption
        List<DumpLine> header = List.of(
            new DumpLine(0, "Rovers and Harlan City meet in the final", LineKind.HEADING, 8),
            new DumpLine(1, "By Ona Brask • 3/12/25 4:02pm", LineKind.OTHER, 6),
            new DumpLine(2, "Rovers players in Velor on March 9, 2025. Mara Feld/Velor Photo Agency", LineKind.HEADING, 12));
        DumpMetadata metadata = new DumpMetadata(java.time.LocalDate.of(2025, 3, 20));

        assertEquals("2025-03-12T16:02:00", metadata.published(header).toIso());
    }

    @Test
    void aDateDeepInAParagraphAboveTheBodyIsNotADateline() {
        // the located body may start below a lead paragraph: its sentences' dates are events, not the dateline
        String lead = "Last season the two clubs drew twice, and the board has promised a decision on the new stand by "
            + "March 19, 2025, when the council meets again.";
        List<DumpLine> header = List.of(
            new DumpLine(0, "Rovers and Harlan City meet in the final", LineKind.HEADING, 8),
            new DumpLine(1, "By Ona BraskPublished: Mar 12, 2025 8:00 AM EST", LineKind.OTHER, 8),
            new DumpLine(2, lead, LineKind.PROSE, 26));
        DumpMetadata metadata = new DumpMetadata(java.time.LocalDate.of(2025, 3, 20));

        assertEquals("2025-03-12T08:00:00", metadata.published(header).toIso());
    }

    @Test
    void loneUpdatedStampBeatsATeaserDateFarAboveIt() throws Exception {
        Article article = extract("""
            Harbour ferries strike for a second day
            March 2, 2025
            Home
            Sport
            Football
            Rovers and Harlan City meet in the final
            Last updated: 2025/03/11 at 9:01 PM
            """ + BODY);

        assertEquals("2025-03-11", article.published().date().toString());
    }

    @Test
    void bylineWithOnBeforeTheDateGivesTheNameAndStaysOutOfTheBody() throws Exception {
        Article article = extract("Rovers and Harlan City meet in the final\n"
            + "Two old rivals meet again after twenty years.\nBy Ona Brask on March 12, 2025\n" + BODY);

        assertEquals(List.of("Ona Brask"), article.authors());
        assertEquals("2025-03-12", article.published().date().toString());
        assertFalse(article.body().contains("Ona Brask"), article.body());
    }

    @Test
    void aBylineRunningOnIntoTheOutletNamesThePersonOnly() throws Exception {
        assertEquals(List.of("Ona Brask"),
            extract("Sport\nRovers and Harlan City meet in the final\nOna Brask Harlan Valley Gazette\n" + BODY).authors());
        assertEquals(List.of("Ona Brask"), extract(
            "Sport\nRovers and Harlan City meet in the final\nBy Ona Brask Globe Correspondent,Updated March 12, 2025\n" + BODY)
            .authors());
        assertEquals(List.of("Ona Brask"),
            extract("Sport\nRovers and Harlan City meet in the final\nBy Ona BraskPublished: March 12, 2025\n" + BODY).authors());
        assertEquals(List.of("Ona Brask"),
            extract("Sport\nRovers and Harlan City meet in the final\nOna BraskWriter\nMarch 12, 2025\n" + BODY).authors());
    }

    private Article extract(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump));
    }
}
