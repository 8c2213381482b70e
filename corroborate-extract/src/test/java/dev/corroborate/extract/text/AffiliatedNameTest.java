package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AffiliatedNameTest {
    @Test
    void theOutletAfterTheNameIsLeftOut() {
        assertEquals("Ona Brask", AffiliatedName.of("Ona Brask Harlan Valley Gazette"));
        assertEquals("Ona Brask", AffiliatedName.of("Ona Brask Lakeside Courier-Post"));
        assertEquals("Ona Brask", AffiliatedName.of("Ona Brask VALLEY TODAY"));
        assertEquals("Ona Brask", AffiliatedName.of("Ona Brask Globe Correspondent"));
    }

    @Test
    void aMiddleInitialKeepsThreeWords() {
        assertEquals("Ona T. Brask", AffiliatedName.of("Ona T. Brask Valley Tribune"));
    }

    @Test
    void aRoleGluedToTheNameEndsIt() {
        assertEquals("Ona Brask", AffiliatedName.of("Ona BraskWriter"));
        assertEquals("Teo Lind", AffiliatedName.of("Teo LindData"));
        assertEquals("Teo Lind", AffiliatedName.of("Teo Lind VPNews"));
        assertEquals("Teo McDonald", AffiliatedName.of("Teo McDonaldEditor"));
    }

    @Test
    void aNameAloneOrASentenceIsNoAffiliatedByline() {
        assertNull(AffiliatedName.of("Ona Brask"));
        assertNull(AffiliatedName.of("Ona Brask and Teo Lind in the final"));
        assertNull(AffiliatedName.of("Ona Brask's Net Worth in Entertainment"));
    }

    @Test
    void aPictureCreditNamesNoWriter() {
        assertNull(AffiliatedName.of("Ona Brask - Valley Press Images"));
    }
}
