package dev.corroborate.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void stripsSiteNamesAndSections() {
        assertEquals("Budget passes", Titles.stripSiteName("Budget passes | Example News", null, null));
        assertEquals("Budget passes at last", Titles.stripSiteName("Budget passes at last - Politics - Example", null, null));
        assertEquals("Budget passes", Titles.stripSiteName("Example News: Budget passes", "Example News", null));
        assertEquals("Budget passes", Titles.stripSiteName("example - Budget passes", null, "www.example.com"));
    }

    @Test
    void keepsHeadlinesWithDashesInside() {
        assertEquals("Biden - Xi talks end without a deal on trade, officials say",
            Titles.stripSiteName("Biden - Xi talks end without a deal on trade, officials say", null, null));
        assertEquals("Why now? The answer is simple", Titles.stripSiteName("Why now? The answer is simple", null, null));
    }

    @Test
    void comparesLikeAReader() {
        assertTrue(Titles.same("Budget  passes!", "budget passes"));
    }
}
