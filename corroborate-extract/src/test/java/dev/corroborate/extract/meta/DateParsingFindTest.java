package dev.corroborate.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Published;

/** Dates found in free text: bylines and date lines as pages write them. */
class DateParsingFindTest {
    @Test
    void clockWrittenBeforeTheDayIsKept() {
        Published p = DateParsing.find("Published 8:00 PM EST, Tue March 2, 2023").orElseThrow();
        assertEquals(LocalDate.of(2023, 3, 2), p.date());
        assertEquals(LocalTime.of(20, 0), p.time());
    }

    @Test
    void clockWrittenAfterTheDayStillReads() {
        Published p = DateParsing.find("March 2, 2023 - 9:05AM").orElseThrow();
        assertEquals(LocalDate.of(2023, 3, 2), p.date());
        assertEquals(LocalTime.of(9, 5), p.time());
    }

    @Test
    void aBareClockBeforeTheDayIsNotADateOfItsOwn() {
        Published p = DateParsing.find("Updated 11:40 March 4, 2023").orElseThrow();
        assertEquals(LocalDate.of(2023, 3, 4), p.date());
        assertEquals(LocalTime.of(11, 40), p.time());
    }

    @Test
    void monthWrittenInCapitalsReads() {
        Published p = DateParsing.find("Editor, Example Weekly NOV 6, 2023 8:41 am PST").orElseThrow();
        assertEquals(LocalDate.of(2023, 11, 6), p.date());
        assertEquals(LocalTime.of(8, 41), p.time());
        assertEquals(LocalDate.of(2023, 12, 21), DateParsing.find("DEC. 21, 2023").orElseThrow().date());
    }

    @Test
    void theShortestDateStillReadsAndTextWithFewerDigitsHasNone() {
        // "5/7/23" writes four digits, the fewest any date form does
        assertEquals(LocalDate.of(2023, 5, 7), DateParsing.find("Posted 5/7/23").orElseThrow().date());
        assertTrue(DateParsing.find("By the harbour desk, 3 min read").isEmpty());
        assertTrue(DateParsing.find("Posted 5/7/2").isEmpty());
    }
}
