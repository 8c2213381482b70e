package dev.corroborate.eval.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.corroborate.core.Analysis;
import dev.corroborate.group.Grouping;
import dev.corroborate.ingest.InputFile;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.ingest.PageResult;
import dev.corroborate.pipeline.Corroborate;
import dev.corroborate.pipeline.Progress;
import dev.corroborate.pipeline.RunSummary;

/**
 * Scores the engine's events and storylines against a gold file ({@link GoldPage}): the gold pages are analysed
 * with the real pipeline into a fresh temporary store, each page given as its own input, and the predicted clusters
 * are compared with the gold ones pairwise and by BCubed. Pages that give no article are singleton clusters.
 */
public final class GroupingEvaluation {
    private final Corroborate corroborate;
    private final PageReader reader = new PageReader();
    private Path assignments;

    /** An evaluation of the default pipeline. */
    public GroupingEvaluation() {
        this(new Corroborate());
    }

    /** An evaluation of the given pipeline. */
    public GroupingEvaluation(Corroborate corroborate) {
        this.corroborate = corroborate;
    }

    /**
     * Also writes, for error analysis, one JSONL line per gold page with its gold and predicted event and its
     * headline: {@code {"source", "gold", "event", "title"}} (event null where the page gave no article), and on the
     * first line of each event, the event's {@code why}.
     *
     * @return this evaluation
     */
    public GroupingEvaluation writingAssignmentsTo(Path file) {
        this.assignments = file;
        return this;
    }

    /**
     * @param goldFile the JSONL gold; sources are relative to its folder
     * @param progress told per page analysed
     * @return the scores
     */
    public GroupingResult evaluate(Path goldFile, Progress progress) throws IOException {
        return evaluate(goldFile, progress, Map.of()).get(0);
    }

    /**
     * Scores the pipeline's grouping and, on the same analysed articles, each variant grouping: a threshold sweep
     * without analysing the pages again.
     *
     * @param variants named groupings to score beside the pipeline's own, in order
     * @return the pipeline's result first, then one per variant
     */
    public List<GroupingResult> evaluate(Path goldFile, Progress progress, Map<String, Grouping> variants)
        throws IOException {
        List<GoldPage> gold = GoldPage.readAll(goldFile);
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(goldFile + ": no gold pages");
        }
        Path folder = goldFile.toAbsolutePath().getParent();
        List<String> paths = new ArrayList<>(gold.size());
        Map<String, String> pageIds = new LinkedHashMap<>();
        Map<String, String> goldEvents = new LinkedHashMap<>();
        Map<String, String> goldStorylines = new LinkedHashMap<>();
        for (GoldPage page : gold) {
            String path = folder.resolve(page.source()).normalize().toString();
            paths.add(path);
            pageIds.put(page.source(), pageId(path));
            goldEvents.put(page.source(), page.event());
            // Storyline ids are only unique within the gold file, as event ids are; both are compared as given.
            goldStorylines.put(page.source(), page.storyline());
        }
        Path store = Files.createTempDirectory("corroborate-eval-group-");
        RunSummary run;
        try {
            run = corroborate.analyze(paths, store, progress);
        } finally {
            deleteRecursively(store);
        }
        List<GroupingResult> results = new ArrayList<>();
        results.add(score(run.analysis(), pageIds, goldEvents, goldStorylines, run.elapsed()));
        if (assignments != null) {
            writeAssignments(run.analysis(), pageIds, goldEvents);
        }
        for (Grouping variant : variants.values()) {
            long started = System.nanoTime();
            Grouping.Result regrouped = variant.group(run.analysis().articles());
            Analysis analysis = new Analysis(run.analysis().articles(), regrouped.events(), regrouped.storylines(),
                List.of());
            results.add(score(analysis, pageIds, goldEvents, goldStorylines,
                Duration.ofNanos(System.nanoTime() - started)));
        }
        return results;
    }

    private static GroupingResult score(Analysis analysis, Map<String, String> pageIds, Map<String, String> goldEvents,
                                        Map<String, String> goldStorylines, Duration elapsed) {
        PredictedGrouping predicted = PredictedGrouping.of(analysis, pageIds);
        return new GroupingResult(
            GroupingScores.of(goldEvents, predicted.events()),
            GroupingScores.of(only(goldEvents, predicted.withArticle()), only(predicted.events(), predicted.withArticle())),
            GroupingScores.of(goldStorylines, predicted.storylines()),
            pageIds.size(), predicted.withoutArticle(),
            distinct(goldEvents), distinct(predicted.events()),
            distinct(goldStorylines), distinct(predicted.storylines()),
            elapsed);
    }

    private void writeAssignments(Analysis analysis, Map<String, String> pageIds, Map<String, String> goldEvents)
        throws IOException {
        Map<String, String> eventOf = new HashMap<>();
        Map<String, List<String>> whyOf = new HashMap<>();
        analysis.events().forEach(e -> {
            e.articleIds().forEach(id -> eventOf.putIfAbsent(id, e.id()));
            whyOf.put(e.id(), e.why());
        });
        Set<String> explained = new HashSet<>();
        Map<String, String> titleOf = new HashMap<>();
        analysis.articles().forEach(a -> titleOf.put(a.id(), a.article().title()));
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> page : pageIds.entrySet()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("source", page.getKey());
            line.put("gold", goldEvents.get(page.getKey()));
            String event = page.getValue() == null ? null : eventOf.get(page.getValue());
            line.put("event", event);
            line.put("title", page.getValue() == null ? null : titleOf.get(page.getValue()));
            if (event != null && explained.add(event)) {
                line.put("why", whyOf.get(event));
            }
            lines.add(json.writeValueAsString(line));
        }
        Files.write(assignments, lines);
    }

    /** The labels of the given sources only. */
    private static Map<String, String> only(Map<String, String> labels, java.util.Set<String> sources) {
        Map<String, String> kept = new LinkedHashMap<>();
        labels.forEach((source, label) -> {
            if (sources.contains(source)) {
                kept.put(source, label);
            }
        });
        return kept;
    }

    /** The page id the pipeline will give this file, or null when it cannot be read as exactly one page. */
    private String pageId(String path) {
        List<PageResult> results = reader.read(new InputFile(Path.of(path), path));
        if (results.size() == 1 && results.get(0) instanceof PageResult.Loaded loaded) {
            return loaded.page().id();
        }
        return null;
    }

    private static int distinct(Map<String, String> labels) {
        return new HashSet<>(labels.values()).size();
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary store " + root, e);
        }
    }
}
