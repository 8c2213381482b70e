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
        assertTrue(OccasionCues.reportsRetraction("Veloria Wire withdraws its report on the ferry contract"));
        assertTrue(OccasionCues.reportsRetraction("Water authority withdraws flood death toll it gave to inquiry"));
        assertTrue(OccasionCues.reportsRetraction("Ferry operator apologises: fares rose 4%, not 14%"));
    }

    @Test
    void ordinaryHeadlinesAreNot() {
        assertFalse(OccasionCues.reportsRetraction("Velk freezes island ferry fares"));
        assertFalse(OccasionCues.reportsRetraction("Reversible seats for the new Oska ferries"));
        assertFalse(OccasionCues.reportsRetraction("No apology from Velk as ferry fares rise"));
        assertFalse(OccasionCues.reportsRetraction(null));
    }

    @Test
    void withdrawingFromSomethingIsTheHappeningNotARetraction() {
        // Every report of the happening names the withdrawal: flagging some of them would split the event.
        assertFalse(OccasionCues.reportsRetraction("Actor Ren Albrecht withdraws from the Tallis biopic"));
        assertFalse(OccasionCues.reportsRetraction("The actor felt wrong for the part and chose to withdraw"));
        assertFalse(OccasionCues.reportsRetraction("Councillor withdraws as candidate for Oska mayor"));
    }
}
