package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;

/** Which statement dates tell an article's occasion; fictional pages from the Republic of Veloria. */
class StatedDayTest {
    private static final ArticleReader READER = new ArticleReader();
    private static final LocalDate THURSDAY = LocalDate.of(2025, 4, 10);

    @Test
    void aStatementDatedInItsOwnSentenceGivesTheDay() {
        AnalysedArticle a = analysed(THURSDAY, """
            "The islands will not pay for the price of fuel," Transport Minister Dara Velk said on Wednesday.""");

        assertEquals(LocalDate.of(2025, 4, 9), StatedDay.of(a));
    }

    @Test
    void aSelfDatedStatementOutweighsDatesInheritedFromABackgroundSentence() {
        AnalysedArticle a = analysed(THURSDAY, """
            Transport Minister Dara Velk opened the new ferry pier at Oska Harbour on Tuesday.

            "Islanders should not pay more to reach a doctor," Velk said.

            "A ferry ticket is a bus ticket for islanders," Velk said.

            "The state will pay the fuel bill," Velk said on Wednesday.""");

        assertEquals(LocalDate.of(2025, 4, 9), StatedDay.of(a));
    }

    @Test
    void anInheritedDateCountsWhenNoStatementDatesItself() {
        AnalysedArticle a = analysed(THURSDAY, """
            Transport Minister Dara Velk spoke to islanders at the new ferry pier in Oska Harbour on Wednesday.

            "Islanders should not pay more to reach a doctor," Velk said.""");

        assertEquals(LocalDate.of(2025, 4, 9), StatedDay.of(a));
    }

    @Test
    void aRecapOfAnOlderOccasionIsTooOldToCount() {
        AnalysedArticle a = analysed(THURSDAY, """
            "Islanders should not pay more to reach a doctor," Transport Minister Dara Velk had said on Monday.

            "The islands will not pay for the price of fuel," Velk said on Wednesday.""");

        assertEquals(LocalDate.of(2025, 4, 9), StatedDay.of(a));
    }

    @Test
    void onlyARecapLeavesNoDay() {
        AnalysedArticle a = analysed(THURSDAY, """
            "Ferry fares will be frozen for a year," Transport Minister Dara Velk said on Monday.""");

        assertNull(StatedDay.of(a));
    }

    private static AnalysedArticle analysed(LocalDate published, String body) {
        Article article = new Article("sd", "sd.txt", null, "Ferry fares", Published.ofDate(published),
            "Veloria Wire", List.of(), "en", body);
        Understanding u = READER.read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline());
    }
}
