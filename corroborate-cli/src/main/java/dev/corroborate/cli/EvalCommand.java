package dev.corroborate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.corroborate.eval.extract.ExtractionEvaluation;
import dev.corroborate.eval.extract.ExtractionScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corroborate eval ...}: scores against gold data, printed as JSON. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Score the engine against a gold dataset.",
    subcommands = {EvalCommand.Extract.class})
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

        @Option(names = "--json", description = "Print only the JSON figures.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            ExtractionScores scores = ExtractionEvaluation.run(dataset, asText);
            spec.commandLine().getOut().println(scores.toJson());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
