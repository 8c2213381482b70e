package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OccasionCuesTest {
    @Test
    void retractionsAndReversalsAreCues() {
        assertTrue(OccasionCues.reportsRetraction("Velk retracts ferry fare freeze"));
        assertTrue(OccasionCues.reportsRetraction("Council walks back plan to close Oska library"));
        assertTrue(OccasionCues.reportsRetraction("Minister withdrew her pledge, aides say"));
        assertTrue(OccasionCues.reportsRetraction("Port authority U-turn on crane fees"));
    }

    @Test
    void ordinaryHeadlinesAreNot() {
        assertFalse(OccasionCues.reportsRetraction("Velk freezes island ferry fares"));
        assertFalse(OccasionCues.reportsRetraction("Reversible seats for the new Oska ferries"));
        assertFalse(OccasionCues.reportsRetraction(null));
    }
}
