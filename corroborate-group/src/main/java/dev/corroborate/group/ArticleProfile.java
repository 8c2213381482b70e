package dev.corroborate.group;

import java.time.LocalDate;
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
 */
record ArticleProfile(String articleId, Map<String, Double> terms, Set<String> speakers, Set<String> people, LocalDate day,
                      String headline, List<String> strongTerms) {
}
