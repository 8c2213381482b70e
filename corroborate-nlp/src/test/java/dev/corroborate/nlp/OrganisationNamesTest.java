package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The full names of organisations that speak, on hand-written text. */
class OrganisationNamesTest {
    @Test
    void anOfTailCompletesTheName() {
        String body = "according to the National Conference of State Legislatures, 24 states agree";
        int end = body.indexOf(" of State");

        assertEquals("National Conference of State Legislatures",
            OrganisationNames.withOfTail(body, end, "National Conference"));
        assertEquals("Department", OrganisationNames.withOfTail("the Department said", 14, "Department"));
    }

    @Test
    void anAcronymTakesTheNameTheArticleSpellsOut() {
        String body = "News outlets report that the U.S. Drug Enforcement Administration warned pharmacies. "
            + "The United States said nothing. The DEA said the products were illegal.";

        assertEquals("U.S. Drug Enforcement Administration", OrganisationNames.expanded(body, "DEA"));
        assertEquals("United States", OrganisationNames.expanded(body, "U.S."));
        assertEquals("NHS", OrganisationNames.expanded(body, "NHS"));
    }
}
