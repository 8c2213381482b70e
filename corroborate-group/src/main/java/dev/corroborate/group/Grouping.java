package dev.corroborate.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Event;
import dev.corroborate.core.Storyline;

/**
 * The grouping stage: articles into events, events into storylines. For a fresh corpus a pure function of the
 * articles it is given: the same articles in any order give the same events and storylines. An existing corpus
 * grows through an {@link IncrementalGrouper}, whose events this turns into the output.
 */
public final class Grouping {
    private final GroupingSettings settings;
    private final TextEmbedder embedder;

    /**
     * Default settings on TF-IDF, speakers and days. Embeddings are opt-in: on the FNC-1 dev stories they lowered
     * event precision at every weight tried, and they cost seconds per page on a small CPU.
     */
    public Grouping() {
        this(GroupingSettings.defaults(), TextEmbedder.NONE);
    }

    /** The given settings, without embeddings. */
    public Grouping(GroupingSettings settings) {
        this(settings, TextEmbedder.NONE);
    }

    /**
     * @param settings the thresholds
     * @param embedder the dense embedding of headline and lead, or {@link TextEmbedder#NONE} for TF-IDF alone
     */
    public Grouping(GroupingSettings settings, TextEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    /** Events and storylines of a corpus. */
    public record Result(List<Event> events, List<Storyline> storylines) {
    }

    /**
     * Groups a fresh corpus: the articles are placed as one batch, in publication order with ties broken by id,
     * so the result does not depend on the order they are given in.
     */
    public Result group(List<AnalysedArticle> articles) {
        IncrementalGrouper grouper = new IncrementalGrouper(settings);
        grouper.place(features(articles));
        return result(grouper);
    }

    /** What placement keeps of each article, in the order given. */
    public List<ArticleFeatures> features(List<AnalysedArticle> articles) {
        return IncrementalGrouper.featuresOf(articles, embedder);
    }

    public GroupingSettings settings() {
        return settings;
    }

    /** The events of a grouper as they stand, and the storylines linking them. */
    public Result result(IncrementalGrouper grouper) {
        List<EventCluster> clusters = new ArrayList<>();
        for (EventCluster c : grouper.events()) {
            // A sorted copy for output: the grouper keeps its members in the order they joined.
            EventCluster view = new EventCluster(c.id);
            List<ArticleProfile> members = new ArrayList<>(c.members);
            members.sort(ArticleProfile.TIME_ORDER);
            members.forEach(view::add);
            view.why.addAll(c.why);
            clusters.add(view);
        }
        Map<String, String> storylineOf = new HashMap<>();
        List<Storyline> storylines = new StorylineLinker(settings).link(clusters, storylineOf);
        List<Event> events = new ArrayList<>();
        for (EventCluster c : clusters) {
            List<String> members = c.members.stream().map(ArticleProfile::articleId).toList();
            events.add(new Event(c.id, label(c), storylineOf.get(c.id), c.first, members, c.why));
        }
        events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Event::id));
        return new Result(events, storylines);
    }

    /** The headline of the member closest to the event's centre. */
    private static String label(EventCluster c) {
        ArticleProfile best = null;
        double bestSimilarity = -1;
        for (ArticleProfile p : c.members) {
            double s = c.similarity(p.terms());
            if (p.headline() != null && s > bestSimilarity) {
                best = p;
                bestSimilarity = s;
            }
        }
        return best == null ? "(untitled)" : best.headline();
    }

    static Map<String, Double> sum(List<EventCluster> events) {
        Map<String, Double> total = new TreeMap<>();
        for (EventCluster c : events) {
            c.centroid.forEach((t, w) -> total.merge(t, w / c.members.size(), Double::sum));
        }
        return total;
    }

    static String format(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
