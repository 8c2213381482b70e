package dev.corroborate.eval.group;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The outcome of a grouping evaluation: scores for events and for storylines, and the counts behind them.
 *
 * @param events              event scores
 * @param articleEvents       event scores over only the gold pages that gave an article: grouping apart from
 *                            extraction, whose refusals are singletons in {@code events}
 * @param storylines          storyline scores
 * @param pages               gold pages scored
 * @param failed              gold pages that gave no article (scored as singleton clusters)
 * @param goldEvents          distinct gold events
 * @param predictedEvents     distinct predicted event clusters over the gold pages, singletons included
 * @param goldStorylines      distinct gold storylines
 * @param predictedStorylines distinct predicted storyline clusters over the gold pages, singletons included
 * @param elapsed             wall time of the analysis
 */
public record GroupingResult(GroupingScores events, GroupingScores articleEvents, GroupingScores storylines, int pages, int failed,
                             int goldEvents, int predictedEvents, int goldStorylines, int predictedStorylines,
                             Duration elapsed) {

    /** {@code {"events": {...}, "storylines": {...}, "pages": n}}, figures rounded to 4 decimals. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", events.toJsonTree());
        m.put("storylines", storylines.toJsonTree());
        m.put("pages", pages);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scores as JSON", e);
        }
    }

    /** A few lines for a person: counts, F1s and the time taken. */
    public String summary() {
        return String.format(Locale.ROOT,
            "%d pages (%d gave no article) analysed in %.1f s%n"
                + "events:     %d gold, %d predicted; pairwise F1 %.4f (P %.4f, R %.4f); BCubed F1 %.4f "
                + "(P %.4f, R %.4f)%n"
                + "events over the %d pages with an article: pairwise F1 %.4f (P %.4f, R %.4f); BCubed F1 %.4f%n"
                + "storylines: %d gold, %d predicted; pairwise F1 %.4f (P %.4f, R %.4f); BCubed F1 %.4f "
                + "(P %.4f, R %.4f)",
            pages, failed, elapsed.toMillis() / 1000.0,
            goldEvents, predictedEvents, events.pairwise().f1(), events.pairwise().precision(),
            events.pairwise().recall(), events.bcubed().f1(), events.bcubed().precision(), events.bcubed().recall(),
            pages - failed, articleEvents.pairwise().f1(), articleEvents.pairwise().precision(),
            articleEvents.pairwise().recall(), articleEvents.bcubed().f1(),
            goldStorylines, predictedStorylines, storylines.pairwise().f1(), storylines.pairwise().precision(),
            storylines.pairwise().recall(), storylines.bcubed().f1(), storylines.bcubed().precision(),
            storylines.bcubed().recall());
    }

    /** The four F1 figures on one line, for threshold sweeps. */
    public String oneLine() {
        return String.format(Locale.ROOT, "events %d predicted, pairwise F1 %.4f (P %.4f, R %.4f), BCubed F1 %.4f; "
                + "storylines %d predicted, pairwise F1 %.4f, BCubed F1 %.4f", predictedEvents, events.pairwise().f1(),
            events.pairwise().precision(), events.pairwise().recall(), events.bcubed().f1(), predictedStorylines,
            storylines.pairwise().f1(), storylines.bcubed().f1());
    }
}
