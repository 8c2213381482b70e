package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;

/** What may stand between a speaker and the cue, or lead a name after a quote. */
class AttributionAsideTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void aLoneLowerCaseNounLeadsANameAfterAQuote() {
        String body = "\"That is a record nobody here wants to hold,\" guard Tomas Vell said.";

        assertEquals(List.of("Tomas Vell | DIRECT | That is a record nobody here wants to hold,"), described(body));
    }

    @Test
    void anAdverbLeadingANameIsNoTitle() {
        String body = "\"That is a record nobody here wants to hold,\" quietly Tomas Vell said.";

        assertEquals(List.of(), described(body));
    }

    @Test
    void aPartyInBracketsMayFollowTheName() {
        String body = "\"The new rule will cost every household in the county,\" Sen. Ilse Varga (D-Wex.) said.";

        assertEquals(List.of("Ilse Varga | DIRECT | The new rule will cost every household in the county,"),
            described(body));
    }

    @Test
    void severalAsidesMayStandBetweenNameAndCue() {
        String body = "\"We heard the sirens long before the smoke,\" tourist Oskar Lind, 19, from Marden, Wessex, "
            + "told the Ledger.";

        assertEquals(List.of("Oskar Lind | DIRECT | We heard the sirens long before the smoke,"), described(body));
    }

    private List<String> described(String body) {
        Article article = new Article("a1", "a1.txt", null, "Headline", null, "The Marden Ledger", List.of(), "en", body);
        return reader.read(article).statements().stream()
            .map(s -> String.join(" | ", s.speaker(), s.kind().name(), s.content().of(body))).toList();
    }
}
