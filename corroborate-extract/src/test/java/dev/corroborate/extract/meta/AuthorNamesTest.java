package dev.corroborate.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorNamesTest {
    @Test
    void splitsBylinesAndDropsRolesOrganisationsAndEmails() {
        assertEquals(List.of("Jane Doe", "John Roe"), AuthorNames.parse("By Jane Doe and John Roe, Staff Writers"));
        assertEquals(List.of("Ann Smith"), AuthorNames.parse("ByAnn Smith | Updated 2:30 PM"));
        assertEquals(List.of("Ann Smith"), AuthorNames.parse("Ann Smith December 22, 2023"));
        assertEquals(List.of("Bob Jones"), AuthorNames.parse("Bob Jones, bob@example.com"));
        assertEquals(List.of(), AuthorNames.parse("The Associated Press"));
        assertEquals(List.of(), AuthorNames.parse("Example News Desk"));
        assertEquals(List.of("Mary O'Neil"), AuthorNames.parse("MARY O'NEIL"));
        assertEquals(List.of("Ludwig van Beethoven"), AuthorNames.parse("Written by Ludwig van Beethoven"));
    }

    @Test
    void aPagesControlsAndAFactBoxsKinLabelsAreNoNames() {
        assertFalse(AuthorNames.isPersonName("Social Sharing"));
        assertFalse(AuthorNames.isPersonName("Shop Similar Look"));
        assertFalse(AuthorNames.isPersonName("Sister Ana Lenz"));
    }

    @Test
    void aWebAddressIsNoName() {
        assertFalse(AuthorNames.isPersonName("VALLEYPOST.com Brand"));
        assertTrue(AuthorNames.isPersonName("J.R. Brask"));
        assertTrue(AuthorNames.isPersonName("Ona Brask Jr."));
    }

    @Test
    void trailingCredentialsAreNotPartOfTheName() {
        assertEquals(List.of("Mara Quill"), AuthorNames.parse("By Mara Quill MS, RD"));
        assertEquals(List.of("Tobias Fenn"), AuthorNames.parse("Tobias Fenn PhD"));
        // a lower-case particle that spells a credential stays
        assertEquals(List.of("Lina da Costa"), AuthorNames.parse("By Lina da Costa"));
    }

    @Test
    void personNames() {
        assertTrue(AuthorNames.isPersonName("Jane Doe"));
        assertFalse(AuthorNames.isPersonName("Jane"));
        assertFalse(AuthorNames.isPersonName("Senior Reporter"));
        assertEquals("jane doe", AuthorNames.normalise("  Jane   Doe. "));
    }

    @Test
    void aPagesControlsAndMenusNameNoPerson() {
        assertFalse(AuthorNames.isPersonName("Social Links"));
        assertFalse(AuthorNames.isPersonName("Columns Newsletters Podcasts"));
        assertFalse(AuthorNames.isPersonName("Hide Caption"));
        assertFalse(AuthorNames.isPersonName("Courtesy Ona Brask"));
        assertFalse(AuthorNames.isPersonName("Edit Profile"));
        assertFalse(AuthorNames.isPersonName("Presidents Week Deals"));
    }

    @Test
    void janIsAGivenNameNotAMonth() {
        assertEquals(List.of("Pieter Jan Voskuil"), AuthorNames.parse("Pieter Jan Voskuil"));
        assertEquals(List.of("Jan Brzezina"), AuthorNames.parse("By Jan Brzezina"));
        assertEquals(List.of("Ann Smith"), AuthorNames.parse("Ann Smith Jan. 4, 2024"));
    }

    @Test
    void theEdgeAndSpacePatternsRunOnlyWhereTheyCanChangeTheName() {
        String[] names = {"Jane Doe", "Jane  Doe", "Jane\tDoe", "Jane\u00a0Doe", ", Jane Doe.", "Jane Doe,", "'Jane Doe'",
            "“Jane Doe”", "Jane Doe\u2028", "Jane Doe,\u2028", "Jane Doe\n", " Jane Doe ", "J. Doe", "Jane Doe Jr.", "",
            "-", "Jane Doe 3", "Åsa Öberg", "Jane Doe\u0001"};
        for (String n : names) {
            assertEquals(AuthorNames.NAME_EDGES.matcher(n).replaceAll(""),
                AuthorNames.trimEdges(AuthorNames.NAME_EDGES, n), n);
            assertEquals(AuthorNames.EDGE_PUNCTUATION.matcher(n).replaceAll(""),
                AuthorNames.trimEdges(AuthorNames.EDGE_PUNCTUATION, n), n);
            assertEquals(AuthorNames.WHITESPACE_RUNS.matcher(n).replaceAll(" "),
                AuthorNames.singleSpaced(AuthorNames.WHITESPACE_RUNS, n), n);
            assertEquals(AuthorNames.SPACE_RUNS.matcher(n).replaceAll(" "),
                AuthorNames.singleSpaced(AuthorNames.SPACE_RUNS, n), n);
        }
    }

    @Test
    void aHyphenatedOutletWordMakesAnOrganisation() {
        assertFalse(AuthorNames.isPersonName("Dunmore Valley Ledger-Herald"));
        assertTrue(AuthorNames.isPersonName("Rosa-Lee Vantreck"));
    }

    @Test
    void anOutletWrittenStraightAfterTheNameIsCut() {
        assertEquals(List.of("Orla Pennick"), AuthorNames.parse("By Orla Pennick The Quarry Bay Ledger"));
        assertEquals(List.of(), AuthorNames.parse("The Quarry Bay Ledger"));
    }

    @Test
    void aDatelineAfterTheNameIsCut() {
        assertEquals(List.of("Tamsin Wrey", "Jory Castell"), AuthorNames.parse("Tamsin Wrey and Jory Castell in Port Amble"));
    }

    @Test
    void anOutletAcronymBeforeASectionIsNoPerson() {
        assertFalse(AuthorNames.isPersonName("KVRB Gardens"));
        assertTrue(AuthorNames.isPersonName("TJ Marlowe"));
        assertEquals(List.of("Hester Quaile"), AuthorNames.parse("HESTER QUAILE"));
    }

    @Test
    void theWriterOfAnAsToldToStoryIsTheOneItWasToldTo() {
        assertEquals(List.of("Wren Halloway"), AuthorNames.parse("Bertil Sand as told to Wren Halloway"));
    }

    @Test
    void aBylineGivingOnlyAUserNameGivesIt() {
        assertEquals("TamsinWrey", AuthorNames.userName("Published By :, TamsinWrey"));
        assertEquals("MrQuarry", AuthorNames.userName("by MrQuarry,"));
        assertEquals(List.of(), AuthorNames.parse("By TamsinWrey"));
    }

    @Test
    void aNameAWordOrALowerCaseLoginIsNoUserName() {
        assertNull(AuthorNames.userName("By Tamsin Wrey"));
        assertNull(AuthorNames.userName("By Tamsin"));
        assertNull(AuthorNames.userName("By tamsinwrey"));
        assertNull(AuthorNames.userName("By TamsinWrey and JoryCastell"));
        assertNull(AuthorNames.userName("By Tamsin_Wrey"));
        assertNull(AuthorNames.userName("By Staff"));
    }

    @Test
    void aWebAddressIsNoPartOfAName() {
        assertEquals(List.of(), AuthorNames.parse("By QUARRYBAY.net Brandworks"));
        assertEquals(List.of(), AuthorNames.parse("Ledger.com Brandworks"));
        assertEquals(List.of("J.R. Castell"), AuthorNames.parse("By J.R. Castell"));
    }

    @Test
    void aNewsroomNamedInAnotherLanguageIsNoPerson() {
        assertEquals(List.of(), AuthorNames.parse("QB Redazione"));
        assertEquals(List.of(), AuthorNames.parse("Redaktion Hafenblatt"));
        assertEquals(List.of("Lia Castell"), AuthorNames.parse("Lia Castell, Rédaction Quaiville"));
    }
}
