package dev.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.corroborate.eval.extract.DateErrata;
import dev.corroborate.eval.extract.ExtractionErrors;
import dev.corroborate.eval.extract.ExtractionEvaluation;
import dev.corroborate.eval.extract.ExtractionScores;
import dev.corroborate.eval.group.Fnc1Stories;
import dev.corroborate.eval.group.GroupingEvaluation;
import dev.corroborate.group.Grouping;
import dev.corroborate.group.GroupingSettings;
import dev.corroborate.group.TextEmbedder;
import dev.corroborate.group.TimedEmbedder;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.pipeline.Corroborate;
import dev.corroborate.eval.group.GroupingResult;
import dev.corroborate.eval.statements.StatementEvaluation;
import dev.corroborate.eval.statements.StatementScores;
import dev.corroborate.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate eval ...}: scores against gold data, printed as JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the engine against a gold dataset.",
    subcommands = {EvalCommand.Extract.class, EvalCommand.Group.class, EvalCommand.Fnc1StoriesCommand.class,
        EvalCommand.Statements.class})
final class EvalCommand {

    /** {@code eval extract --dataset DIR [--as-text] [--json]}. */
    @Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score article extraction on a dataset in the ScrapingHub layout (html/<id>.html[.gz] and "
            + "ground-truth.json): body 4-gram F1, date, title and author accuracy.")
    static final class Extract implements Callable<Integer> {
        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The dataset folder.")
        Path dataset;

        @Option(names = "--as-text", description = "Render each page to a plain-text dump first and extract from that.")
        boolean asText;

        @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
            description = "List the N worst pages per metric (body, date, title, authors), gold beside predicted.")
        int errors;

        @Option(names = "--per-page", paramLabel = "FILE", description = "Write every page's scores, gold and "
            + "prediction as JSON keyed by page id (readable as predictions by score_extraction.py).")
        Path perPage;

        @Option(names = "--gold-errata", paramLabel = "FILE", description = "A file of gold days the pages "
            + "themselves contradict, with their evidence (e.g. gold/naeb-date-errata.json): adds "
            + "date_accuracy_errata, scored with those days corrected, beside the raw date_accuracy.")
        Path goldErrata;

        @Mixin
        JsonOutput output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DateErrata errata = goldErrata == null ? null : DateErrata.read(goldErrata);
            ExtractionScores scores = ExtractionEvaluation.run(dataset, asText);
            if (perPage != null) {
                ExtractionErrors.writePerPage(scores, perPage);
            }
            String forPeople = scores.summary(asText);
            if (errors > 0) {
                forPeople = ExtractionErrors.worst(scores, errors) + forPeople;
            }
            Map<String, Object> withErrata = new LinkedHashMap<>();
            if (errata != null) {
                DateErrata.Scored corrected = errata.score(scores.perPage());
                withErrata.put("date_accuracy_errata", corrected.accuracy());
                withErrata.put("errata_applied", corrected.applied());
                withErrata.put("errata_stale", corrected.stale());
                forPeople += String.format(Locale.ROOT, "%nDate with the errata of %s: %.3f (%d applied, %d stale).",
                    goldErrata, corrected.accuracy(), corrected.applied(), corrected.stale());
            }
            output.print(spec.commandLine().getOut(), forPeople, scores.toJson(withErrata));
            return 0;
        }
    }

    /** {@code eval group --gold FILE [--json]}. */
    @Command(name = "group", mixinStandardHelpOptions = true,
        description = "Score events and storylines against a JSONL gold ({\"source\", \"event\", \"storyline\"} a "
            + "line, sources relative to the gold file): the pages are analysed into a fresh temporary store, then "
            + "scored pairwise and by BCubed.")
    static final class Group implements Callable<Integer> {
        private static final int PROGRESS_MIN_PAGES = 50;

        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The JSONL gold file.")
        Path gold;

        @Option(names = "--embeddings", description = "Also embed headline and lead with the in-process bge-small "
            + "model and mix its similarity in (embeddingWeight); prints the embedding throughput on stderr.")
        boolean embeddings;

        @Option(names = "--variant", paramLabel = "NAME=VALUE[,NAME=VALUE...]",
            description = "Also score the grouping with these settings changed (repeatable; names as in "
                + "GroupingSettings, e.g. eventSimilarity=0.3), on the same analysed pages; one line each on stderr.")
        List<String> variants = new ArrayList<>();

        @Option(names = "--assignments", paramLabel = "FILE", description = "Also write each gold page's gold and "
            + "predicted event and headline to FILE as JSONL, for error analysis.")
        Path assignments;

        @Mixin
        JsonOutput output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            // The bar goes to stderr, so it never mixes with the JSON on stdout.
            Progress progress = System.console() != null
                ? new ProgressBar(System.err, PROGRESS_MIN_PAGES) : Progress.NONE;
            GroupingSettings settings = GroupingSettings.defaults();
            TimedEmbedder embedder = new TimedEmbedder(embeddings ? TextEmbedder.bgeSmall() : TextEmbedder.NONE);
            Map<String, Grouping> groupings = new LinkedHashMap<>();
            for (String variant : variants) {
                groupings.put(variant, new Grouping(settings.with(variant), embedder));
            }
            Corroborate pipeline = new Corroborate(new PageReader(), Runtime.getRuntime().availableProcessors(),
                new Grouping(settings, embedder));
            GroupingEvaluation evaluation = new GroupingEvaluation(pipeline);
            if (assignments != null) {
                evaluation.writingAssignmentsTo(assignments);
            }
            List<GroupingResult> results = evaluation.evaluate(gold, progress, groupings);
            GroupingResult result = results.get(0);
            if (embeddings) {
                System.err.println(embedder.summary());
            }
            int i = 1;
            for (String variant : variants) {
                System.err.println("variant " + variant + ": " + results.get(i++).oneLine());
            }
            output.print(spec.commandLine().getOut(), result.summary(), result.toJson());
            return 0;
        }
    }

    /** {@code eval fnc1-stories --data DIR --out DIR}. */
    @Command(name = "fnc1-stories", mixinStandardHelpOptions = true,
        description = "Derive grouping dev data from the FNC-1 training split: bodies joined through a shared related "
            + "headline form one story; writes OUT/pages/<body id>.txt and OUT/gold.jsonl for 'eval group'.")
    static final class Fnc1StoriesCommand implements Callable<Integer> {
        @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The folder holding train_bodies.csv and train_stances.csv.")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write pages and gold.")
        Path outDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Fnc1Stories stories = Fnc1Stories.read(data);
            stories.write(outDir);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d bodies in %d stories; wrote %s and %s%n", stories.bodies().size(), stories.storyCount(),
                outDir.resolve("pages"), outDir.resolve("gold.jsonl"));
            out.flush();
            return 0;
        }
    }

    /** {@code eval statements --gold FILE --dataset DIR [--json]}. */
    @Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Score who-said-what against a JSONL statement gold ({\"page\", \"speaker\", \"kind\", "
            + "\"start\", \"end\"} a line, offsets into the page's gold articleBody) on a dataset in the ScrapingHub "
            + "layout: statement precision/recall/F1 (content overlapping at least half the gold span) and the same "
            + "with the speaker required. Without --json the errors are listed first, as gold-body offsets.")
    static final class Statements implements Callable<Integer> {
        @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The JSONL statement gold.")
        Path gold;

        @Option(names = "--dataset", required = true, paramLabel = "DIR",
            description = "The dataset folder (html/ and ground-truth.json).")
        Path dataset;

        @Mixin
        JsonOutput output;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            StatementScores scores = StatementEvaluation.run(gold, dataset);
            output.print(spec.commandLine().getOut(), scores.errors(), scores.toJson());
            return 0;
        }
    }
}
