package dev.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * How near an article is to an event, and one event to another: the one place where grouping weighs its evidence.
 * Placement (which events are candidates, in which order decisions are taken) lives in {@link IncrementalGrouper};
 * it only compares the scores given here against their thresholds.
 */
final class EventSimilarity {
    /**
     * A similarity with the threshold it must reach and the evidence behind it, for an event's {@code why}.
     *
     * @param value     the similarity
     * @param threshold the least value that links the two sides
     * @param evidence  what the value is made of, in words
     */
    record Score(double value, double threshold, String evidence) {
        boolean passes() {
            return value >= threshold;
        }
    }

    private final GroupingSettings settings;

    EventSimilarity(GroupingSettings settings) {
        this.settings = settings;
    }

    /** How well an article fits an event it might join; null when its day lies too far from the event's days. */
    Score join(ArticleProfile p, EventCluster c) {
        if (!dayFits(p.day(), p.day(), c) || !sameOccasion(p, c)) {
            return null;
        }
        double terms = c.similarity(p.terms());
        double meaning = c.embeddingSimilarity(p.embedding());
        double speakers = speakerBonus(p.speakers(), c.speakers);
        return new Score(blend(terms, meaning) + speakers, threshold(p.day() == null, c),
            evidence(terms, meaning) + String.format(Locale.ROOT, " + speakers %.3f", speakers));
    }

    /**
     * How well an article left alone fits an event it might be adopted by: scored as a join, against the lower
     * adoption threshold; null where a join would be.
     */
    Score adopt(ArticleProfile p, EventCluster c) {
        Score joining = join(p, c);
        if (joining == null) {
            return null;
        }
        double threshold = settings.adoptSimilarity()
            + (p.day() == null || c.undated() ? settings.undatedPenalty() : 0);
        return new Score(joining.value(), threshold, joining.evidence());
    }

    /** How well an article fits the rest of its own event, as if it were not a member. */
    double stay(ArticleProfile p, EventCluster own) {
        return blend(own.similarityWithout(p), own.embeddingSimilarityWithout(p));
    }

    /**
     * How well an article fits another event it might move to; null when its day lies outside the days that event
     * already spans, so moves never widen an event.
     */
    Score move(ArticleProfile p, EventCluster c) {
        if (!withinSpan(p.day(), c) || !sameOccasion(p, c)) {
            return null;
        }
        double terms = c.similarity(p.terms());
        double meaning = c.embeddingSimilarity(p.embedding());
        return new Score(blend(terms, meaning), threshold(p.day() == null, c), evidence(terms, meaning));
    }

    /** How alike two events are, to merge them; null when their days together would spread too far. */
    Score merge(EventCluster a, EventCluster b) {
        if (!(a.first == null || dayFits(a.first, a.last, b)) || a.retraction() != b.retraction()
            || !saidDaysNear(a.saidDays, b.saidDays)) {
            return null;
        }
        double terms = a.centreCosine(b);
        double meaning = a.embeddingCentreCosine(b);
        double threshold = settings.mergeSimilarity() + (a.undated() || b.undated() ? settings.undatedPenalty() : 0);
        double cohesion = Math.max(a.cohesion(), b.cohesion());
        if (settings.mergeCohesion() > 0 && !Double.isNaN(a.cohesion()) && !Double.isNaN(b.cohesion())
            && a.norm > 0 && b.norm > 0) {
            // Two halves of one story are about as alike across as within; two stories on one subject are not.
            double cosine = settings.mergeCohesion() * cohesion * a.members.size() * b.members.size() / (a.norm * b.norm);
            threshold = Math.max(threshold, blend(cosine, meaning));
        }
        return new Score(blend(terms, meaning), threshold, "centres' " + evidence(terms, meaning));
    }

    /**
     * Whether two groups of one event's members are two stories: the mean term similarity across them falls below
     * the asked share of the more cohesive group's own. Below {@link #SPLIT_LEAST} members a group's cohesion says
     * too little.
     */
    boolean apart(EventCluster a, EventCluster b) {
        if (settings.splitCohesion() <= 0 || a.members.size() < SPLIT_LEAST || b.members.size() < SPLIT_LEAST) {
            return false;
        }
        return a.meanCrossSimilarity(b) < settings.splitCohesion() * Math.max(a.cohesion(), b.cohesion());
    }

    /** The fewest members each part of a split keeps; an article alone that fits badly moves instead. */
    static final int SPLIT_LEAST = 3;

    /**
     * Text similarity: the TF-IDF cosine, mixed with the embedding cosine where both sides have one. Embedding
     * cosines of unrelated news sit well above zero, so they are rescaled from the baseline up before mixing.
     */
    double blend(double terms, double meaning) {
        if (Double.isNaN(meaning)) {
            return terms;
        }
        double rescaled = Math.max(0, (meaning - settings.embeddingBaseline()) / (1 - settings.embeddingBaseline()));
        return (1 - settings.embeddingWeight()) * terms + settings.embeddingWeight() * rescaled;
    }

    private static String evidence(double terms, double meaning) {
        return Double.isNaN(meaning) ? String.format(Locale.ROOT, "terms %.3f", terms)
            : String.format(Locale.ROOT, "terms %.3f, embeddings %.3f", terms, meaning);
    }

    /**
     * Occasion cues that keep apart what the words bring together: statements dated to a day none of the event's
     * statements were made on (a second press conference), and a retraction against the report it retracts.
     */
    private boolean sameOccasion(ArticleProfile p, EventCluster c) {
        if (p.retraction() != c.retraction()) {
            return false;
        }
        return p.saidDay() == null || saidDaysNear(java.util.Set.of(p.saidDay()), c.saidDays);
    }

    /** Whether some day of one set lies within occasionDaysApart of some day of the other; true when either is empty. */
    private boolean saidDaysNear(java.util.Set<LocalDate> a, java.util.Set<LocalDate> b) {
        if (settings.occasionDaysApart() < 0 || a.isEmpty() || b.isEmpty()) {
            return true;
        }
        for (LocalDate x : a) {
            for (LocalDate y : b) {
                if (Math.abs(ChronoUnit.DAYS.between(x, y)) <= settings.occasionDaysApart()) {
                    return true;
                }
            }
        }
        return false;
    }

    private double threshold(boolean undatedArticle, EventCluster c) {
        return settings.eventSimilarity() + (undatedArticle || c.undated() ? settings.undatedPenalty() : 0);
    }

    /** Whether an occasion from first to last may join the event without its days spreading too far. */
    private boolean dayFits(LocalDate first, LocalDate last, EventCluster c) {
        if (first == null || c.first == null) {
            return true;
        }
        LocalDate from = first.isBefore(c.first) ? first : c.first;
        LocalDate to = last.isAfter(c.last) ? last : c.last;
        return ChronoUnit.DAYS.between(from, to) <= settings.maxDaysApart();
    }

    private static boolean withinSpan(LocalDate day, EventCluster c) {
        return day == null || c.first == null || !day.isBefore(c.first) && !day.isAfter(c.last);
    }

    private double speakerBonus(Set<String> a, Set<String> b) {
        return Math.min(sharedSpeakers(a, b), 2) * settings.sharedSpeakerBonus();
    }

    /** How many speakers named in full (first and last name) the two sets share. */
    static int sharedSpeakers(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String s : a) {
            if (s.indexOf(' ') > 0 && b.contains(s)) {
                shared++;
            }
        }
        return shared;
    }
}
