package dev.corroborate.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.corroborate.core.Article;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

/**
 * The understanding stage: sentences, people, organisations and places, statements with resolved speakers, and
 * when each was said.
 * Stateless and thread-safe; one instance serves the whole run.
 */
public final class ArticleReader {
    /** How far from its cue a period may stand and still tell when the words were said: "said last summer". */
    private static final int PERIOD_REACH = 40;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final PeopleFinder peopleFinder = new PeopleFinder();
    private final StatementFinder statementFinder = new StatementFinder();
    private final EntityFinder entityFinder = new EntityFinder();
    private final TimeExpressions timeExpressions = new TimeExpressions();

    public Understanding read(Article article) {
        String body = article.body();
        List<Span> sentences = splitter.split(body);
        List<Span> quotes = quotes(body);
        Set<String> lowerCaseWords = LowerCaseWords.of(body); // people and entities both ask which words are ordinary
        ArticlePeople people = peopleFinder.find(body, quotes, lowerCaseWords);
        List<StatementFinder.Found> found = statementFinder.find(body, sentences, quotes, people);
        LocalDate published = article.published() == null ? null : article.published().date();
        List<Statement> dated = dated(body, sentences, quotes, people, found, published);
        // a role the article names no holder of waits apart, its words as speaker, for the corpus pass
        List<Statement> statements = new ArrayList<>();
        List<Statement> roleSpoken = new ArrayList<>();
        for (Statement s : dated) {
            if (people.isUnheldRole(s.speaker())) {
                roleSpoken.add(s);
            } else {
                statements.add(s);
            }
        }
        return new Understanding(sentences, people.people(), statements, roleSpoken,
            entityFinder.find(body, people.people(), lowerCaseWords));
    }

    private List<Span> quotes(String body) {
        List<Span> quotes = new ArrayList<>();
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf("\n\n", start);
            end = end < 0 ? body.length() : end;
            quotes.addAll(quoteFinder.find(body, start, end));
            start = end + 2;
        }
        return quotes;
    }

    /**
     * Dates each statement: a date or period in its own sentence outside what was said, else the last day the
     * article tied to the same speaker (a later quote of one briefing keeps the briefing's day). Never a guess.
     */
    private List<Statement> dated(String body, List<Span> sentences, List<Span> quotes, ArticlePeople people,
                                  List<StatementFinder.Found> found, LocalDate published) {
        Map<String, TimeExpression> lastDateOf = new HashMap<>();
        List<PersonMention> mentions = people.mentions();
        List<Statement> statements = new ArrayList<>();
        boolean[] datesMatter = sentencesWithSpeakersOrPeople(sentences, found, mentions);
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            // Only sentences with a statement or a person can date anything; most sentences skip the search.
            List<TimeExpression> times = !datesMatter[s] ? List.of()
                : timeExpressions.find(body, sentence.start(), sentence.end(), published)
                    .stream().filter(t -> quotes.stream().noneMatch(q -> q.overlaps(t.span()))).toList();
            for (StatementFinder.Found f : found) {
                if (f.sentenceIndex() != s) {
                    continue;
                }
                TimeExpression when = nearest(body, times, f);
                if (when == null || when.day() == null) {
                    TimeExpression inherited = lastDateOf.get(f.speaker());
                    when = when == null && inherited != null ? inherited : when;
                }
                if (when != null && when.day() != null) {
                    lastDateOf.put(f.speaker(), when);
                }
                statements.add(new Statement(f.speaker(), f.mention(), f.kind(), f.cue(), f.content(), f.sentence(),
                    when == null ? null : when.day(), when == null ? null : when.span().of(body), null,
                    when == null ? null : when.period()));
            }
            TimeExpression dayHere = times.stream().filter(t -> t.day() != null).findFirst().orElse(null);
            if (dayHere != null) {
                for (PersonMention m : mentions) {
                    if (sentence.contains(m.span()) && quotes.stream().noneMatch(q -> q.contains(m.span()))) {
                        lastDateOf.put(m.person(), dayHere);
                    }
                }
            }
        }
        return statements;
    }

    private static boolean[] sentencesWithSpeakersOrPeople(List<Span> sentences, List<StatementFinder.Found> found,
                                                           List<PersonMention> mentions) {
        boolean[] matter = new boolean[sentences.size()];
        found.forEach(f -> matter[f.sentenceIndex()] = true);
        int s = 0;
        for (PersonMention m : mentions) { // both in text order
            while (s < sentences.size() && sentences.get(s).end() <= m.span().start()) {
                s++;
            }
            if (s < sentences.size()) {
                matter[s] = true;
            }
        }
        return matter;
    }

    private static TimeExpression nearest(String body, List<TimeExpression> times, StatementFinder.Found f) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (f.content().overlaps(t.span())) {
                continue;
            }
            int distance = Math.abs(t.span().start() - f.cueAt());
            if (t.day() == null && t.period() != null && (distance > PERIOD_REACH || inAside(body, t.span(), f))) {
                continue; // "Patel, who joined in 2019, added": a period far from the cue dates something else
            }
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Whether the words sit in an aside between commas before the cue: "Dorr, who ran it in 2019, added". */
    private static boolean inAside(String body, Span words, StatementFinder.Found f) {
        if (words.end() > f.cueAt()) {
            return false;
        }
        int commaBefore = body.lastIndexOf(',', words.start());
        int commaAfter = body.indexOf(',', words.end());
        return commaBefore >= f.sentence().start() && commaAfter >= 0 && commaAfter < f.cueAt();
    }
}
