package dev.corroborate.group;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.Statement;

/** Weighs articles' features into TF-IDF profiles, and the text and occasion helpers that features are built from. */
final class Profiles {
    /** How many words of the body, after the headline, are embedded: the lead says what happened. */
    static final int LEAD_WORDS = 96;

    /** The article's unit-length TF-IDF profile, weighted with the given document frequencies. */
    static ArticleProfile weigh(ArticleFeatures f, DocumentFrequencies frequencies) {
        Map<String, Double> weights = new HashMap<>(f.counts().size() * 2);
        double[] norm = {0};
        f.counts().forEach((term, count) -> {
            double w = (1 + Math.log(count)) * frequencies.idf(term);
            weights.put(term, w);
            norm[0] += w * w;
        });
        double length = Math.sqrt(norm[0]);
        if (length > 0) {
            weights.replaceAll((k, v) -> v / length);
        }
        return new ArticleProfile(f.articleId(), weights, java.util.Set.copyOf(f.speakers()),
            java.util.Set.copyOf(f.people()), f.day(), f.headline(), TopTerms.of(weights, TopTerms.INDEX_TERMS),
            f.embedding(), f.saidDay(), f.retraction());
    }

    /** The headline and the first words of the body: what an embedding of the article is taken over. */
    static String headlineAndLead(Article a) {
        String lead = lead(a.body(), LEAD_WORDS);
        return a.title() == null ? lead : (a.title() + ".\n" + lead).strip();
    }

    /** The first {@code words} whitespace-separated words of a body, as written. */
    static String lead(String body, int words) {
        if (body == null) {
            return "";
        }
        int count = 0;
        int i = 0;
        while (i < body.length() && count < words) {
            int start = i;
            while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i > start) {
                count++;
            }
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
        }
        return body.substring(0, i).strip();
    }

    /**
     * The publication day: news reports a happening on or just before it. Without one, the day most statements
     * were made (a recap's older dates stay a minority there).
     */
    static LocalDate occasion(AnalysedArticle a) {
        if (a.article().published() != null) {
            return a.article().published().date();
        }
        return mostStatedDay(a);
    }

    /** The day most of the article's dated statements were made (the later on a tie), or null. */
    static LocalDate mostStatedDay(AnalysedArticle a) {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (Statement s : a.statements()) {
            if (s.saidOn() != null) {
                days.merge(s.saidOn(), 1, Integer::sum);
            }
        }
        return StatedDay.mostCommon(days);
    }

    private Profiles() {
    }
}
