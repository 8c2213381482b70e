package dev.corroborate.eval.statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Page;
import dev.corroborate.core.Statement;
import dev.corroborate.eval.extract.DatasetPages;
import dev.corroborate.eval.extract.GoldArticle;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.pipeline.PageAnalyzer;

/**
 * Scores who-said-what against a statement gold ({@link GoldStatement}, JSONL) on a dataset in the ScrapingHub layout
 * ({@code DIR/html/<id>.html[.gz]} and {@code DIR/ground-truth.json} with each page's gold {@code articleBody}).
 *
 * <p>Each gold page is read and run through the real per-page stages ({@link PageAnalyzer}). The predicted content
 * spans point into the extracted body, which differs from the gold body, so each is placed on the gold body by its
 * text ({@link SpanMapper}); one that cannot be placed still counts as a false positive. Predictions and gold are
 * then matched one-to-one ({@link StatementMatcher}: overlap of at least half the gold span, greedy by overlap), once
 * ignoring the speaker and once requiring it ({@link SpeakerMatch}). Precision, recall and F1 are micro-averaged
 * over all statements. A page that cannot be read or yields no article predicts nothing.
 */
public final class StatementEvaluation {
    private final DatasetPages pages = new DatasetPages();
    private final PageAnalyzer analyzer = new PageAnalyzer();

    /** Scores the project's per-page stages; see the class comment. */
    public static StatementScores run(Path goldFile, Path datasetDir) {
        return new StatementEvaluation().evaluate(goldFile, datasetDir);
    }

    public StatementScores evaluate(Path goldFile, Path datasetDir) {
        List<GoldStatement> gold;
        try {
            gold = GoldStatement.readAll(goldFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, GoldArticle> articles = DatasetPages.gold(datasetDir);
        Map<String, List<GoldStatement>> byPage = new LinkedHashMap<>();
        for (GoldStatement g : gold) {
            byPage.computeIfAbsent(g.page(), k -> new ArrayList<>()).add(g);
        }
        List<PageOutcome> outcomes = new ArrayList<>();
        int predictedCount = 0;
        int matched = 0;
        int speakerRight = 0;
        int unmapped = 0;
        for (Map.Entry<String, List<GoldStatement>> e : byPage.entrySet()) {
            PageOutcome o = score(datasetDir, e.getKey(), articles.get(e.getKey()), e.getValue());
            outcomes.add(o);
            predictedCount += o.predicted().size();
            matched += o.matched().size();
            speakerRight += o.speakerRight().size();
            unmapped += (int) o.predicted().stream().filter(p -> p.content() == null).count();
        }
        return StatementScores.of(gold.size(), predictedCount, matched, speakerRight, unmapped, outcomes);
    }

    private PageOutcome score(Path dir, String id, GoldArticle goldArticle, List<GoldStatement> gold) {
        if (goldArticle == null) {
            return new PageOutcome(id, gold, List.of(), List.of(), List.of(), "no gold body in ground-truth.json");
        }
        Page page = pages.load(dir, goldArticle, false);
        if (page == null) {
            return new PageOutcome(id, gold, List.of(), List.of(), List.of(), "page not found");
        }
        AnalysedArticle analysed;
        try {
            analysed = analyzer.analyze(page);
        } catch (NoArticleException noArticle) {
            return new PageOutcome(id, gold, List.of(), List.of(), List.of(), "no article: " + noArticle.getMessage());
        }
        return outcome(id, goldArticle.body(), gold, analysed.article().body(), analysed.statements());
    }

    /** Places the predictions on the gold body and matches them; the pure part of the evaluation. */
    static PageOutcome outcome(String id, String goldBody, List<GoldStatement> gold, String extractedBody,
                               List<Statement> statements) {
        SpanMapper mapper = new SpanMapper(goldBody, gold.stream().map(GoldStatement::content).toList());
        List<Predicted> predicted = new ArrayList<>(statements.size());
        for (Statement s : statements) {
            predicted.add(new Predicted(s.speaker(), s.kind().jsonName(), mapper.map(extractedBody, s.content()),
                s.content()));
        }
        return new PageOutcome(id, gold, predicted, StatementMatcher.match(gold, predicted, false),
            StatementMatcher.match(gold, predicted, true), null);
    }
}
