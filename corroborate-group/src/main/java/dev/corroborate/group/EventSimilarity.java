package dev.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;

/**
 * How near an article is to an event, and one event to another: the one place where grouping weighs its evidence.
 * Placement (which events are candidates, in which order decisions are taken) lives in {@link EventGrouper}; it
 * only compares the scores given here against their thresholds.
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
        if (!dayFits(p.day(), p.day(), c)) {
            return null;
        }
        double text = c.similarity(p.terms());
        double speakers = speakerBonus(p.speakers(), c.speakers);
        return new Score(text + speakers, threshold(p.day() == null, c),
            String.format(Locale.ROOT, "text %.3f + speakers %.3f", text, speakers));
    }

    /** How well an article fits the rest of its own event, as if it were not a member. */
    double stay(ArticleProfile p, EventCluster own) {
        return own.similarityWithout(p);
    }

    /**
     * How well an article fits another event it might move to; null when its day lies outside the days that event
     * already spans, so moves never widen an event.
     */
    Score move(ArticleProfile p, EventCluster c) {
        if (!withinSpan(p.day(), c)) {
            return null;
        }
        double text = c.similarity(p.terms());
        return new Score(text, threshold(p.day() == null, c), String.format(Locale.ROOT, "text %.3f", text));
    }

    /** How alike two events are, to merge them; null when their days together would spread too far. */
    Score merge(EventCluster a, EventCluster b) {
        if (!(a.first == null || dayFits(a.first, a.last, b))) {
            return null;
        }
        double text = a.centreCosine(b);
        double threshold = settings.mergeSimilarity() + (a.undated() || b.undated() ? settings.undatedPenalty() : 0);
        return new Score(text, threshold, String.format(Locale.ROOT, "centres' text %.3f", text));
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
        int shared = 0;
        for (String s : a) {
            if (s.indexOf(' ') > 0 && b.contains(s)) {
                shared++;
            }
        }
        return Math.min(shared, 2) * settings.sharedSpeakerBonus();
    }
}
