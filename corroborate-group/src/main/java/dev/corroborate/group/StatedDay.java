package dev.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Statement;

/**
 * The day an article's statements say its occasion happened, from the evidence precise enough to keep two occasions
 * apart. Only statements dated on or shortly before the publication day count: older dates belong to a recap of an
 * earlier occasion or to background. Among those, statements whose own sentence dates them ("Velk said on
 * Wednesday") decide; dates a statement merely inherits from an earlier sentence (a background fact, or the lead
 * that named the briefing) count only when no statement dates itself.
 */
final class StatedDay {
    /**
     * Most days before publication a statement may be dated and still be the article's occasion: news reports what
     * happened that day or the day or two before; older dates are recaps.
     */
    static final int RECAP_DAYS = 2;

    /** The stated occasion: the day most of the counted statements were made (the later on a tie), or null. */
    static LocalDate of(AnalysedArticle a) {
        String body = a.article().body();
        LocalDate published = a.article().published() == null ? null : a.article().published().date();
        Map<LocalDate, Integer> ownDays = new HashMap<>();
        Map<LocalDate, Integer> inheritedDays = new HashMap<>();
        for (Statement s : a.statements()) {
            if (s.saidOn() != null && recent(s.saidOn(), published)) {
                (datedInOwnSentence(s, body) ? ownDays : inheritedDays).merge(s.saidOn(), 1, Integer::sum);
            }
        }
        return mostCommon(ownDays.isEmpty() ? inheritedDays : ownDays);
    }

    /** The day with the highest count, the later on a tie; null when there are none. */
    static LocalDate mostCommon(Map<LocalDate, Integer> days) {
        LocalDate best = null;
        for (var e : days.entrySet()) {
            int count = e.getValue();
            int bestCount = best == null ? 0 : days.get(best);
            if (count > bestCount || count == bestCount && e.getKey().isAfter(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean datedInOwnSentence(Statement s, String body) {
        if (s.saidOnText() == null || body == null || s.sentence().end() > body.length()) {
            return false;
        }
        return s.sentence().of(body).contains(s.saidOnText());
    }

    /** Within RECAP_DAYS before publication, never after it; any day when the publication day is unknown. */
    private static boolean recent(LocalDate said, LocalDate published) {
        if (published == null) {
            return true;
        }
        long before = ChronoUnit.DAYS.between(said, published);
        return before >= 0 && before <= RECAP_DAYS;
    }

    private StatedDay() {
    }
}
