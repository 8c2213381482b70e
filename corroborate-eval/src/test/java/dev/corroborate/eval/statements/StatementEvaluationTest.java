package dev.corroborate.eval.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.SpeechKind;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

class StatementEvaluationTest {
    // Our own text. The extracted body carries a menu line first and curly quotes where the gold has straight ones.
    private static final String GOLD = "Mayor Ada Quill opened the bridge on Monday. \"This bridge joins two towns,\" "
        + "she said. The council said that repairs would cost more than planned. According to Bo Lind, traffic "
        + "will double by spring.";
    private static final String EXTRACTED = "Home | News | Sport\n" + GOLD.replace("\"This", "\u201CThis")
        .replace("towns,\"", "towns,\u201D");

    private static Span goldSpan(String words) {
        int at = GOLD.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Span extractedSpan(String words) {
        int at = EXTRACTED.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Statement said(String speaker, SpeechKind kind, Span content) {
        return new Statement(speaker, speaker, kind, "said", content, content, null, null);
    }

    private static final List<GoldStatement> GOLD_STATEMENTS = List.of(
        new GoldStatement("p1", "Ada Quill", "direct", goldSpan("This bridge joins two towns")),
        new GoldStatement("p1", "City council", "reported", goldSpan("repairs would cost more than planned")),
        new GoldStatement("p1", "Bo Lind", "reported", goldSpan("traffic will double by spring")));

    @Test
    void scoresMatchesSpeakersAndUnmappedPredictions() {
        List<Statement> predicted = List.of(
            // matches gold 0 with the surname only: right speaker
            said("Quill", SpeechKind.DIRECT, extractedSpan("This bridge joins two towns,")),
            // covers the whole sentence: overlaps gold 1 fully (>= half of the gold span), wrong speaker
            said("Ada Quill", SpeechKind.REPORTED, extractedSpan("The council said that repairs would cost more")),
            // the menu: cannot be placed on the gold body
            said("Bo Lind", SpeechKind.REPORTED, extractedSpan("Home | News | Sport")),
            // a second prediction on gold 0: one-to-one, so a false positive
            said("Ada Quill", SpeechKind.DIRECT, extractedSpan("bridge joins two")));
        PageOutcome o = StatementEvaluation.outcome("p1", GOLD, GOLD_STATEMENTS, EXTRACTED, predicted);
        StatementScores s = StatementScores.of(3, o.predicted().size(), o.matched().size(), o.speakerRight().size(),
            1, List.of(o));
        assertEquals(2, o.matched().size());
        assertEquals(1, o.speakerRight().size());
        assertNull(o.predicted().get(2).content());
        assertEquals(goldSpan("This bridge joins two towns,"), o.predicted().get(0).content());
        assertEquals(0.5, s.statementPrecision(), 1e-9);
        assertEquals(2.0 / 3, s.statementRecall(), 1e-9);
        assertEquals(4.0 / 7, s.statementF1(), 1e-9);
        assertEquals(0.25, s.speakerPrecision(), 1e-9);
        assertEquals(1.0 / 3, s.speakerRecall(), 1e-9);
        assertEquals(2.0 / 7, s.speakerF1(), 1e-9);
        assertTrue(s.toJson().contains("\"speaker_f1\":0.2857"));
        assertTrue(s.toJson().contains("\"statement_f1\":0.5714"));
    }

    @Test
    void overlapMustReachHalfTheGoldSpan() {
        Span gold = new Span(100, 140); // 40 characters
        assertTrue(StatementMatcher.close(gold, new Span(120, 200))); // 20 = half
        assertFalse(StatementMatcher.close(gold, new Span(121, 200))); // 19
        assertTrue(StatementMatcher.close(gold, new Span(0, 1000))); // covering counts
        assertFalse(StatementMatcher.close(gold, null));
    }

    @Test
    void greedyMatchingPrefersTheLargerOverlap() {
        List<GoldStatement> gold = List.of(new GoldStatement("p", "A B", "direct", new Span(0, 10)),
            new GoldStatement("p", "A B", "direct", new Span(10, 20)));
        // prediction 0 overlaps gold 0 by 5 and gold 1 by 10; prediction 1 overlaps gold 0 by 6
        List<Predicted> predicted = List.of(new Predicted("A B", "direct", new Span(5, 20), new Span(5, 20)),
            new Predicted("A B", "direct", new Span(4, 10), new Span(4, 10)));
        List<StatementMatcher.Pair> pairs = StatementMatcher.match(gold, predicted, false);
        assertEquals(List.of(new StatementMatcher.Pair(0, 1), new StatementMatcher.Pair(1, 0)), pairs);
    }

    @Test
    void speakerNamesMatchBySurnameAndFirstName() {
        assertTrue(SpeakerMatch.same("Jens Stoltenberg", "jens stoltenberg"));
        assertTrue(SpeakerMatch.same("Jens Stoltenberg", "Stoltenberg"));
        assertTrue(SpeakerMatch.same("Jens Stoltenberg", "Mr. Jens Stoltenberg"));
        assertTrue(SpeakerMatch.same("Milena Králícková", "Milena Kralickova"));
        assertFalse(SpeakerMatch.same("Jens Stoltenberg", "Erna Stoltenberg"));
        assertFalse(SpeakerMatch.same("Jens Stoltenberg", "Jens Hansen"));
        assertFalse(SpeakerMatch.same("Jens Stoltenberg", null));
    }

    @Test
    void longestCommonSubstringPlacesAnAlteredSpan() {
        String gold = "He said the harbour will reopen in May after the storm damage is repaired.";
        // the extracted text differs at both ends but shares a long middle
        String extracted = "[AD] the harbour will reopen in May after the storm [AD]";
        Span mapped = new SpanMapper(gold).map(extracted, new Span(0, extracted.length()));
        int common = gold.indexOf("the harbour");
        assertEquals(new Span(common - 5, common - 5 + extracted.length()), mapped);
        assertNull(new SpanMapper(gold).map("nothing at all like it here", new Span(0, 27)));
    }

    @Test
    void repeatedTextGoesToTheNearestOccurrence() {
        String gold = "We will win. Later, far later, he repeated: We will win.";
        String extracted = "menu\n" + gold;
        int second = extracted.lastIndexOf("We will win");
        Span mapped = new SpanMapper(gold).map(extracted, new Span(second, second + 11));
        assertEquals(new Span(gold.lastIndexOf("We will win"), gold.length() - 1), mapped);
    }

    @Test
    void repeatedTextGoesToTheOccurrenceTheGoldMarked() {
        // the page repeats its opening paragraph further down; the annotator marked the later copy
        String paragraph = "The ferry will sail again on Monday, the harbourmaster said.";
        String gold = paragraph + " Crews worked overnight on the ramp. " + paragraph;
        int later = gold.lastIndexOf(paragraph);
        Span goldSpan = new Span(later, later + 35);
        String extracted = paragraph + " Crews worked overnight on the ramp.";
        // the prediction sits at the start of the extracted body, which alone would pick the first copy
        Span mapped = new SpanMapper(gold, List.of(goldSpan)).map(extracted, new Span(0, 35));
        assertEquals(goldSpan, mapped);
        // with no gold span on either copy, the nearest occurrence still wins
        assertEquals(new Span(0, 35), new SpanMapper(gold, List.of(new Span(61, 90))).map(extracted, new Span(0, 35)));
    }

    @Test
    void readsGoldAndCountsMissingPagesAsMissed(@TempDir Path dir) throws IOException {
        Path goldFile = dir.resolve("gold.jsonl");
        Files.writeString(goldFile, "{\"page\":\"nope\",\"speaker\":\"A B\",\"kind\":\"direct\",\"start\":0,\"end\":5}\n\n"
            + "{\"page\":\"nope\",\"speaker\":\"C D\",\"kind\":\"reported\",\"start\":6,\"end\":9}\n");
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("ground-truth.json"), "{\"nope\": {\"articleBody\": \"Hello world now\"}}");
        StatementScores s = StatementEvaluation.run(goldFile, dir);
        assertEquals(1, s.pages());
        assertEquals(2, s.goldStatements());
        assertEquals(0, s.predictedStatements());
        assertEquals(0.0, s.speakerRecall());
        assertEquals("page not found", s.perPage().get(0).failure());
    }
}
