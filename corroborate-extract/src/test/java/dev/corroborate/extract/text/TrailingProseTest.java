package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Paragraphs trailing off in an ellipsis, on fictional dumps: an article's own prose, or a teaser cut short. */
class TrailingProseTest {
    /** Three whole sentences, then a fourth cut short. */
    private static final String CUT_SHORT = "The Velor ferry company said on Friday that its island routes would run"
        + " on a winter timetable from next month. Crossings to Harlan will fall from six a day to four. The company"
        + " blamed the cost of fuel and a shortage of trained deckhands, and said the summer timetable would return"
        + " in April. Commuters who rely on the early boat have written to the council to ask ...";

    private final LineClassifier classifier = new LineClassifier();
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void longParagraphOfSentencesTrailingOffIsProse() {
        assertEquals(LineKind.PROSE, kinds(CUT_SHORT).get(0));
        assertEquals(LineKind.PROSE, kinds(CUT_SHORT.replace(" ...", "…")).get(0));
    }

    @Test
    void fileHoldingOnlyAParagraphCutShortIsAnArticle() throws Exception {
        assertEquals(CUT_SHORT, extractor.extract(page(CUT_SHORT + "\n")).body());
    }

    @Test
    void oneSentenceCutShortIsATeaserSummaryNotProse() {
        String summary = "Commuters who rely on the early boat from Harlan have written to the council to ask whether"
            + " the winter timetable could keep one crossing before seven in the morning for the shift workers at"
            + " the harbour and the ...";

        assertEquals(LineKind.OTHER, kinds(summary).get(0));
    }

    @Test
    void teaserListTrailingOffAtEveryEntryStaysOutOfTheProse() {
        String other = "Rovers signed a new keeper from Harlan on Thursday. He has played for three clubs in the"
            + " valley league. The fee was not disclosed, but the club said it was the largest it had paid since the"
            + " stadium was rebuilt, and the manager called him the best young keeper…";
        String dump = "Ferry timetable cut for winter\n" + CUT_SHORT + "\nRovers sign keeper from Harlan\n" + other + "\n";

        List<LineKind> kinds = kinds(dump);

        assertEquals(LineKind.OTHER, kinds.get(1));
        assertEquals(LineKind.OTHER, kinds.get(3));
    }

    @Test
    void aShortTeaserOfThatShapeStillCountsAsAListEntry() {
        String dump = CUT_SHORT + "\nHarbour bridge vote delayed again as councillors ask for a new survey…\n";

        assertEquals(LineKind.OTHER, kinds(dump).get(0));
    }

    @Test
    void readMorePromptStaysFurnitureAndIsNoArticle() {
        assertEquals(LineKind.BOUNDARY, kinds("Read more…").get(0));
        assertThrows(NoArticleException.class,
            () -> extractor.extract(page("Ferry timetable cut for winter\nRead more at ledger.example ...\n")));
    }

    @Test
    void aBriefWhoseOnlyLineTrailsOffIsStillABrief() {
        assertTrue(ProseBrief.is(CUT_SHORT + "\n"));
        assertFalse(ProseBrief.is("Ferry timetable cut for winter\n" + CUT_SHORT + "\n"));
    }

    private List<LineKind> kinds(String dump) {
        return classifier.classifyAll(dump).stream().map(DumpLine::kind).toList();
    }

    private static Page page(String content) {
        return new Page("id", "dump.txt", null, null, PageFormat.TEXT, content);
    }
}
