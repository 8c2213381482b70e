package dev.corroborate.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Person;
import dev.corroborate.core.Statement;
import dev.corroborate.nlp.Terms;

/** Builds the profiles of a set of articles, with inverse document frequencies taken over that set. */
final class Profiles {
    /** The headline says what the article is about more densely than any body sentence. */
    private static final int HEADLINE_WEIGHT = 3;

    /** How many words of the body, after the headline, are embedded: the lead says what happened. */
    static final int LEAD_WORDS = 96;

    static List<ArticleProfile> of(List<AnalysedArticle> articles) {
        return of(articles, TextEmbedder.NONE);
    }

    static List<ArticleProfile> of(List<AnalysedArticle> articles, TextEmbedder embedder) {
        // Counting terms is the costly part and independent per article: spread it over the cores, in order.
        List<Map<String, Integer>> counts = articles.parallelStream().map(Profiles::termCounts).toList();
        List<float[]> embeddings = articles.parallelStream().map(a -> embedder.embed(headlineAndLead(a))).toList();
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Integer> c : counts) {
            c.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        int n = articles.size();
        List<ArticleProfile> profiles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            AnalysedArticle a = articles.get(i);
            Map<String, Double> weights = new HashMap<>();
            double norm = 0;
            for (var e : counts.get(i).entrySet()) {
                // Smoothed so that words every article shares still count a little: small corpora have many of them.
                double idf = Math.log(1 + (double) n / documentFrequency.get(e.getKey()));
                double w = (1 + Math.log(e.getValue())) * idf;
                weights.put(e.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            weights.replaceAll((k, v) -> v / length);
            TreeSet<String> speakers = new TreeSet<>();
            a.statements().forEach(s -> speakers.add(s.speaker()));
            TreeSet<String> people = new TreeSet<>();
            a.people().stream().map(Person::name).filter(name -> name.indexOf(' ') > 0).forEach(people::add);
            profiles.add(new ArticleProfile(a.id(), weights, speakers, people, occasion(a), a.article().title(),
                TopTerms.of(weights, TopTerms.INDEX_TERMS), embeddings.get(i), StatedDay.of(a),
                OccasionCues.reportsRetraction(a.article().title())));
        }
        return profiles;
    }

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
    static String headlineAndLead(AnalysedArticle a) {
        StringBuilder text = new StringBuilder();
        if (a.article().title() != null) {
            text.append(a.article().title()).append(".\n");
        }
        String body = a.article().body() == null ? "" : a.article().body();
        int words = 0;
        int i = 0;
        while (i < body.length() && words < LEAD_WORDS) {
            int start = i;
            while (i < body.length() && !Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
            }
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
        }
        return text.append(body, 0, i).toString().strip();
    }

    private static Map<String, Integer> termCounts(AnalysedArticle a) {
        Map<String, Integer> c = Terms.counts(a.article().body());
        if (a.article().title() != null) {
            for (String s : Terms.stems(a.article().title())) {
                c.merge(s, HEADLINE_WEIGHT, Integer::sum);
            }
        }
        return c;
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
        LocalDate best = null;
        for (var e : days.entrySet()) {
            if (best == null || e.getValue() > days.get(best) || e.getValue().equals(days.get(best)) && e.getKey().isAfter(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    private Profiles() {
    }
}
