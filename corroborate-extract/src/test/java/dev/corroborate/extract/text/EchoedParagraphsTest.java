package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A pull quote, a summary box of the article's own sentences and a paragraph printed twice are read once; a
 * standfirst that the lead restates and an interview's repeated question stay.
 */
class EchoedParagraphsTest {
    private static final String LEAD =
        "Marden's council voted on Thursday to rebuild the ferry pier that the spring floods left unusable.";
    private static final String COST =
        "Rebuilding the pier will cost about nine million crowns, which the council will borrow over twenty years.";
    private static final String ISLANDERS =
        "Islanders have used a temporary landing since April, and many say the crossing now takes twice as long.";
    private static final String QUOTE =
        "\"We cannot ask the islands to wait another winter,\" councillor Greta Holm said after the vote.";

    @Test
    void aPullQuoteIsReadOnce() {
        List<String> kept = kept(LEAD, COST + " " + QUOTE, QUOTE, ISLANDERS);
        assertEquals(List.of(LEAD, COST + " " + QUOTE, ISLANDERS), kept);
    }

    @Test
    void aSummaryBoxOfTheArticlesOwnSentencesIsLeftOut() {
        List<String> kept = kept(LEAD + " " + COST, LEAD, ISLANDERS, COST);
        assertEquals(List.of(LEAD, ISLANDERS, COST), kept);
    }

    @Test
    void aParagraphPrintedTwiceIsReadWhereItFirstStands() {
        List<String> kept = kept(LEAD, COST, ISLANDERS, COST);
        assertEquals(List.of(LEAD, COST, ISLANDERS), kept);
    }

    @Test
    void aStandfirstTheLeadRestatesStays() {
        String standfirst = "The council will rebuild the flooded ferry pier by next summer.";
        String lead =
            "MARDEN (Wire) — The council will rebuild the flooded ferry pier by next summer. It voted on Thursday.";
        assertEquals(List.of(standfirst, lead, COST), kept(standfirst, lead, COST));
    }

    @Test
    void anInterviewsRepeatedQuestionStays() {
        String question = "What did the ferry mean to your family when you were growing up?";
        List<String> kept = kept(question, ISLANDERS, question, COST);
        assertEquals(List.of(question, ISLANDERS, question, COST), kept);
    }

    private static List<String> kept(String... paragraphs) {
        LineClassifier classifier = new LineClassifier();
        List<DumpLine> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.add(classifier.classify(lines.size(), paragraph));
        }
        BodyLocator.Body body = new BodyLocator.Body(0, lines.size() - 1, lines);
        return EchoedParagraphs.drop(body).lines().stream().map(DumpLine::text).toList();
    }
}
