package dev.corroborate.eval.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class ExtractionBenchTest {
    private static final List<Page> PAGES = List.of(
        new Page("a", "a.txt", null, null, PageFormat.TEXT, "The ferry board froze the winter fares."),
        new Page("b", "b.txt", null, null, PageFormat.TEXT, "menu"));

    @Test
    void countsEveryPageOfEveryRoundAndDigestsTheOutputs() {
        ExtractionSpeed speed = new ExtractionBench(ExtractionBenchTest::firstWordArticle).run(PAGES, 1, 3, 2);
        assertEquals(2, speed.pages());
        assertEquals(3, speed.rounds());
        assertEquals(2, speed.threads());
        assertEquals(16, speed.outputDigest().length());
    }

    @Test
    void digestChangesWhenWhatIsExtractedChanges() {
        String same = new ExtractionBench(ExtractionBenchTest::firstWordArticle).run(PAGES, 0, 1, 1).outputDigest();
        String again = new ExtractionBench(ExtractionBenchTest::firstWordArticle).run(PAGES, 0, 1, 1).outputDigest();
        String other = new ExtractionBench(p -> {
            throw new NoArticleException("none");
        }).run(PAGES, 0, 1, 1).outputDigest();
        assertEquals(same, again);
        assertNotEquals(same, other);
    }

    @Test
    void fastestOfRoundsTakesEachPagesMinimum() {
        // two pages, three rounds: ms[round * pages + page]
        double[] ms = {5, 9, 3, 12, 4, 10};
        assertArrayEquals(new double[] {3, 9}, ExtractionBench.fastestOfRounds(ms, 2));
    }

    @Test
    void percentileIsNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, ExtractionBench.percentile(sorted, 0.5));
        assertEquals(9, ExtractionBench.percentile(sorted, 0.9));
    }

    @Test
    void noPagesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionBench().run(List.of(), 0, 1, 1));
    }

    private static Article firstWordArticle(Page page) throws NoArticleException {
        if (page.content().length() < 10) {
            throw new NoArticleException("too short");
        }
        return new Article(page.id(), page.source(), null, page.content().split(" ")[0], null, null, List.of(), "en",
            page.content());
    }
}
