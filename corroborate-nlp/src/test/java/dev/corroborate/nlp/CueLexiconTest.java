package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The one cue list and the sets and patterns derived from it. */
class CueLexiconTest {

    @Test
    void everyInvertedCueIsACue() {
        assertTrue(CueLexicon.CUES.containsAll(CueLexicon.INVERTED));
    }

    @Test
    void participlesAreNoCuesOfTheirOwn() {
        assertTrue(CueLexicon.PARTICIPLES.contains("adding"));
        assertTrue(CueLexicon.PARTICIPLES.stream().noneMatch(CueLexicon.CUES::contains));
    }

    @Test
    void keyWordsSkipAuxiliariesAndTakeAccording() {
        assertTrue(CueLexicon.KEY_WORDS.containsAll(List.of("convinced", "quoted", "pointed", "according", "said")));
        assertFalse(CueLexicon.KEY_WORDS.contains("is"));
        assertFalse(CueLexicon.KEY_WORDS.contains("was"));
    }

    @Test
    void alternationPutsPhrasesFirstSoTheyWin() {
        Pattern cue = Pattern.compile("(?:" + CueLexicon.alternation(List.of("said", "pointed out", "pointed")) + ")");

        assertEquals("pointed out", matched(cue, "she pointed out that"));
        assertTrue(CueLexicon.alternation(CueLexicon.CUES).startsWith("was quoted as saying|"));
    }

    @Test
    void theCommonestReportingVerbsAreStopWordsOfTerms() {
        assertEquals(List.of("harbour", "reopen"), Terms.stems("The harbour reopens, she said and added"));
    }

    @Test
    void anOutletThatReportedSpeaksAfterItsClause() {
        String body = "The harbour will stay shut until the spring storms have passed, Wexford Radio reported.";
        var said = new ArticleReader().read(new dev.corroborate.core.Article("a1", "a1.txt", null, "H", null, null,
            List.of(), "en", body)).statements();

        assertEquals(1, said.size());
        assertEquals("Wexford Radio", said.get(0).speaker());
        assertEquals("The harbour will stay shut until the spring storms have passed", said.get(0).content().of(body));
    }

    private static String matched(Pattern p, String text) {
        var m = p.matcher(text);
        return m.find() ? m.group() : null;
    }
}
