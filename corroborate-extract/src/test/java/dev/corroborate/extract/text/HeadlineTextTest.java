package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class HeadlineTextTest {
    private static final String HEADLINE = "Harlan City ferry returns to service after winter repairs";

    @Test
    void aShareBarsLabelGoesWhenThePagePrintsTheHeadlineAlone() {
        assertEquals(HEADLINE, pick("SHARE " + HEADLINE, HEADLINE));
        assertEquals(HEADLINE, pick("Share All sharing options for: " + HEADLINE, HEADLINE));
        assertEquals(HEADLINE, pick("now reading: " + HEADLINE, HEADLINE));
    }

    @Test
    void aCitationsDateAndAddressGo() {
        assertEquals(HEADLINE, pick("Citation: " + HEADLINE + " (2025, March 3) retrieved 5 March 2025 from https://x.example/a",
            HEADLINE));
    }

    @Test
    void aMediaTagGoes() {
        assertEquals(HEADLINE, pick(HEADLINE + " [Watch]"));
        assertEquals(HEADLINE, pick(HEADLINE + " (video)"));
    }

    @Test
    void aHeadlinesOwnFirstPartStays() {
        String full = "The Harbour Question: " + HEADLINE;
        assertEquals(full, pick(full, HEADLINE));
        assertEquals(HEADLINE + ": what riders need to know", pick(HEADLINE + ": what riders need to know", HEADLINE));
    }

    @Test
    void aSectionOrOutletTagAfterABarGoes() {
        assertEquals(HEADLINE, pick(HEADLINE + " | Editorial"));
        assertEquals(HEADLINE, pick(HEADLINE + " | The Harlan Courier"));
    }

    @Test
    void aBarInsideTheHeadlineOrBeforeALongerPartStays() {
        assertEquals("Ferry fares | Explained", pick("Ferry fares | Explained"));
        String twoParts = "Best ferry routes | Ten crossings our writers took this winter";
        assertEquals(twoParts, pick(twoParts));
    }

    /** The headline picked from the first line, with the other lines elsewhere on the page. */
    private static String pick(String picked, String... others) {
        List<DumpLine> lines = new ArrayList<>();
        lines.add(line(0, picked));
        for (String other : others) {
            lines.add(line(lines.size(), other));
        }
        return HeadlineText.of(lines.get(0), lines);
    }

    private static DumpLine line(int index, String text) {
        return new DumpLine(index, text, LineKind.HEADING, text.split("\\s+").length);
    }
}
