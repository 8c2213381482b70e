package dev.corroborate.eval.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Article;
import dev.corroborate.core.Event;
import dev.corroborate.core.Storyline;

/** Reading the engine's events and storylines back onto gold pages. */
class PredictedGroupingTest {

    private static AnalysedArticle article(String id, String source) {
        return new AnalysedArticle(new Article(id, source, null, "t", null, null, List.of(), "en", "body"),
            List.of(), List.of(), List.of(), null);
    }

    @Test
    void pagesTakeTheirArticlesEventAndStorylineAndFailuresStandAlone() {
        Analysis analysis = new Analysis(
            List.of(article("p1", "x/a.txt"), article("p2", "x/b.txt"), article("p3", "x/c.txt"),
                article("p5", "x/e.txt")),
            List.of(new Event("e1", "E1", "s1", null, List.of("p1", "p2"), List.of()),
                new Event("e2", "E2", "s1", null, List.of("p3"), List.of())),
            List.of(new Storyline("s1", "S1", List.of("e1", "e2"), List.of())),
            List.of());
        Map<String, String> pageIds = new LinkedHashMap<>();
        pageIds.put("a.txt", "p1");
        pageIds.put("b.txt", "p2");
        pageIds.put("c.txt", "p3");
        pageIds.put("a-copy.txt", "p1"); // the same bytes as a.txt: stored once, grouped with it
        pageIds.put("d.txt", "p4");      // read, but no article came of it
        pageIds.put("e.txt", "p5");      // an article in no event
        pageIds.put("f.txt", null);      // could not be read
        PredictedGrouping predicted = PredictedGrouping.of(analysis, pageIds);

        assertEquals(Map.of("a.txt", "event:e1", "b.txt", "event:e1", "c.txt", "event:e2", "a-copy.txt", "event:e1",
            "d.txt", "page:d.txt", "e.txt", "page:e.txt", "f.txt", "page:f.txt"), predicted.events());
        assertEquals(Map.of("a.txt", "storyline:s1", "b.txt", "storyline:s1", "c.txt", "storyline:s1",
            "a-copy.txt", "storyline:s1", "d.txt", "page:d.txt", "e.txt", "page:e.txt", "f.txt", "page:f.txt"),
            predicted.storylines());
        assertEquals(2, predicted.withoutArticle());
    }
}
