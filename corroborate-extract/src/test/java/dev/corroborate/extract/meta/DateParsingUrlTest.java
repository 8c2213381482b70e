package dev.corroborate.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateParsingUrlTest {
    @Test
    void readsDatesInUrlPaths() {
        assertEquals(LocalDate.of(2023, 11, 14), DateParsing.fromUrl("https://x.com/2023/11/14/story").orElseThrow().date());
        assertEquals(LocalDate.of(2023, 11, 14), DateParsing.fromUrl("https://x.com/news/2023-11-14-story").orElseThrow().date());
        assertEquals(LocalDate.of(2023, 11, 14), DateParsing.fromUrl("https://x.com/20231114/story").orElseThrow().date());
        assertEquals(LocalDate.of(2023, 12, 21), DateParsing.fromUrl("https://x.com/checks/2023/dec/21/story/").orElseThrow().date());
        assertEquals(LocalDate.of(2023, 9, 5), DateParsing.fromUrl("https://x.com/world/2023/Sep/05/story").orElseThrow().date());
        assertTrue(DateParsing.fromUrl("https://x.com/2023/foo/21/story").isEmpty());
        assertTrue(DateParsing.fromUrl("https://x.com/2023/13/45/story").isEmpty());
        assertTrue(DateParsing.fromUrl("https://x.com/story-12345678").isEmpty());
        assertTrue(DateParsing.fromUrl(null).isEmpty());
    }

    @Test
    void aNumberOpeningTheSlugUnderAYearAndMonthIsNoDay() {
        // "/2023/12/16-new-officers-sworn-in": a month's folder, then a headline opening with a count
        assertTrue(DateParsing.fromUrl("https://x.com/local/2023/12/16-new-officers-sworn-in.html").isEmpty());
        assertEquals(LocalDate.of(2023, 12, 16), DateParsing.fromUrl("https://x.com/local/2023-12-16-officers").orElseThrow().date());
    }
}
