package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/**
 * Articles set among photo galleries and product boxes: a wire photo's "FILE - …" caption is no paragraph, the
 * headline over a long gallery is still found, and a section of one long paragraph past a gallery carries the
 * article on.
 */
class GalleryArticleTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-02T12:00:00Z"), ZoneOffset.UTC));

    private static final String TEXT = """
        MARDEN (Wire) — The ferry pier that the spring floods left unusable will be rebuilt by next summer, the council said on Thursday.
        The ferry pier carried more than four hundred passengers a day to the islands before the floods, and islanders have used a temporary landing since April.
        Rebuilding the pier will cost about nine million crowns, which the council will borrow over twenty years.
        """;

    @Test
    void aWirePhotosFileCaptionIsACaption() {
        LineClassifier classifier = new LineClassifier();
        assertEquals(LineKind.CAPTION, classifier.classify(0,
            "FILE - Passengers wait at the temporary ferry landing in Marden, April 4, 2025. The council said on Thursday "
                + "that the ferry pier will be rebuilt by next summer. (Wire Photo/Ana Lenz, File)").kind());
        assertEquals(LineKind.PROSE, classifier.classify(0,
            "Files of the old pier's inspections show that its piles had rotted long before the floods came.").kind());
    }

    @Test
    void aCreditEndingInAPictureAgencyIsACaption() {
        LineClassifier classifier = new LineClassifier();
        assertEquals(LineKind.CAPTION, classifier.classify(0, "MIG/Marden Images Group via Getty Images, FILE").kind());
        assertEquals(LineKind.CAPTION, classifier.classify(0, "Tove Marr for the Ledger via Getty Images").kind());
        assertEquals(LineKind.PROSE, classifier.classify(0,
            "The Marden archive of ferry photographs was sold last year to Getty Images.").kind());
    }

    @Test
    void theHeadlineOverALongGalleryIsFound() throws Exception {
        StringBuilder dump = new StringBuilder("News\nMarden will rebuild its flooded ferry pier by next summer\n");
        for (int photo = 1; photo <= 16; photo++) {
            dump.append(photo).append(" of 16 |\n");
            dump.append("FILE - The ferry pier in Marden after the spring floods, photo ").append(photo)
                .append(" of the council's survey, April 2025. (Wire Photo/Ana Lenz, File)\n");
        }
        dump.append("By ONA BRASK\n").append(TEXT);

        Article article = extract(dump.toString());

        assertEquals("Marden will rebuild its flooded ferry pier by next summer", article.title());
        assertTrue(article.body().startsWith("MARDEN (Wire)"), article.body());
        assertFalse(article.body().contains("FILE -"), article.body());
    }

    @Test
    void aSectionOfOneLongParagraphPastAProductBoxCarriesTheArticleOn() throws Exception {
        String body = extract("""
            Style
            The quilted tote that everyone in Marden carried this year
            By Lio Vantrell
            June 1, 2025
            On a morning walk through the old town of Marden I counted the quilted totes, and stopped counting at twenty.
            The quilted tote from the Skarra workshop sold out four times this year, the workshop's owner Greta Holm said.
            Its price, under fifty crowns, put it within reach of students as well as the office workers on the harbour front.
            Skarra Quilted Tote
            $48
            Skarra Workshop
            Harbour Mini Tote
            $35
            Marden Market
            Padded Shoulder Bag
            $52
            Port Ellis Goods
            Quilted totes in the Skarra workshop's window, spring 2025
            The quilted tote is not the only bag from the Skarra workshop that sold out this year. Its padded shoulder bag, made from the same quilted cotton, sold out twice, and students in Marden have started to carry both at once. Greta Holm says the workshop will hire four more sewers in the autumn, and that the price of the quilted tote will stay under fifty crowns.
            Copyright © 2025 Marden Style
            """).body();

        assertTrue(body.endsWith("will stay under fifty crowns."), body);
        assertFalse(body.contains("$48"), body);
    }

    @Test
    void theNextSectionPastAPhotoGalleryCarriesTheArticleOnWithNewNames() throws Exception {
        String body = extract("""
            Style
            The quilted tote that everyone in Marden carried this year
            By Lio Vantrell
            June 1, 2025
            On a morning walk through the old town of Marden I counted the quilted totes, and stopped counting at twenty.
            The quilted tote from the Skarra workshop sold out four times this year, the workshop's owner Greta Holm said.
            Its price, under fifty crowns, put it within reach of students as well as the office workers on the harbour front.
            Velvet Bows
            Ana Lenz/Getty Images
            Holm Atelier
            Ivo Lenz/Getty Images
            Vell & Daughters
            Tove Marr/Getty Images
            Brask Studio
            Ana Lenz/Getty Images
            Port Ellis Knitwear
            Velvet bows were the other surprise of the year. Three fashion houses in the capital put them on coats, shoes and hair clips, and the Marden department store on the harbour front says it sold more bow-trimmed jumpers in November than quilted totes. Stylist Ona Brask expects the bows to grow larger next spring, when the houses bring out their summer lines and the students return to town.
            Copyright © 2025 Marden Style
            """).body();

        assertTrue(body.endsWith("the students return to town."), body);
        assertFalse(body.contains("Getty Images"), body);
    }

    @Test
    void aShortSentenceRightAboveAPhotoCreditIsItsCaption() {
        List<DumpLine> lines = new LineClassifier().classifyAll("""
            The council will borrow about nine million crowns over twenty years to pay for the new pier, the mayor said.
            Divers inspect the rotten piles of the old pier in April.
            Ana Lenz/Marden Ledger
            Islanders have used a temporary landing since April, and many of them say the crossing now takes twice as long as it did, especially in the winter storms that close the harbour.
            Tove Marr/Marden Ledger
            The new pier will open to passengers next summer, the council said.
            """);
        assertEquals(LineKind.CAPTION, lines.get(1).kind());
        assertEquals(LineKind.PROSE, lines.get(0).kind());
        assertEquals(LineKind.PROSE, lines.get(3).kind(), "a paragraph above a picture runs longer than a caption");
        assertEquals(LineKind.PROSE, lines.get(5).kind());
    }

    @Test
    void aSlideshowAfterTheArticleIsNotItsText() throws Exception {
        StringBuilder dump = new StringBuilder("""
            News
            Marden will rebuild its flooded ferry pier by next summer
            By Ona Brask
            """).append(TEXT).append("Scroll down for photos of the pier.\n");
        String[] names = {"The old landing", "The flood line", "The survey boat", "The pier's piles", "The new design",
            "The temporary landing"};
        for (int slide = 1; slide <= names.length; slide++) {
            dump.append(slide).append(" of ").append(names.length).append('\n')
                .append("Courtesy of Marden Council\n")
                .append(names[slide - 1]).append('\n')
                .append("Islanders gathered on the ").append(names[slide - 1].toLowerCase(java.util.Locale.ROOT))
                .append(" to watch the divers at work in the harbour that spring.\n")
                .append("The council's engineers said the work went faster than they had planned for the islands.\n");
        }
        dump.append("Copyright © 2025 Marden Wire\n");

        String body = extract(dump.toString()).body();

        assertTrue(body.startsWith("MARDEN (Wire)"), body);
        assertTrue(body.contains("borrow over twenty years."), body);
        assertFalse(body.contains("divers at work"), body);
    }

    @Test
    void aFewCountersInsideTheArticleStayCaptions() {
        LineClassifier classifier = new LineClassifier();
        List<DumpLine> lines = classifier.classifyAll("1 of 3\nThe pier.\n2 of 3\nThe landing.\n3 of 3\nThe boat.\n");
        assertEquals(LineKind.CAPTION, lines.get(0).kind());
        assertEquals(LineKind.CAPTION, lines.get(4).kind());
    }

    private Article extract(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump));
    }
}
