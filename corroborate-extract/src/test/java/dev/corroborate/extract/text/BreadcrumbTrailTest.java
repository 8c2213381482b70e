package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A breadcrumb trail is a short line of links; a paragraph quoting prices in three currencies is not one. */
class BreadcrumbTrailTest {
    @Test
    void aTrailOfSectionsIsABoundary() {
        assertTrue(BoilerplateLexicon.isBoundaryLine("Home / News / Marden will rebuild its flooded ferry pier"));
    }

    @Test
    void aParagraphWithSlashSeparatedPricesIsNoTrail() {
        assertFalse(BoilerplateLexicon.isBoundaryLine("The Harbour X2 phone starts at $1,199 / £1,099 / AU$2,199, "
            + "which is a price rise over last year's model, though the base model now comes with twice the storage and "
            + "a faster charger in the box, and it goes on sale in Marden next week."));
    }
}
