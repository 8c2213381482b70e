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
        String and = "according to the Department of Housing and Urban Development, rents rose";
        assertEquals("Department of Housing and Urban Development",
            OrganisationNames.withOfTail(and, and.indexOf(" and"), "Department of Housing"));
        assertEquals("Marden Trust", OrganisationNames.withOfTail("the Marden Trust and Ada Vell", 16, "Marden Trust"));
    }

    @Test
    void theBoardIsTheLastBoardTheArticleNamed() {
        String body = "The Wessex Board of Harbours began taking bids in May. Bids closed early, the board said.";

        assertEquals("Wessex Board of Harbours",
            OrganisationNames.namedBefore(body, body.indexOf("the board"), "board"));
        assertEquals(null, OrganisationNames.namedBefore("Board members met. The board said no.", 19, "board"));
    }

    @Test
    void aWordSpeakingAloneIsTheNameItWasIntroducedBy() {
        String body = "Corvan Studios has spoken for the first time. Corvan wrote that the files were stolen.";

        assertEquals("Corvan Studios", OrganisationNames.introducedAs(body, "Corvan"));
        assertEquals("Marden", OrganisationNames.introducedAs("Marden, the town, said no. Marden wrote.", "Marden"));
    }
}
