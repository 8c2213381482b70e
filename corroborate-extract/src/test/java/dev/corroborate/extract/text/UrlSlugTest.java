package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words a news address spells its headline with. */
class UrlSlugTest {
    @Test
    void slugSegmentWithoutIdsOrFileEnding() {
        UrlSlug slug = UrlSlug.of("https://www.valleypost.example/news/2025/03/oska-dam-to-rise-two-metres-1843221.html?ref=home");

        assertEquals(List.of("oska", "dam", "to", "rise", "two", "metres"), slug.words());
    }

    @Test
    void thePagesOwnNameComesAfterItsGuidesName() {
        UrlSlug slug = UrlSlug.of("https://wiki.example/wikis/valley-ferry-timetable-guide-for-winter/Harbour_Crane_Repair_Notes");

        assertEquals(List.of("harbour", "crane", "repair", "notes"), slug.words());
    }

    @Test
    void aHashsPartsAreNoWords() {
        UrlSlug slug = UrlSlug.of(
            "https://valleypost.example/local/oska-dam-to-rise/article_5a3f9c2e-8d1b-11ee-a4c2-3f9e0b7d1c55.html");

        assertEquals(List.of("oska", "dam", "to", "rise"), slug.words());
    }

    @Test
    void sectionPathsAndMissingAddressesHaveNoSlug() {
        assertNull(UrlSlug.of("https://www.valleypost.example/sport/football/"));
        assertNull(UrlSlug.of(null));
        assertNull(UrlSlug.of("not a url at all"));
    }

    @Test
    void coverageIsTheShareOfSlugWordsALineHolds() {
        UrlSlug slug = UrlSlug.of("https://valleypost.example/oska-dam-to-rise-two-metres");

        assertEquals(1.0, slug.coverage("Oska dam to rise two metres to hold spring floods"), 1e-9);
        assertEquals(0.5, slug.coverage("The Oska dam will rise"), 1e-9);
    }
}
