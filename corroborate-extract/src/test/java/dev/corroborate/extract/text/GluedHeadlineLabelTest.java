package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/** A breadcrumb or section label the dump ran into the headline's line: the bare headline printed too is taken. */
class GluedHeadlineLabelTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String BODY = """
        The regional water board will raise the Oska reservoir dam by two metres over the next three summers, its chair said on Monday.
        Engineers found that the dam could no longer hold the spring floods that have grown heavier in the valley since the winter storms.
        Farmers downstream welcomed the plan but asked the board to pay for the fields that the works will flood for a season.
        """;

    @Test
    void labelGluedBeforeTheHeadlineIsLeftOut() throws Exception {
        String dump = "Home News Valley Oska dam to rise two metres to hold spring floods\nNews\nValley\n"
            + "Oska dam to rise two metres to hold spring floods\nBy Ona Brask\n" + BODY;
        assertEquals("Oska dam to rise two metres to hold spring floods",
            extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).title());
    }

    @Test
    void headlinesOwnFirstPartAfterAColonStays() throws Exception {
        String dump = "The Oska dam: Board to raise it two metres for spring floods\nBy Ona Brask\n" + BODY
            + "Board to raise it two metres for spring floods\n";
        assertEquals("The Oska dam: Board to raise it two metres for spring floods",
            extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).title());
    }
}
