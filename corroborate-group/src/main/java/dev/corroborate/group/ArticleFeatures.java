package dev.corroborate.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Person;
import dev.corroborate.nlp.Terms;

/**
 * What grouping keeps of an article once it is placed: its stem counts (weighted later, against the document
 * frequencies of the moment), the people it quotes and names, its occasion and headline. Computed once per
 * article and persisted, so a later run never reads the article's text again.
 *
 * @param articleId the article
 * @param counts    stem counts of body and headline, the headline counted several times
 * @param speakers  canonical names of the people it quotes, sorted
 * @param people    full names of everyone it names, sorted
 * @param day       its occasion (see {@link Profiles#occasion}), or null
 * @param headline  its headline, or null
 */
public record ArticleFeatures(String articleId, TermCounts counts, List<String> speakers, List<String> people,
                              LocalDate day, String headline) {
    /** The headline says what the article is about more densely than any body sentence. */
    private static final int HEADLINE_WEIGHT = 3;

    public ArticleFeatures {
        speakers = List.copyOf(speakers);
        people = List.copyOf(people);
    }

    public static ArticleFeatures of(AnalysedArticle a) {
        Map<String, Integer> c = Terms.counts(a.article().body());
        if (a.article().title() != null) {
            for (String s : Terms.stems(a.article().title())) {
                c.merge(s, HEADLINE_WEIGHT, Integer::sum);
            }
        }
        TreeSet<String> speakers = new TreeSet<>();
        a.statements().forEach(s -> speakers.add(s.speaker()));
        TreeSet<String> people = new TreeSet<>();
        a.people().stream().map(Person::name).filter(name -> name.indexOf(' ') > 0).forEach(people::add);
        return new ArticleFeatures(a.id(), TermCounts.of(c), List.copyOf(speakers), List.copyOf(people),
            Profiles.occasion(a), a.article().title());
    }
}
