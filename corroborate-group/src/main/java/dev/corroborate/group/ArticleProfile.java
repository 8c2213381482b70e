package dev.corroborate.group;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What grouping compares: an article's weighted terms, the people it quotes, and the day of the happening it
 * reports (when the article says).
 *
 * @param articleId the article
 * @param terms     unit-length TF-IDF weights of its stems
 * @param speakers  canonical names of the people it quotes
 * @param people    full names of everyone it names
 * @param day       the occasion: the day most of its statements were made, else its publication day, else null
 * @param headline  its headline, for labels
 * @param strongTerms its most weighted terms, the keys it is found by
 * @param embedding the unit-length dense vector of its headline and lead, or null without embeddings (not copied:
 *                  treat as read-only)
 * @param saidDay   the day most of its statements that their own sentence dates were made, on or just before
 *                  publication (see {@link StatedDay}); null when none is
 * @param retraction whether its headline reports a retraction or reversal, an occasion of its own
 */
record ArticleProfile(String articleId, Map<String, Double> terms, Set<String> speakers, Set<String> people, LocalDate day,
                      String headline, List<String> strongTerms, float[] embedding, LocalDate saidDay,
                      boolean retraction) {
    /** The order articles are placed in and events named by: day (undated last), then id, so runs repeat. */
    static final Comparator<ArticleProfile> TIME_ORDER = Comparator.comparing(ArticleProfile::day,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ArticleProfile::articleId);

    /** A profile without an embedding or occasion cues. */
    ArticleProfile(String articleId, Map<String, Double> terms, Set<String> speakers, Set<String> people, LocalDate day,
                   String headline, List<String> strongTerms) {
        this(articleId, terms, speakers, people, day, headline, strongTerms, null, null, false);
    }
}
