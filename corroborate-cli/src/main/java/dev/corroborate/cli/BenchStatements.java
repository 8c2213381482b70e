package dev.corroborate.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.corroborate.core.Article;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corroborate bench statements}: sentences per second of the statement stage (sentences, quotes, people,
 * statements and their dates) on one thread, over articles extracted beforehand, after a warm-up. Prints JSON.
 */
@Command(name = "statements", mixinStandardHelpOptions = true,
    description = "Sentences per second for the statement stage on one thread, over extracted article bodies.")
final class BenchStatements implements Callable<Integer> {
    @Mixin
    BenchCorpusOptions input;

    @Option(names = "--warmup-seconds", defaultValue = "5", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured time (default: ${DEFAULT-VALUE}).")
    double measureSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Article> articles = input.articles(spec.commandLine().getErr());
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("bench statements: no article could be extracted under " + input.root());
            return 1;
        }
        ArticleReader reader = new ArticleReader();
        runFor(reader, articles, warmupSeconds);
        long[] totals = runFor(reader, articles, measureSeconds);
        double seconds = totals[2] / 1e9;
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
            "{\"articles\": %d, \"passes\": %d, \"sentences\": %d, \"statements\": %d, \"seconds\": %.2f, "
                + "\"sentences_per_second\": %.0f, \"threads\": 1}",
            articles.size(), totals[3], totals[0], totals[1], seconds, totals[0] / seconds));
        return 0;
    }

    /** @return {sentences, statements, nanoseconds, passes} over whole passes until the time is spent */
    private static long[] runFor(ArticleReader reader, List<Article> articles, double seconds) {
        long sentences = 0;
        long statements = 0;
        long passes = 0;
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        do {
            for (Article article : articles) {
                Understanding understanding = reader.read(article);
                sentences += understanding.sentences().size();
                statements += understanding.statements().size();
            }
            passes++;
        } while (System.nanoTime() < until);
        return new long[] {sentences, statements, System.nanoTime() - start, passes};
    }
}
