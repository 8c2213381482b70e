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
 * @param counts    stem counts of body and headline, the headline (without one, the lead) counted several times
 * @param speakers  canonical names of the people it quotes, sorted
 * @param people    full names of everyone it names, sorted
 * @param day       its occasion (see {@link Profiles#occasion}), or null
 * @param headline  its headline, or null
 * @param embedding the dense embedding of headline and lead, or null without an embedder
 * @param saidDay   its stated occasion (see {@link StatedDay}), or null
 * @param retraction whether its headline reports a retraction
 */
public record ArticleFeatures(String articleId, TermCounts counts, List<String> speakers, List<String> people,
                              LocalDate day, String headline, float[] embedding, LocalDate saidDay, boolean retraction) {
    /** The headline says what the article is about more densely than any body sentence. */
    private static final int HEADLINE_WEIGHT = 3;
    /**
     * Without a headline the lead says what the article is about: its first this-many words stand in for the
     * headline, counted as often as a headline's (once already as body words). Bodies of one story share their
     * lead's subject and ramble apart after it.
     */
    static final int LEAD_FOR_HEADLINE = 60;

    public ArticleFeatures {
        speakers = List.copyOf(speakers);
        people = List.copyOf(people);
    }

    /** Features without an embedding or occasion cues. */
    public ArticleFeatures(String articleId, TermCounts counts, List<String> speakers, List<String> people,
                           LocalDate day, String headline) {
        this(articleId, counts, speakers, people, day, headline, null, null, false);
    }

    /** Compared by value, the embedding included, so a persisted copy equals the original. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleFeatures f && articleId.equals(f.articleId) && counts.equals(f.counts)
            && speakers.equals(f.speakers) && people.equals(f.people) && java.util.Objects.equals(day, f.day)
            && java.util.Objects.equals(headline, f.headline) && java.util.Arrays.equals(embedding, f.embedding)
            && java.util.Objects.equals(saidDay, f.saidDay) && retraction == f.retraction;
    }

    @Override
    public int hashCode() {
        return articleId.hashCode();
    }

    public static ArticleFeatures of(AnalysedArticle a, TextEmbedder embedder) {
        Map<String, Integer> c = Terms.counts(a.article().body());
        if (a.article().title() != null) {
            for (String s : Terms.stems(a.article().title())) {
                c.merge(s, HEADLINE_WEIGHT, Integer::sum);
            }
        } else {
            for (String s : Terms.stems(Profiles.lead(a.article().body(), LEAD_FOR_HEADLINE))) {
                c.merge(s, HEADLINE_WEIGHT - 1, Integer::sum);
            }
        }
        TreeSet<String> speakers = new TreeSet<>();
        a.statements().forEach(s -> speakers.add(s.speaker()));
        TreeSet<String> people = new TreeSet<>();
        a.people().stream().map(Person::name).filter(name -> name.indexOf(' ') > 0).forEach(people::add);
        // Without an embedder there is nothing to embed: skip building the text.
        float[] embedding = embedder == TextEmbedder.NONE ? null : embedder.embed(Profiles.headlineAndLead(a.article()));
        return new ArticleFeatures(a.id(), TermCounts.of(c), List.copyOf(speakers), List.copyOf(people),
            Profiles.occasion(a), a.article().title(), embedding,
            StatedDay.of(a), OccasionCues.reportsRetraction(a.article().title()));
    }
}
