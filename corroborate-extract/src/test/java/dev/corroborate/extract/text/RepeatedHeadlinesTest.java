package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/** Which repeated headings repeat a headline (and bound the body), and which are subheadings or labels. */
class RepeatedHeadlinesTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void tableOfContentsEntriesRepeatedAsSubheadingsDoNotCutTheGuide() throws Exception {
        String body = extract("kestrel-review-ebike-guide.txt");

        assertTrue(body.startsWith("We rode twelve electric bikes"), body);
        assertTrue(body.contains("The Tarro City Eight won"), body);
        assertTrue(body.endsWith("five hundred watt-hours or more before they buy."), body);
    }

    @Test
    void labelRecurringForEveryItemDoesNotCutTheList() throws Exception {
        String body = extract("dunmere-sports-prospect-board.txt");

        assertTrue(body.startsWith("Our scouts spent the last month"), body);
        assertTrue(body.endsWith("decide whether he stays in the top twenty."), body);
        assertFalse(body.contains("awards night"), body);
    }

    @Test
    void contentsEntryIsNotAHeadlineRow() {
        List<DumpLine> lines = List.of(
            heading(0, "How We Tested Every Bike on the Same Hills"),
            heading(1, "The Best Commuter E-Bike for Most Riders Today"),
            heading(2, "What Battery Size Do You Really Need Here?"),
            prose(3),
            heading(4, "The Best Commuter E-Bike for Most Riders Today"),
            prose(5));

        assertEquals(Set.of(), RepeatedHeadlines.rows(lines));
    }

    @Test
    void teaserPrintedOverItsSummaryThenListedAgainIsAHeadlineRow() {
        List<DumpLine> lines = List.of(
            heading(0, "Harbour ferry fares rise again from the first of May"),
            prose(1),
            heading(2, "Related Stories From the Harbour"),
            heading(3, "Harbour ferry fares rise again from the first of May"),
            heading(4, "Velor council delays the vote on the new bridge"),
            prose(5));

        assertEquals(Set.of(0, 3), RepeatedHeadlines.rows(lines));
    }

    @Test
    void lineRecurringFourTimesIsALabelNotAHeadline() {
        List<DumpLine> lines = new ArrayList<>();
        for (int i = 0; i < 8; i += 2) {
            lines.add(heading(i, "Previous Board Spot: Off the board entirely"));
            lines.add(prose(i + 1));
        }

        assertEquals(Set.of(), RepeatedHeadlines.rows(lines));
    }

    private static DumpLine heading(int index, String text) {
        return new DumpLine(index, text, LineKind.HEADING, text.split("\\s+").length);
    }

    private static DumpLine prose(int index) {
        String text = "The ferry company says the new fares will pay for two more boats on the evening route next year.";
        return new DumpLine(index, text, LineKind.PROSE, text.split("\\s+").length);
    }

    private String extract(String name) throws Exception {
        return extractor.extract(new Page("id", "dump.txt", null, null, PageFormat.TEXT, fixture(name))).body();
    }

    private static String fixture(String name) {
        try (InputStream in = RepeatedHeadlinesTest.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
