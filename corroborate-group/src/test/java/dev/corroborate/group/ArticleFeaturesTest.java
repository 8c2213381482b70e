package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;

/** What grouping counts of an article: the headline weighs more than body words, and without one the lead does. */
class ArticleFeaturesTest {
    /** A lead naming the subject, then sixty-odd words of background that share none of its words. */
    private static final String BODY = "Glassblower Mira Tolvan reopened the Kessel lighthouse workshop on Saturday. "
        + "filler ".repeat(ArticleFeatures.LEAD_FOR_HEADLINE) + "Harbour tides rose.";

    @Test
    void withoutAHeadlineTheLeadCountsAsOne() {
        Map<String, Integer> counts = counts(article(null));

        assertEquals(3, counts.get("glassblow"), "a lead word: once in the body, twice more as the headline");
        assertEquals(3, counts.get("kessel"));
        assertEquals(1, counts.get("harbour"), "a word past the lead counts once");
    }

    @Test
    void withAHeadlineTheLeadIsABodyLikeAnyOther() {
        Map<String, Integer> counts = counts(article("Kessel workshop lit again"));

        assertEquals(1, counts.get("glassblow"));
        assertEquals(4, counts.get("kessel"), "once in the body, three times as a headline word");
        assertEquals(1, counts.get("harbour"));
    }

    private static Map<String, Integer> counts(Article article) {
        AnalysedArticle a = new AnalysedArticle(article, List.of(), List.of(), List.of(), HeadlineCheck.noHeadline());
        Map<String, Integer> counts = new HashMap<>();
        ArticleFeatures.of(a, TextEmbedder.NONE).counts().forEach(counts::put);
        return counts;
    }

    private static Article article(String title) {
        return new Article("f-1", "f-1.txt", null, title, null, "Kessel Courier", List.of(), "en", BODY);
    }
}
