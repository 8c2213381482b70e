package dev.corroborate.nlp;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.SpeechKind;
import dev.corroborate.core.Span;

/**
 * A participle of speech after a comma goes on in the voice of its sentence's speaker: "..., he said, adding that
 * CLAUSE", "The general condemned the strikes, saying CLAUSE", "..., said Ada Vell, adding: “QUOTE”". The speaker is
 * the one of the statement whose cue comes before the participle, else the subject opening the sentence.
 */
final class ParticipleClauses {
    private static final Pattern PARTICIPLE = Pattern.compile(
        ",[\\s”\"’]*(?<cue>" + CueLexicon.alternation(CueLexicon.PARTICIPLES) + ")\\b(?:\\s+that\\b)?\\s*[:,]?\\s*");

    /** Past forms that end in no "-ed", common in news narration. */
    private static final Set<String> IRREGULAR_VERBS = Set.of("drew", "took", "made", "gave", "went", "came", "spoke",
        "wrote", "got", "began", "became", "left", "saw", "sent", "led", "held", "met", "ran", "put", "set", "brought",
        "kept", "found", "paid", "won", "lost", "stood", "struck", "sought", "fought", "felt", "knew", "cut", "hit",
        "built", "chose", "rose", "fell", "broke", "spent", "told", "said", "did", "had", "was", "were", "will", "would");

    /**
     * Adds to {@code here}, the statements of one sentence, what its participle clauses say; a reported statement
     * running over a participle ends where the participle starts.
     */
    void extend(String body, Span sentence, int index, List<Span> quotes, List<StatementFinder.Found> here,
                SpeakerResolver speakers) {
        Matcher m = PARTICIPLE.matcher(body).region(sentence.start(), sentence.end());
        while (m.find()) {
            int at = m.start("cue"); // "“pro-business,” arguing that": the comma may close a quote
            if (StatementFinder.insideAny(at, quotes)) {
                continue;
            }
            StatementFinder.Found anchor = here.stream().filter(f -> f.cueAt() < at)
                .max(Comparator.comparingInt(StatementFinder.Found::cueAt)).orElse(null);
            String speaker;
            String mention;
            if (anchor != null) {
                speaker = anchor.speaker();
                mention = anchor.mention();
            } else {
                Matcher subject = SpeechPatterns.SENTENCE_SUBJECT.matcher(body).region(sentence.start(), at);
                if (!subject.lookingAt() || !verbFollows(body, subject.end()) || mentionIsPossessive(subject)) {
                    continue; // "Trump's allies", "An Israeli liaison officer": no subject of its own verb
                }
                speaker = speakers.resolve(subject, 0, index, quotes);
                mention = StatementFinder.mention(subject);
            }
            StatementFinder.Found said = speaker == null ? null : said(body, m, sentence, index, quotes, speaker, mention);
            boolean spansIt = anchor != null && anchor.kind() == SpeechKind.REPORTED && anchor.content().start() < at
                && at < anchor.content().end();
            if (said == null) {
                if (spansIt && body.substring(m.end(), sentence.end()).isBlank()) {
                    cut(body, here, anchor, at); // "..., adding:" ends the sentence: its quote follows in the next
                }
                continue;
            }
            if (here.stream().anyMatch(f -> !(spansIt && f == anchor)
                && StatementFinder.mostlyOverlaps(f.content(), said.content()))) {
                continue; // a quote the participle opens may already be a statement
            }
            if (spansIt) {
                cut(body, here, anchor, at);
            }
            here.add(said);
        }
    }

    /** Ends a reported statement where a participle starts. */
    private static void cut(String body, List<StatementFinder.Found> here, StatementFinder.Found anchor, int at) {
        Span cut = StatementFinder.trim(body, new Span(anchor.content().start(), at));
        here.remove(anchor);
        if (cut != null) {
            here.add(new StatementFinder.Found(anchor.speaker(), anchor.mention(), anchor.kind(), anchor.cue(), cut,
                anchor.sentence(), anchor.sentenceIndex(), anchor.cueAt()));
        }
    }

    /** A verb follows the subject: a past or present form ("proposed", "says") or a common irregular one. */
    private static boolean verbFollows(String body, int from) {
        int end = from;
        while (end < body.length() && Character.isLetter(body.charAt(end))) {
            end++;
        }
        String word = body.substring(from, end);
        return word.endsWith("ed") || word.endsWith("s") || IRREGULAR_VERBS.contains(word);
    }

    private static boolean mentionIsPossessive(Matcher subject) {
        String mention = StatementFinder.mention(subject);
        return mention == null || mention.endsWith("'s") || mention.endsWith("’s");
    }

    /** The statement after the participle: the quote it opens, else the clause up to the sentence's end. */
    private static StatementFinder.Found said(String body, Matcher m, Span sentence, int index, List<Span> quotes,
                                              String speaker, String mention) {
        int from = m.end();
        Span quote = quotes.stream().filter(q -> q.start() == from + 1 && "\"“«„".indexOf(body.charAt(from)) >= 0)
            .findFirst().orElse(null);
        if (quote != null && StatementFinder.words(body, quote) >= StatementFinder.MIN_QUOTE_WORDS) {
            return new StatementFinder.Found(speaker, mention, SpeechKind.DIRECT, m.group("cue"), quote, sentence, index,
                m.start());
        }
        Span content = StatementFinder.trim(body, new Span(from, sentence.end()));
        return content == null ? null : new StatementFinder.Found(speaker, mention, SpeechKind.REPORTED, m.group("cue"),
            content, sentence, index, m.start());
    }
}
