package dev.corroborate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.core.Statement;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;

/** The corpus stage attributes "the Secretary General" by the role timeline before events are compared. */
class CorpusRoleSpeakersTest {
    private static final ArticleReader READER = new ArticleReader();

    @Test
    void theCorpusTellsWhoTheUnnamedSecretaryGeneralWas() {
        List<AnalysedArticle> stored = List.of(
            analysed("p1", "NORCOM Secretary General Anna Example said that the harbour treaty would be signed "
                + "before winter. Talks went on in Tarvik.", LocalDate.of(2023, 4, 3)),
            analysed("p2", "Officials gathered in Olmen. The Secretary General said that the harbour treaty was "
                + "ready for signing.", LocalDate.of(2023, 5, 9)));

        Analysis analysis = new CorpusAnalyzer().analyze(stored);

        AnalysedArticle p2 = analysis.articles().stream().filter(a -> a.id().equals("p2")).findFirst().orElseThrow();
        assertEquals(1, p2.statements().size());
        Statement s = p2.statements().get(0);
        assertEquals("Anna Example", s.speaker());
        assertEquals("p1", s.roleEvidence().articleId());
        assertEquals(LocalDate.of(2023, 4, 3), s.roleEvidence().taughtOn());
        assertTrue(p2.roleSpoken().isEmpty());
    }

    private static AnalysedArticle analysed(String id, String body, LocalDate published) {
        Article article = new Article(id, id + ".txt", null, "Harbour treaty", Published.ofDate(published), null,
            List.of(), "en", body);
        Understanding u = READER.read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline(),
            u.roleSpoken());
    }
}
