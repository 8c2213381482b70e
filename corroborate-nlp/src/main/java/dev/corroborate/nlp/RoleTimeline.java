package dev.corroborate.nlp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Person;
import dev.corroborate.core.RoleEvidence;

/**
 * Who held which office when, as the corpus tells it: every dated article that names a person with a role in
 * apposition ("NATO Secretary General Jens Stoltenberg") is one observation of that office on that day. Asked about
 * a day, it answers only when the evidence is one-sided: one holder within the window, never a guess.
 */
public final class RoleTimeline {
    /** How far from an observation the holder is still taken to be in office. */
    public static final int DEFAULT_WINDOW_DAYS = 120;

    private record Observation(RoleTitle office, String role, String holder, String articleId, LocalDate day) {
    }

    private final List<Observation> observations;
    private final int windowDays;

    private RoleTimeline(List<Observation> observations, int windowDays) {
        this.observations = List.copyOf(observations);
        this.windowDays = windowDays;
    }

    /** Learns the offices that the dated articles name people with; undated articles teach nothing. */
    public static RoleTimeline learn(List<AnalysedArticle> articles, int windowDays) {
        List<Observation> observations = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            if (a.article().published() == null) {
                continue;
            }
            LocalDate day = a.article().published().date();
            for (Person p : a.people()) {
                for (String role : p.roles()) {
                    RoleTitle.parse(role).filter(t -> !t.isGeneric()).ifPresent(office ->
                        observations.add(new Observation(office, role, p.name(), a.id(), day)));
                }
            }
        }
        return new RoleTimeline(observations, windowDays);
    }

    /**
     * @param rolePhrase the role as an article writes it for its speaker ("the Secretary General")
     * @param day        the day the asking article was published
     * @return the closest observation of the one person holding that office within the window, or empty when no
     *     dated article names a holder then, or when two different people are named
     */
    public Optional<RoleEvidence> holderAt(String rolePhrase, LocalDate day) {
        Optional<RoleTitle> mention = RoleTitle.parse(rolePhrase);
        if (mention.isEmpty() || day == null) {
            return Optional.empty();
        }
        List<Observation> near = observations.stream()
            .filter(o -> mention.get().canName(o.office()) && daysApart(o.day(), day) <= windowDays)
            .toList();
        if (near.stream().map(Observation::holder).distinct().count() != 1) {
            return Optional.empty();
        }
        // the closest day teaches it; ties go to the lower article id so the answer never depends on input order
        Observation closest = near.stream().min(Comparator.comparingLong((Observation o) -> daysApart(o.day(), day))
            .thenComparing(Observation::articleId)).orElseThrow();
        return Optional.of(new RoleEvidence(closest.role(), closest.holder(), closest.articleId(), closest.day()));
    }

    private static long daysApart(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
