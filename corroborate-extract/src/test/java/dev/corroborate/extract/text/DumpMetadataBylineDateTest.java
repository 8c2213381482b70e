package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Published;

class DumpMetadataBylineDateTest {
    private final DumpMetadata metadata = new DumpMetadata(LocalDate.of(2025, 3, 20));

    @Test
    void aDateOnTheLineUnderTheBylineIsItsStamp() {
        List<DumpLine> header = List.of(
            new DumpLine(0, "Ways to recycle your old tree", LineKind.HEADING, 6),
            new DumpLine(1, "By Ona Brask", LineKind.OTHER, 3),
            new DumpLine(2, "March 18, 2025", LineKind.OTHER, 3));

        assertTrue(metadata.onByline(header, Published.ofDate(LocalDate.of(2025, 3, 18))));
    }

    @Test
    void aDateOnTheBylineItselfIsItsStamp() {
        List<DumpLine> header = List.of(new DumpLine(0, "By Ona Brask, March 18, 2025", LineKind.OTHER, 5));

        assertTrue(metadata.onByline(header, Published.ofDate(LocalDate.of(2025, 3, 18))));
    }

    @Test
    void aDateAwayFromTheBylineIsNot() {
        // the masthead's "today" above the headline, with a byline further down that shows no date
        List<DumpLine> header = List.of(
            new DumpLine(0, "Thursday, March 20, 2025", LineKind.OTHER, 4),
            new DumpLine(1, "Ways to recycle your old tree", LineKind.HEADING, 6),
            new DumpLine(2, "By Ona Brask", LineKind.OTHER, 3),
            new DumpLine(4, "March 20, 2025", LineKind.OTHER, 3));
        Published shown = Published.ofDate(LocalDate.of(2025, 3, 20));

        assertFalse(metadata.onByline(header, shown));
        assertFalse(metadata.onByline(header, null));
    }
}
