package dev.corroborate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.core.Analysis;
import dev.corroborate.ingest.PageReader;

/**
 * The project's demo corpus ({@code examples/demo}) fed one page per run, newest file first, into one store gives
 * the same events and storylines as analysing the folder at once: the persisted grouping carries on without drift.
 */
class DemoIncrementalTest {
    @TempDir
    Path work;

    @Test
    void oneRunPerPageInReverseOrderGroupsAsOneRunOverTheFolder() throws Exception {
        Path demo = Path.of("").toAbsolutePath().getParent().resolve("examples/demo");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(demo)) {
            pages = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
        }
        Collections.reverse(pages);

        Analysis batch = new Corroborate(new PageReader(), 1)
            .analyze(List.of(demo.toString()), work.resolve("batch"), Progress.NONE).analysis();
        Analysis incremental = null;
        for (Path page : pages) {
            incremental = new Corroborate(new PageReader(), 1)
                .analyze(List.of(page.toString()), work.resolve("incremental"), Progress.NONE).analysis();
        }

        assertEquals(groups(batch), groups(incremental));
        assertEquals(batch.storylines().stream().map(s -> s.eventIds().toString()).collect(Collectors.toSet()),
            incremental.storylines().stream().map(s -> s.eventIds().toString()).collect(Collectors.toSet()));
    }

    private static Set<String> groups(Analysis analysis) {
        Set<String> events = new TreeSet<>();
        analysis.events().forEach(e -> events.add(new TreeSet<>(e.articleIds()).toString()));
        return events;
    }
}
