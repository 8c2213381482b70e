package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeExpressionsTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 5);

    private final TimeExpressions times = new TimeExpressions();

    @Test
    void abbreviatedMonthAndDay() {
        assertFound("The talks began on Nov. 7 in Marden.", PUBLISHED, "on Nov. 7=2024-11-07");
    }

    @Test
    void monthAndDayNotAfterPublicationStayInItsYear() {
        assertFound("The decree was signed on March 3 by the council.", PUBLISHED, "on March 3=2025-03-03");
    }

    @Test
    void monthAndDayTheDayAfterPublicationStayInItsYear() {
        assertFound("The vote is set for March 6 in the Assembly.", PUBLISHED, "March 6=2025-03-06");
    }

    @Test
    void monthAndDayLaterThanTheDayAfterPublicationIsLastYear() {
        assertFound("The decree is dated March 30 in the gazette.", PUBLISHED, "March 30=2024-03-30");
    }

    @Test
    void dayMonthYearNeedsNoPublicationDate() {
        assertFound("The ceasefire was signed on 14 October 2024 in Kestrel.", null, "on 14 October 2024=2024-10-14");
    }

    @Test
    void dayMonthWithoutYearOrPublicationIsUnresolved() {
        assertFound("The ferry stopped on 14 October in a storm.", null, "on 14 October=null");
    }

    @Test
    void weekdayIsTheLatestSuchDayUpToPublication() {
        assertFound("She spoke on Tuesday and on Wednesday.", PUBLISHED, "on Tuesday=2025-03-04",
            "on Wednesday=2025-03-05");
    }

    @Test
    void lastWeekdayOnThePublicationDayIsAWeekEarlier() {
        assertFound("They met last Wednesday in Marden.", PUBLISHED, "last Wednesday=2025-02-26");
    }

    @Test
    void weekdayWithoutPublicationIsUnresolved() {
        assertFound("She spoke on Tuesday in Marden.", null, "on Tuesday=null");
    }

    @Test
    void yesterdayAndToday() {
        assertFound("It flooded yesterday, and more rain is expected today.", PUBLISHED, "yesterday=2025-03-04",
            "today=2025-03-05");
    }

    @Test
    void impossibleDayIsUnresolved() {
        assertFound("Nothing happened on Feb. 30 in Veloria.", PUBLISHED, "on Feb. 30=null");
    }

    @Test
    void expressionsComeInTextOrder() {
        assertFound("On Tuesday the council met, and on March 1 the mayor spoke.", PUBLISHED,
            "On Tuesday=2025-03-04", "on March 1=2025-03-01");
    }

    @Test
    void onlyTheGivenWindowIsSearchedAndSpansAreAbsolute() {
        String text = "On Monday it rained. On Tuesday it stopped.";
        int from = text.indexOf("On Tuesday");

        List<TimeExpression> found = times.find(text, from, text.length(), PUBLISHED);

        assertEquals(1, found.size());
        assertEquals("On Tuesday", found.get(0).span().of(text));
        assertEquals(from, found.get(0).span().start());
    }

    @Test
    
    void sentenceFullStopIsNotPartOfTheDate() {
        assertFound("The talks ended on the 9th of November.", PUBLISHED, "on the 9th of November=2024-11-09");
    }

    private void assertFound(String text, LocalDate published, String... expected) {
        assertEquals(List.of(expected), times.find(text, 0, text.length(), published).stream()
            .map(t -> t.span().of(text) + "=" + t.day()).toList());
    }
}
