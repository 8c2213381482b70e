package dev.corroborate.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FeedDatesTest {
    @Test
    void rfc822DatesBecomeIsoWithTheirOffset() {
        assertEquals("2025-03-04T09:30:00+01:00", FeedDates.toIso("Tue, 04 Mar 2025 09:30:00 +0100"));
        assertEquals("2025-03-04T09:30:00Z", FeedDates.toIso("Tue, 4 Mar 2025 09:30:00 GMT"));
        assertEquals("2025-03-04T09:30:00-07:00", FeedDates.toIso("Tue, 04 Mar 2025 09:30:00 PDT"));
        assertEquals("2025-03-04T09:30:00Z", FeedDates.toIso("04 Mar 2025 09:30:00 UT"));
    }

    @Test
    void isoDatesPassAndUnreadableOnesAreKeptAsWritten() {
        assertEquals("2025-10-06T11:00:00Z", FeedDates.toIso(" 2025-10-06T11:00:00Z "));
        assertEquals("2025-10-06", FeedDates.toIso("2025-10-06"));
        assertEquals("last Tuesday", FeedDates.toIso("last  Tuesday"));
        assertNull(FeedDates.toIso("  "));
    }
}
