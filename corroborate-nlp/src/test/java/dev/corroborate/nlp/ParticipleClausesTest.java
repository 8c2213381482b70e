package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;

/** "..., adding that ...": a participle of speech goes on in the voice of its sentence's speaker. */
class ParticipleClausesTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void addingThatAfterAQuoteIsTheQuotedSpeakersClause() {
        String body = "\"The quay will reopen before the summer season starts,\" Ilse Varga said, adding that the "
            + "repairs would cost less than planned.";

        assertEquals(List.of(
            "Ilse Varga | DIRECT | The quay will reopen before the summer season starts,",
            "Ilse Varga | REPORTED | the repairs would cost less than planned"), described(body));
    }

    @Test
    void aParticipleThatOpensAQuoteGivesADirectStatement() {
        String body = "\"The water rose faster than anyone expected,\" said Oskar Lind, adding: \"Nobody in Marden "
            + "had seen anything like it.\"";

        assertEquals("Oskar Lind | DIRECT | Nobody in Marden had seen anything like it.", described(body).get(1));
    }

    @Test
    void aReportedClauseEndsWhereTheParticipleStarts() {
        String body = "Tomas Vell said the harbour fees were fair, arguing that the port needs new cranes soon.";

        assertEquals(List.of(
            "Tomas Vell | REPORTED | the harbour fees were fair",
            "Tomas Vell | REPORTED | the port needs new cranes soon"), described(body));
    }

    @Test
    void withNoStatementBeforeItTheSentenceSubjectSpeaks() {
        String body = "Before the vote, Ilse Varga proposed an amendment, saying that the draft had been weakened badly.";

        assertEquals(List.of("Ilse Varga | REPORTED | the draft had been weakened badly"), described(body));
    }

    @Test
    void aPossessiveSubjectOrOneWithNoVerbSpeaksNot() {
        String body = "Varga's allies played the dispute down, arguing that the fees are a real concern for traders.\n\n"
            + "A Marden harbour officer disputed it, saying the fees were never raised at all.";

        assertEquals(List.of(), described(body));
    }

    private List<String> described(String body) {
        Article article = new Article("a1", "a1.txt", null, "Headline", null, "The Marden Ledger", List.of(), "en", body);
        return reader.read(article).statements().stream()
            .map(s -> String.join(" | ", s.speaker(), s.kind().name(), s.content().of(body))).toList();
    }
}
