package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** The author box under the article: its bios name the writers where the header shows no byline. */
class AuthorBioTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String HEAD = CupFinalDump.HEAD;
    private static final String BODY = CupFinalDump.BODY;
    /** Past the lines at the body's head, where a byline or dateline may sit. */
    private static final String MORE_BODY = """
        Rovers' manager said his side would not change the way it plays for one match, however large the occasion.
        Harlan City's captain returns from a hamstring injury and is expected to start in the centre of defence.
        The two clubs last met in a final in 2003, when a late penalty settled a tight and nervous afternoon.
        Police have asked supporters travelling by car to use the park-and-ride sites on the edge of town.
        The match kicks off at three o'clock and will be shown live on the league's own channel.
        Both clubs have promised a share of the gate receipts to the new youth academy at Merrow Field.
        """;
    private static final String BOX = "Ona Brask\nOna Brask is a sports reporter at the Valley Post, covering the Lakeside league.\n";

    @Test
    void theBioUnderTheArticleNamesTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + BOX + "More stories\n"));
    }

    @Test
    void theBioBeatsABareNameLineJustOverTheBody() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Harlan Weekend\n" + BODY + BOX));
    }

    @Test
    void aBylineOverTheArticleStandsBeforeTheBio() throws Exception {
        assertEquals(List.of("Teo Lind"), authors(HEAD + "By Teo Lind\n" + BODY + BOX));
    }

    @Test
    void everyWriterInTheBoxIsNamedOnce() throws Exception {
        assertEquals(List.of("Ona Brask", "Teo Lind"), authors(HEAD + BODY + BOX
            + "Teo Lind writes about football and the people who run it.\n" + BOX));
    }

    @Test
    void theContactNoteUnderTheArticleNamesTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY
            + "Contact Ona Brask at obrask@valleypost.example. Follow her on X at @onabrask.\n"));
        assertEquals(List.of("Ona Brask"), authors(HEAD + "Dear Readers\n" + BODY
            + "Follow Ona Brask on Twitter: @onabrask\n"));
        assertNull(AuthorBio.subject("Follow Valley Post Sport:"));
        assertNull(AuthorBio.subject("Contact Ona Brask and Teo Lind at sport@valleypost.example"));
    }

    @Test
    void theNameUnderAnAboutTheAuthorLabelIsTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + "About the Author\nOna Brask\nValley Post Sports Desk Lead\n"));
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + "Author(s)\nOna Brask\n"));
        assertEquals(List.of(), authors(HEAD + BODY + "Authors\nCode of Conduct\n"));
    }

    @Test
    void theBoxsLinkToTheWritersPageOrItsWrittenByCreditNamesTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + "View all posts by Ona Brask\n"));
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + "More Stories by Ona Brask »\n"));
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + "Written by Ona Brask\n"));
        assertNull(AuthorBio.subject("Powered by Valley Press Platform"));
    }

    @Test
    void aCardWithTheNameTheJobTitleAndTheBioNamesTheWriter() throws Exception {
        assertEquals(List.of("Ona Brask"), authors(HEAD + BODY + MORE_BODY
            + "Ona Brask\nSenior Editor\nOna has followed the Lakeside league since its first season.\n"));
        assertEquals(List.of(), authors(HEAD + BODY + MORE_BODY + "Harbour Views\nContributor\nMore from the Valley Post\n"));
    }

    @Test
    void aDirectoryOfWritersIsNoAuthorBox() {
        String bios = """
            Ona Brask is a sports reporter.
            Teo Lind is a courts reporter.
            Ilse Marr is a features writer.
            Per Odin is a politics editor.
            Ada Voss is a science journalist.
            """;
        assertEquals(List.of(), AuthorBio.writers(new LineClassifier().classifyAll(bios), 0));
    }

    @Test
    void theSubjectOfABio() {
        assertEquals("Ona Brask", AuthorBio.subject("Ona Brask, MD, is a health columnist for the Valley Post."));
        assertNull(AuthorBio.subject("Mr. Lind is the deputy opinion editor."));
        assertNull(AuthorBio.subject("Velor Rovers is a club founded in 1902 by dock workers."));
    }

    private List<String> authors(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).authors();
    }
}
