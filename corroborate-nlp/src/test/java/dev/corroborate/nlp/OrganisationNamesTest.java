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
}
