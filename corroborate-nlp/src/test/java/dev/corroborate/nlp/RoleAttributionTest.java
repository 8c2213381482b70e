package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.core.RoleEvidence;
import dev.corroborate.core.Statement;

class RoleAttributionTest {
    private static final ArticleReader READER = new ArticleReader();

    private static final String NAMES_EXAMPLE = "NORCOM Secretary General Anna Example said that the harbour treaty "
        + "would be signed before winter. The ministers met in Tarvik on Monday.";
    private static final String NAMES_SAMPLE = "NORCOM Secretary General Boris Sample said that the alliance would "
        + "open two new offices next year. Delegates arrived in Olmen for the talks.";
    private static final String NAMES_DEPUTY = "NORCOM Deputy Secretary General Clara Norberg said that the budget "
        + "review would take longer than planned. The review began in March.";
    private static final String UNNAMED = "The Secretary General said that the members had agreed on the new rules. "
        + "The meeting ended late in the evening.";
    private static final String UNNAMED_DEPUTY = "The Deputy Secretary General said that the members had agreed "
        + "on the new rules. The meeting ended late in the evening.";

    @Test
    void anUnnamedRoleSpeakerWaitsApartInItsArticle() {
        AnalysedArticle unnamed = analysed("u", UNNAMED, LocalDate.of(2023, 6, 1));
        assertTrue(unnamed.statements().isEmpty(), "no speaker is guessed in the article itself");
        assertEquals(1, unnamed.roleSpoken().size());
        assertEquals("Secretary General", unnamed.roleSpoken().get(0).speaker());
        assertEquals(List.of("NORCOM Secretary General"),
            analysed("n", NAMES_EXAMPLE, LocalDate.of(2023, 5, 1)).people().get(0).roles());
    }

    @Test
    void theSecretaryGeneralIsWhoeverHeldTheOfficeAtTheArticlesDate() {
        List<AnalysedArticle> corpus = List.of(
            analysed("a1", NAMES_EXAMPLE, LocalDate.of(2023, 3, 10)),
            analysed("a2", NAMES_EXAMPLE, LocalDate.of(2023, 5, 20)),
            analysed("b1", NAMES_SAMPLE, LocalDate.of(2024, 10, 15)),
            analysed("b2", NAMES_SAMPLE, LocalDate.of(2024, 12, 2)),
            analysed("u2023", UNNAMED, LocalDate.of(2023, 6, 1)),
            analysed("u2024", UNNAMED, LocalDate.of(2024, 11, 20)));

        List<AnalysedArticle> out = new RoleAttribution().attribute(corpus);

        Statement in2023 = onlyStatement(out, "u2023");
        assertEquals("Anna Example", in2023.speaker());
        assertEquals("The Secretary General", in2023.speakerMention());
        assertEquals(new RoleEvidence("NORCOM Secretary General", "Anna Example", "a2", LocalDate.of(2023, 5, 20)),
            in2023.roleEvidence(), "the closest dated article taught it");
        Statement in2024 = onlyStatement(out, "u2024");
        assertEquals("Boris Sample", in2024.speaker());
        assertEquals("b2", in2024.roleEvidence().articleId());
        assertTrue(article(out, "u2024").roleSpoken().isEmpty());
        assertNull(onlyStatement(out, "a1").roleEvidence(), "a speaker the article names needs no evidence");
    }

    @Test
    void twoHoldersNearTheDateOrNoneLeaveTheSpeakerUnattributed() {
        List<AnalysedArticle> corpus = List.of(
            analysed("a1", NAMES_EXAMPLE, LocalDate.of(2024, 8, 1)),
            analysed("b1", NAMES_SAMPLE, LocalDate.of(2024, 10, 1)),
            analysed("between", UNNAMED, LocalDate.of(2024, 9, 1)),
            analysed("nobody", UNNAMED, LocalDate.of(2021, 1, 1)),
            analysed("undated", UNNAMED, null));

        List<AnalysedArticle> out = new RoleAttribution().attribute(corpus);

        for (String id : List.of("between", "nobody", "undated")) {
            assertTrue(article(out, id).statements().isEmpty(), id + " gets no speaker");
            assertEquals(1, article(out, id).roleSpoken().size(), id + " keeps its statement waiting");
        }
    }

    @Test
    void aDeputyNeverStandsForTheMainOfficeNorTheMainOfficeForADeputy() {
        List<AnalysedArticle> corpus = List.of(
            analysed("a1", NAMES_EXAMPLE, LocalDate.of(2023, 3, 10)),
            analysed("d1", NAMES_DEPUTY, LocalDate.of(2023, 3, 12)),
            analysed("ud", UNNAMED_DEPUTY, LocalDate.of(2023, 4, 1)),
            analysed("um", UNNAMED, LocalDate.of(2023, 4, 1)));

        List<AnalysedArticle> out = new RoleAttribution().attribute(corpus);

        assertEquals("Clara Norberg", onlyStatement(out, "ud").speaker());
        assertEquals("Anna Example", onlyStatement(out, "um").speaker());
        List<AnalysedArticle> deputyOnly = new RoleAttribution().attribute(List.of(corpus.get(1), corpus.get(3)));
        assertTrue(article(deputyOnly, "um").statements().isEmpty(), "the deputy is not the Secretary General");
    }

    @Test
    void officeKeysIgnoreCaseAndPossessiveAndKeepDeputiesApart() {
        RoleTitle nato = RoleTitle.parse("NATO Secretary General").orElseThrow();
        assertEquals(nato, RoleTitle.parse("NATO's secretary general").orElseThrow());
        assertEquals(nato, RoleTitle.parse("the secretary general of NATO").orElseThrow());
        assertEquals(new RoleTitle("nato", "deputy secretary general"),
            RoleTitle.parse("NATO Deputy Secretary General").orElseThrow());
        assertTrue(RoleTitle.parse("the NATO chief").orElseThrow().canName(nato));
        assertTrue(RoleTitle.parse("the Secretary General").orElseThrow().canName(nato));
        assertTrue(!RoleTitle.parse("the NATO chief").orElseThrow()
            .canName(RoleTitle.parse("NATO Deputy Secretary General").orElseThrow()));
        assertTrue(!RoleTitle.parse("the president").orElseThrow()
            .canName(RoleTitle.parse("Latvian President").orElseThrow()), "a bare one-word title names no office");
        assertEquals(Optional.empty(), RoleTitle.parse("the former Secretary General"));
        assertEquals(Optional.empty(), RoleTitle.parse("the lawyer"));
    }

    private static AnalysedArticle analysed(String id, String body, LocalDate published) {
        Article article = new Article(id, id + ".txt", null, "Headline", published == null ? null
            : Published.ofDate(published), null, List.of(), "en", body);
        Understanding u = READER.read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline(),
            u.roleSpoken());
    }

    private static AnalysedArticle article(List<AnalysedArticle> articles, String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Statement onlyStatement(List<AnalysedArticle> articles, String id) {
        List<Statement> statements = new ArrayList<>(article(articles, id).statements());
        assertEquals(1, statements.size(), id + ": " + statements);
        return statements.get(0);
    }
}
