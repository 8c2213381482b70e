package dev.corroborate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Event;

/**
 * The five seed pages of PRODUCT.md ({@code ../shared/corpus/seeds}, skipped when absent) fed one run at a time,
 * in several orders, into one store: each run places only its new page on the persisted grouping, and the end
 * result is the worked example's four events and one storyline whatever the order.
 */
@EnabledIf("seedsPresent")
class SeedsIncrementalTest {
    @TempDir
    Path work;

    static boolean seedsPresent() {
        return Files.isDirectory(seeds());
    }

    private static Path seeds() {
        return Path.of("").toAbsolutePath().getParent().resolve("../shared/corpus/seeds").normalize();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01234", "43210", "20413", "31042", "14302", "04213"})
    void seedsFedOneAtATimeGiveTheWorkedExample(String order) throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.list(seeds())) {
            pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(5, pages.size());
        Path store = work.resolve("store");
        RunSummary last = null;
        for (char c : order.toCharArray()) {
            last = new Corroborate(new dev.corroborate.ingest.PageReader(), 1)
                .analyze(List.of(pages.get(c - '0').toString()), store, Progress.NONE);
            assertEquals(1, last.added());
            assertTrue(last.warnings().isEmpty(), last.warnings()::toString);
        }
        Analysis analysis = last.analysis();
        Map<String, String> seedOf = new HashMap<>();
        for (AnalysedArticle a : analysis.articles()) {
            seedOf.put(a.id(), Path.of(a.article().source()).getFileName().toString().substring(0, 3));
        }
        Set<String> events = new TreeSet<>();
        for (Event e : analysis.events()) {
            List<String> members = new ArrayList<>();
            e.articleIds().forEach(id -> members.add(seedOf.get(id)));
            events.add(String.join("+", new TreeSet<>(members)));
        }
        assertEquals(new TreeSet<>(List.of("000+001", "002", "003", "004")), events, "order " + order);
        assertEquals(1, analysis.storylines().size(), "order " + order);
    }
}
