package dev.corroborate.eval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateErrataTest {
    private static PageScore dated(String id, String goldDay, String predicted) {
        boolean correct = predicted != null && predicted.startsWith(goldDay);
        return new PageScore(id, 1, 1, true, true, correct, null, Double.NaN, 1, null,
            new PageComparison(null, null, goldDay, predicted, List.of(), List.of(), "body"));
    }

    private static DateErrata errata(Path dir, String json) throws IOException {
        Path file = dir.resolve("errata.json");
        Files.writeString(file, json);
        return DateErrata.read(file);
    }

    @Test
    void aCorrectedDayReplacesTheGoldOnlyInTheSecondFigure(@TempDir Path dir) throws IOException {
        DateErrata errata = errata(dir, """
            {"dates": {"p2": {"gold": "2021-03-04", "page": "2022-03-04", "kind": "wrong year",
                              "evidence": "visible stamp 4 March 2022"}}}""");
        List<PageScore> pages = List.of(
            dated("p1", "2020-01-01", "2020-01-01T09:00:00Z"),
            dated("p2", "2021-03-04", "2022-03-04T10:00:00+01:00"),
            dated("p3", "2020-05-05", null));
        assertEquals(1 / 3.0, ExtractionEvaluation.summarise(pages).dateAccuracy(), 1e-9);

        DateErrata.Scored corrected = errata.score(pages);

        assertEquals(2 / 3.0, corrected.accuracy(), 1e-9);
        assertEquals(1, corrected.applied());
        assertEquals(0, corrected.stale());
    }

    @Test
    void anErratumForAnotherGoldDayIsStaleAndNotApplied(@TempDir Path dir) throws IOException {
        DateErrata errata = errata(dir, """
            {"dates": {"p1": {"gold": "2019-07-07", "page": "2020-01-01"}}}""");
        List<PageScore> pages = List.of(dated("p1", "2020-01-02", "2020-01-01"));

        DateErrata.Scored corrected = errata.score(pages);

        assertEquals(0, corrected.accuracy(), 1e-9);
        assertEquals(0, corrected.applied());
        assertEquals(1, corrected.stale());
    }

    @Test
    void aDayThatIsNotIsoNamesThePageAndField(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> errata(dir, """
            {"dates": {"p9": {"gold": "2021-03-04", "page": "March 4"}}}"""));
        assertTrue(e.getMessage().contains("p9") && e.getMessage().contains("page"), e.getMessage());
    }
}
