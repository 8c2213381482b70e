package dev.corroborate.extract.text;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** A short regional story as a dump prints it, for the tests that stack headlines, deks and labels over it. */
final class DamStoryDump {
    static final String BODY = """
        The regional water board will raise the Oska reservoir dam by two metres over the next three summers, its chair said on Monday.
        Engineers found that the dam could no longer hold the spring floods that have grown heavier in the valley since the winter storms.
        Farmers downstream welcomed the plan but asked the board to pay for the fields that the works will flood for a season.
        The board expects to put the contract out to tender in May and to start the works on the dam before the summer ends.
        """;

    /** A fixed clock, so that stamps in the fixtures are never read as future dates. */
    private static final TextDumpExtractor EXTRACTOR = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private DamStoryDump() {
    }

    /** @return the headline the extractor takes from the dump, read as if fetched from {@code url} (may be null) */
    static String titleOf(String dump, String url) throws NoArticleException {
        return EXTRACTOR.extract(new Page("id", "dump.txt", url, null, PageFormat.TEXT, dump)).title();
    }
}
