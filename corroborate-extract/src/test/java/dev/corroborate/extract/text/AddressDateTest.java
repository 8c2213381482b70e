package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Published;

class AddressDateTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final String URL = "https://valleypost.example/news/2025/03/12/rovers-reach-the-final/";

    @Test
    void theAddressDatesAPageThatShowsNoDate() {
        assertEquals(LocalDate.of(2025, 3, 12), AddressDate.reconcile(null, false, URL, TODAY).date());
    }

    @Test
    void aDateDaysAwayFromTheAddressIsAMastheadsToday() {
        Published masthead = Published.ofDate(LocalDate.of(2025, 3, 15));

        assertEquals(LocalDate.of(2025, 3, 12), AddressDate.reconcile(masthead, false, URL, TODAY).date());
    }

    @Test
    void aDateADayApartKeepsItsClock() {
        Published stamp = new Published(LocalDate.of(2025, 3, 11), LocalTime.of(22, 30), null);

        assertEquals(stamp, AddressDate.reconcile(stamp, false, URL, TODAY));
    }

    @Test
    void withoutADatedAddressTheDateShownStands() {
        Published shown = Published.ofDate(LocalDate.of(2025, 3, 1));

        assertEquals(shown, AddressDate.reconcile(shown, false, "https://valleypost.example/news/rovers-reach-the-final", TODAY));
        assertNull(AddressDate.reconcile(null, false, null, TODAY));
    }

    @Test
    void anAddressDatedAfterTodayIsNoEvidence() {
        assertNull(AddressDate.reconcile(null, false, "https://valleypost.example/2025/06/01/preview/", TODAY));
    }

    @Test
    void theBylinesStampStandsAgainstAnOldAddress() {
        // a story refiled under the address of its first version: the byline shows the day it went out again
        Published bylined = Published.ofDate(LocalDate.of(2025, 3, 18));
        String old = "https://valleypost.example/news/2019-12-03-ways-to-recycle-a-tree";

        assertEquals(bylined, AddressDate.reconcile(bylined, true, old, TODAY));
        assertEquals(LocalDate.of(2019, 12, 3), AddressDate.reconcile(bylined, false, old, TODAY).date());
    }
}
