package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.core.Published;

class RelativeStampTest {
    private static final Instant FETCHED = Instant.parse("2025-03-20T08:00:00Z");

    @Test
    void anAgeInDaysCountsBackFromTheFetchDay() {
        assertEquals(LocalDate.of(2025, 3, 17), day("Published 3 days ago"));
        assertEquals(LocalDate.of(2025, 3, 19), day("1 day ago"));
        assertEquals(LocalDate.of(2025, 3, 6), day("2 weeks ago"));
    }

    @Test
    void anAgeInHoursMayCrossMidnight() {
        assertEquals(LocalDate.of(2025, 3, 19), day("Posted 20 hours ago"));
        assertEquals(LocalDate.of(2025, 3, 20), day("an hour ago"));
        assertEquals(LocalDate.of(2025, 3, 20), day("45 mins ago"));
    }

    @Test
    void yesterdayAndTodayNameTheDayBeforeAndOfTheFetch() {
        assertEquals(LocalDate.of(2025, 3, 19), day("Published Yesterday"));
        assertEquals(LocalDate.of(2025, 3, 20), day("Today"));
    }

    @Test
    void aLineThatOnlyMentionsADayIsNoStamp() {
        assertNull(RelativeStamp.in(lines("Yesterday's Weather"), FETCHED));
        assertNull(RelativeStamp.in(lines("Three days ago the council met to vote on the harbour plan."), FETCHED));
        assertNull(RelativeStamp.in(lines("Updated 2 hours ago"), FETCHED));
    }

    @Test
    void theStampNearestTheBodyCounts() {
        List<DumpLine> header = List.of(
            new DumpLine(0, "5 days ago", LineKind.OTHER, 3),
            new DumpLine(1, "Harbour ferries strike for a second day", LineKind.HEADING, 7),
            new DumpLine(2, "Published 2 days ago", LineKind.OTHER, 4));

        assertEquals(LocalDate.of(2025, 3, 18), RelativeStamp.in(header, FETCHED).date());
    }

    @Test
    void theExtractorDatesAFetchedDumpByItsAgeStamp() throws Exception {
        String dump = """
            Harbour ferries strike for a second day
            By Ona Brask
            Published 2 days ago
            Ferry crews in Velor stayed off the boats for a second day on Tuesday, leaving commuters to queue for the \
            few buses that run along the coast road while the union and the operator traded offers.
            The operator said it had put a new offer on the table late on Monday evening, one that raised the night \
            shift allowance and promised two more crews for the winter timetable.
            Union officials said the offer did not address the rest breaks that crews have asked for since the spring, \
            and that the strike would go on until the operator met them at the table.
            """;
        Page fetched = new Page("id-ferries", "ferries.txt", null, FETCHED, PageFormat.TEXT, dump);
        Page undated = new Page("id-ferries", "ferries.txt", null, null, PageFormat.TEXT, dump);

        assertEquals(LocalDate.of(2025, 3, 18), new TextDumpExtractor().extract(fetched).published().date());
        assertNull(new TextDumpExtractor().extract(undated).published());
    }

    private static LocalDate day(String line) {
        Published found = RelativeStamp.in(lines(line), FETCHED);
        return found == null ? null : found.date();
    }

    private static List<DumpLine> lines(String text) {
        return List.of(new DumpLine(0, text, LineKind.OTHER, text.split("\\s+").length));
    }
}
