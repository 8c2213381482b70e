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
 * The grouping stage: articles into events, events into storylines. A pure function of the articles it is given:
 * the same articles in any order give the same events and storylines.
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

    public Result group(List<AnalysedArticle> articles) {
        List<AnalysedArticle> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(AnalysedArticle::id));
        List<ArticleProfile> profiles = Profiles.of(sorted, embedder);
        List<EventCluster> clusters = new EventGrouper(settings).group(profiles);
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

    /** A storyline label: its most weighted terms, as words. */
    static String termsLabel(Map<String, Double> centroid) {
        List<String> top = EventGrouper.topTerms(centroid, 4);
        return String.join(" · ", top);
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
