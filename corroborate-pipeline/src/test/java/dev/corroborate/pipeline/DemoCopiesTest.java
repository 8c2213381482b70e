package dev.corroborate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Claim;
import dev.corroborate.core.CopyLink;
import dev.corroborate.core.Event;
import dev.corroborate.ingest.PageReader;

/**
 * The demo's Northline Wire story (05) is republished by Meridian Daily (06, new headline, a cut paragraph) and The
 * Velorian Standard (07, word for word): both are linked to 05, sit in its event, and add no source to a claim.
 */
class DemoCopiesTest {
    @TempDir
    Path work;

    @Test
    void wireStoryAndItsTwoRepublicationsAreOneSourceInOneEvent() throws Exception {
        Path demo = Path.of("").toAbsolutePath().getParent().resolve("examples/demo");
        Analysis analysis = new Corroborate(new PageReader(), 1)
            .analyze(List.of(demo.toString()), work.resolve("store"), Progress.NONE).analysis();
        Map<String, String> fileOf = new HashMap<>();
        for (AnalysedArticle a : analysis.articles()) {
            fileOf.put(a.id(), Path.of(a.article().source()).getFileName().toString().substring(0, 2));
        }

        assertEquals(List.of("06 -> 05", "07 -> 05"), analysis.copies().stream()
            .map(l -> fileOf.get(l.copyId()) + " -> " + fileOf.get(l.originalId())).sorted().toList());
        CopyLink link = analysis.copies().get(0);
        Event event = analysis.events().stream().filter(e -> e.articleIds().contains(link.originalId())).findFirst()
            .orElseThrow();
        analysis.copies().forEach(l -> assertTrue(event.articleIds().contains(l.copyId()), "copy outside its event"));
        for (var coverage : analysis.coverage()) {
            for (Claim claim : coverage.claims()) {
                assertEquals(claim.sourceCount() >= 2, claim.support() == Claim.Support.CORROBORATED, claim.toString());
                assertTrue(claim.sourceCount() <= claim.articleCount());
            }
        }
    }
}
