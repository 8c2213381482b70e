package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/**
 * Lines a dump prints near the article that read as a name but credit no writer: a subhead or a listed item inside
 * the text, a topic tag over the headline, menu words run together, a teaser's sentence with a date. A wrong byline is
 * worse than none.
 */
class BylineNotASubjectTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));

    private static final String HEAD = CupFinalDump.HEAD;
    private static final String BODY = CupFinalDump.BODY;

    @Test
    void aNameLineInsideTheTextIsASubheadNotTheByline() throws Exception {
        String[] paragraphs = BODY.split("\n", 2);
        String withSubhead = paragraphs[0] + "\nTessa Varn\n" + paragraphs[1];
        assertEquals(List.of(), authors(HEAD + withSubhead));
    }

    private List<String> authors(String dump) throws NoArticleException {
        return extractor.extract(new Page("p1", "test", null, null, PageFormat.TEXT, dump)).authors();
    }
}
