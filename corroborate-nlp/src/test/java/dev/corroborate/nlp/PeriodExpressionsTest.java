package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodExpressionsTest {
    /** A Wednesday in November. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 13);

    private final TimeExpressions times = new TimeExpressions();

    @Test
    void lastSeasonIsTheLatestOneOverByPublication() {
        assertFound("The mayor warned last summer that the dam leaked.", PUBLISHED,
            "last summer=2024-06-01..2024-08-31");
        assertFound("The mayor warned last summer that the dam leaked.", LocalDate.of(2024, 7, 2),
            "last summer=2023-06-01..2023-08-31");
        assertFound("She said last winter that fares would rise.", LocalDate.of(2024, 1, 10),
            "last winter=2022-12-01..2023-02-28");
    }

    @Test
    void thisWinterInJanuaryBeganTheDecemberBefore() {
        assertFound("The board met this winter.", LocalDate.of(2024, 1, 10), "this winter=2023-12-01..2024-02-29");
    }

    @Test
    void partsOfAYearAreItsThirds() {
        assertFound("He first said so in late 2023, aides recall.", PUBLISHED, "in late 2023=2023-09-01..2023-12-31");
        assertFound("The plan was drawn up in early 2022 and in 2021.", PUBLISHED,
            "in early 2022=2022-01-01..2022-04-30", "in 2021=2021-01-01..2021-12-31");
    }

    @Test
    void aMonthWithoutItsYearIsTheLatestThatBeganByPublication() {
        assertFound("The council first raised it in March.", PUBLISHED, "in March=2024-03-01..2024-03-31");
        assertFound("The council first raised it in December.", PUBLISHED, "in December=2023-12-01..2023-12-31");
        assertFound("They met in mid-October 2021.", null, "in mid-October 2021=2021-10-11..2021-10-20");
    }

    @Test
    void lastWeekMonthAndYearAreTheWholeUnitBefore() {
        assertFound("She said last week and last month and last year.", PUBLISHED,
            "last week=2024-11-04..2024-11-10", "last month=2024-10-01..2024-10-31", "last year=2023-01-01..2023-12-31");
        assertFound("He said earlier this month that it would.", PUBLISHED, "earlier this month=2024-11-01..2024-11-13");
    }

    @Test
    void aDayInsideAMonthWinsOverTheMonth() {
        assertFound("The strike began in May 5 talks.", PUBLISHED, "May 5=2024-05-05");
    }

    @Test
    void nothingRelativeResolvesWithoutPublicationAndTheFutureDatesNoStatement() {
        assertFound("The mayor warned last summer and last week.", null);
        assertFound("The line will open in 2026, he said in 2024.", PUBLISHED, "in 2024=2024-01-01..2024-12-31");
    }

    private void assertFound(String text, LocalDate published, String... expected) {
        assertEquals(List.of(expected), times.find(text, 0, text.length(), published).stream()
            .map(t -> t.span().of(text) + "=" + (t.period() != null
                ? t.period().first() + ".." + t.period().last() : String.valueOf(t.day())))
            .toList());
    }
}
