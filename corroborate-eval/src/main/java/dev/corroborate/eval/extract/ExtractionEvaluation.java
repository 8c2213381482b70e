package dev.corroborate.eval.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.ArticleExtractor;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.PageExtractor;

/**
 * Scores article extraction on a dataset in the ScrapingHub layout: {@code DIR/html/<id>.html} or
 * {@code <id>.html.gz} and {@code DIR/ground-truth.json} mapping id to {@code {articleBody, title?, date?, authors?,
 * url?}}.
 *
 * <ul>
 *   <li>Body: the benchmark's shingle precision, recall and F1 ({@link ShingleOverlap}); precision is averaged over
 *       pages with a non-empty prediction, recall over pages with a non-empty gold body, F1 from the two averages.
 *       A failed extraction is an empty prediction.</li>
 *   <li>Date: exact-day accuracy over pages whose gold date is a real date ("NaT" and absent dates are skipped).</li>
 *   <li>Title: exact accuracy after NFKC and whitespace normalisation, over pages with a gold title.</li>
 *   <li>Authors: set F1 of normalised names, averaged over pages with gold authors only. Pages with no gold authors are
 *       left out, because in such datasets an empty field means "not annotated" as often as "no byline".</li>
 *   <li>Time: the median extraction time per page (reading and, in text mode, the rendering to text excluded), after
 *       an untimed warm-up over the first pages so that JIT compilation is not what is measured.</li>
 * </ul>
 * The page's URL is taken from the ground truth when it records one, as a crawler would know it.
 */
public final class ExtractionEvaluation {
    private static final int WARM_UP_PAGES = 50;

    private final ArticleExtractor extractor;
    private final DatasetPages reader = new DatasetPages();

    /** An evaluation of the project's {@link PageExtractor}. */
    public ExtractionEvaluation() {
        this(new PageExtractor());
    }

    /** An evaluation of the given extractor. */
    public ExtractionEvaluation(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * Scores the project's extractor on a dataset.
     *
     * @param datasetDir the dataset folder (holding {@code html/} and {@code ground-truth.json})
     * @param asText     true to render each page to a crawler's text dump first and extract from that
     * @return the scores
     */
    public static ExtractionScores run(Path datasetDir, boolean asText) {
        return new ExtractionEvaluation().evaluate(datasetDir, asText);
    }

    /** Scores this evaluation's extractor on a dataset; see {@link #run}. */
    public ExtractionScores evaluate(Path datasetDir, boolean asText) {
        Map<String, GoldArticle> gold = DatasetPages.gold(datasetDir);
        List<Page> pages = new ArrayList<>(gold.size());
        for (GoldArticle g : gold.values()) {
            pages.add(reader.load(datasetDir, g, asText));
        }
        for (int i = 0; i < Math.min(WARM_UP_PAGES, pages.size()); i++) {
            attempt(pages.get(i));
        }
        List<PageScore> perPage = new ArrayList<>(pages.size());
        int i = 0;
        for (GoldArticle g : gold.values()) {
            perPage.add(score(g, pages.get(i++)));
        }
        return summarise(perPage);
    }

    /** The outcome of one extraction: the article or the failure reason, and the time it took. */
    private record Attempt(Article article, String failure, double ms) {
    }

    private Attempt attempt(Page page) {
        if (page == null) {
            return new Attempt(null, "page not found or unreadable", 0);
        }
        long start = System.nanoTime();
        try {
            Article a = extractor.extract(page);
            return new Attempt(a, null, (System.nanoTime() - start) / 1e6);
        } catch (NoArticleException e) {
            return new Attempt(null, e.getMessage(), (System.nanoTime() - start) / 1e6);
        } catch (RuntimeException e) {
            return new Attempt(null, "extractor crashed: " + e, (System.nanoTime() - start) / 1e6);
        }
    }

    private PageScore score(GoldArticle g, Page page) {
        Attempt at = attempt(page);
        Article a = at.article();
        String body = a == null ? "" : a.body();
        ShingleOverlap.Score s = ShingleOverlap.score(g.body(), body);
        Boolean date = g.date() == null ? null : MetadataMatch.sameDay(g.date(), a == null ? null : a.published());
        Boolean title = g.title() == null || g.title().isBlank() ? null
            : MetadataMatch.sameTitle(g.title(), a == null ? null : a.title());
        double authors = g.authors().isEmpty() ? Double.NaN
            : MetadataMatch.authorsF1(g.authors(), a == null ? List.of() : a.authors());
        return new PageScore(g.id(), s.precision(), s.recall(), !body.strip().isEmpty(),
            !g.body().strip().isEmpty(), date, title, authors,
            at.ms(), at.failure(), new PageComparison(g.title(), a == null ? null : a.title(),
                g.date() == null ? null : g.date().toString(),
                a == null || a.published() == null ? null : a.published().toIso(),
                g.authors(), a == null ? List.of() : a.authors(), body));
    }

    static ExtractionScores summarise(List<PageScore> perPage) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        double dates = 0;
        int dn = 0;
        double titles = 0;
        int tn = 0;
        double authors = 0;
        int an = 0;
        double[] ms = new double[perPage.size()];
        int i = 0;
        for (PageScore s : perPage) {
            if (s.predicted()) {
                p += s.precision();
                pn++;
            }
            if (s.annotated()) {
                r += s.recall();
                rn++;
            }
            if (s.dateCorrect() != null) {
                dates += s.dateCorrect() ? 1 : 0;
                dn++;
            }
            if (s.titleCorrect() != null) {
                titles += s.titleCorrect() ? 1 : 0;
                tn++;
            }
            if (!Double.isNaN(s.authorsF1())) {
                authors += s.authorsF1();
                an++;
            }
            ms[i++] = s.ms();
        }
        double precision = pn == 0 ? 0 : p / pn;
        double recall = rn == 0 ? 0 : r / rn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScores(f1, precision, recall, dn == 0 ? 0 : dates / dn, tn == 0 ? 0 : titles / tn,
            an == 0 ? 0 : authors / an, perPage.size(), median(ms), perPage);
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
