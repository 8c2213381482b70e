package dev.corroborate.eval.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.PageExtractor;
import dev.corroborate.ingest.InputFile;
import dev.corroborate.ingest.PageReader;
import dev.corroborate.ingest.PageResult;

/**
 * A development aid, not a test: scores the extractor on a local dataset and prints the worst pages.
 * Usage: {@code java -cp ... dev.corroborate.eval.extract.NaebRunner DIR [--as-text] [--predictions FILE]}.
 */
public final class NaebRunner {
    private NaebRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean asText = java.util.Arrays.asList(args).contains("--as-text");
        ExtractionScores scores = ExtractionEvaluation.run(dir, asText);
        System.out.println(scores.toJson());
        scores.perPage().stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(25).forEach(s ->
            System.out.printf("%s f1=%.3f p=%.3f r=%.3f date=%s title=%s auth=%.2f %.1fms %s%n", s.id(), s.f1(),
                s.precision(), s.recall(), s.dateCorrect(), s.titleCorrect(), s.authorsF1(), s.ms(),
                s.failure() == null ? "" : s.failure()));
        int idx = java.util.Arrays.asList(args).indexOf("--predictions");
        if (idx >= 0) {
            Map<String, GoldArticle> gold = GoldArticle.readAll(dir.resolve("ground-truth.json"));
            Map<String, Object> out = new LinkedHashMap<>();
            PageExtractor extractor = new PageExtractor();
            for (GoldArticle g : gold.values()) {
                Path html = dir.resolve("html").resolve(g.id() + ".html.gz");
                Map<String, Object> rec = new LinkedHashMap<>();
                for (PageResult r : new PageReader().read(new InputFile(html, html.toString()))) {
                    if (r instanceof PageResult.Loaded l) {
                        Page p = new Page(l.page().id(), l.page().source(), g.url(), null,
                            asText ? dev.corroborate.core.PageFormat.TEXT : l.page().format(),
                            asText ? HtmlTextDump.render(l.page().content()) : l.page().content());
                        try {
                            Article a = extractor.extract(p);
                            rec.put("articleBody", a.body());
                            rec.put("title", a.title());
                            rec.put("date", a.published() == null ? null : a.published().toIso());
                            rec.put("authors", a.authors());
                            rec.put("outlet", a.outlet());
                            rec.put("language", a.language());
                            rec.put("url", a.url());
                        } catch (Exception e) {
                            rec.put("articleBody", "");
                            rec.put("error", e.getMessage());
                        }
                    }
                }
                out.put(g.id(), rec);
            }
            Files.writeString(Path.of(args[idx + 1]), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
        }
    }
}
