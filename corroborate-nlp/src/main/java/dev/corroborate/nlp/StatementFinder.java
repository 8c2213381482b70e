package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.corroborate.core.SpeechKind;
import dev.corroborate.core.Span;

/**
 * Finds who said what in an article: quotes with their attribution before or after them, and reported speech
 * ("X said that ...", "..., X said.", "according to X, ...", "As noted by X, ..."). Sentences are read in order so
 * that "he" and "the Secretary General" resolve through the speakers before them.
 */
final class StatementFinder {
    private static final Pattern WORDS = Pattern.compile("\\p{L}+");
    private static final String PARTICIPLES = CueLexicon.alternation(CueLexicon.PARTICIPLES);
    private static final Pattern PARTICIPLE_THAT = Pattern.compile("\\b(?:" + PARTICIPLES + ") that\\b");
    private static final Pattern PARTICIPLE = Pattern.compile("\\b(?:" + PARTICIPLES + ")\\b");
    /** "Quoted fragments under four words" are scare quotes or titles, not statements. */
    static final int MIN_QUOTE_WORDS = 4;
    private static final Pattern SUBJECT_START = Pattern.compile(
        "(?:he|she|it|they|we|I|there|this|these|those|his|her|their|its|our|my)\\b", Pattern.CASE_INSENSITIVE);
    /** What goes on with the reported clause after a trailing attribution: ", because ...". */
    private static final Pattern CONTINUES = Pattern.compile(",\\s+(?:because|since|as)\\s");
    private static final Pattern QUOTE_FOLLOWS = Pattern.compile("\\s*[,:]\\s*[\"“‘']");
    private static final String CLAUSE_MARKS = ",;:—–(";
    private static final int TITLE_MODIFIERS = 3;
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "as", "so", "because",
        "although", "however", "then", "that");
    private static final Set<String> FORMER = Set.of("former", "ex-", "then-");
    private static final int MIN_CONTENT_WORDS = 3;
    /** "For his part, X admitted ..." is no content: what leads a trailing attribution must be a clause. */
    private static final int MIN_LEADING_CONTENT_WORDS = 5;

    /** A statement before dating: speaker, the words naming them, cue, content and sentence. */
    private final ParticipleClauses participles = new ParticipleClauses();

    record Found(String speaker, String mention, SpeechKind kind, String cue, Span content, Span sentence,
                 int sentenceIndex, int cueAt) {
    }

    List<Found> find(String body, List<Span> sentences, List<Span> quotes, ArticlePeople people) {
        SpeakerResolver speakers = new SpeakerResolver(people, PersonGenders.learn(body, people, quotes), body);
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            List<Found> here = new ArrayList<>();
            Found reported = reported(body, sentence, s, quotes, speakers);
            for (Span quote : quotes) {
                if (quote.start() >= sentence.start() && quote.start() < sentence.end() && words(body, quote) >= MIN_QUOTE_WORDS) {
                    Found direct = direct(body, quote, sentences, s, quotes, speakers, reported);
                    if (direct == null) {
                        direct = introduced(body, quote, sentences, s, quotes, speakers, found);
                    }
                    if (direct == null) {
                        direct = continuation(body, quote, sentences.get(s), s, found, here);
                    }
                    if (direct != null) {
                        here.add(direct);
                    }
                }
            }
            if (reported != null && Stream.concat(found.stream(), here.stream())
                .noneMatch(d -> d.kind() == SpeechKind.DIRECT && mostlyOverlaps(reported.content(), d.content()))) {
                here.add(reported);
            }
            participles.extend(body, sentence, s, quotes, here, speakers);
            here.replaceAll(f -> Lexicon.ACRONYM.matcher(f.speaker()).matches()
                ? new Found(speakers.spelledOut(f.speaker()), f.mention(), f.kind(), f.cue(), f.content(), f.sentence(),
                    f.sentenceIndex(), f.cueAt())
                : f);
            here.sort(Comparator.comparing(Found::content));
            for (Found f : here) {
                speakers.spoke(f.speaker(), s, f.content());
            }
            found.addAll(here);
        }
        return found;
    }

    private Found reported(String body, Span sentence, int index, List<Span> quotes, SpeakerResolver speakers) {
        String text = sentence.of(body);
        int at = sentence.start();
        int[] cues = cueBounds(text);
        if (cues == null) {
            return null;
        }
        int firstCue = cues[0];
        int lastCue = cues[1];
        // The attribution patterns are costly; they only need to look around the cues.
        int from = Math.max(0, firstCue - SpeechPatterns.CUE_REACH_BEFORE);
        int to = Math.min(text.length(), lastCue + SpeechPatterns.CUE_REACH_AFTER);

        Matcher according = SpeechPatterns.ACCORDING_TO.matcher(text);
        if (according.find()) {
            String speaker = speakers.resolve(according, at, index, quotes);
            Span content = according.start() < 3 ? afterComma(body, text, according.end(), at, sentence)
                : asideInClause(text, according) ? trim(body, sentence) : trim(body, new Span(at, at + according.start()));
            if (speaker != null && content != null) {
                return new Found(speaker, mention(according), SpeechKind.REPORTED, "according to", content, sentence,
                    index, at + according.start());
            }
        }
        Matcher asCued = SpeechPatterns.AS_CUED_BY.matcher(text);
        if (asCued.find()) {
            String speaker = speakers.resolve(asCued, at, index, quotes);
            Span content = afterComma(body, text, asCued.end(), at, sentence);
            if (speaker != null && content != null) {
                return new Found(speaker, mention(asCued), SpeechKind.REPORTED, cueWord(asCued.group()), content,
                    sentence, index, at + asCued.start());
            }
        }
        Matcher trailing = near(SpeechPatterns.TRAILING_ATTRIBUTION.matcher(text), from, to);
        while (trailing.find()) {
            String tail = text.substring(trailing.end());
            if (insideAny(at + trailing.start(), quotes) || PARTICIPLE_THAT.matcher(tail).replaceAll("").contains(" that ")
                || !SpeechPatterns.ATTRIBUTION_TAIL.matcher(tail).lookingAt()) {
                continue;
            }
            if (!invertedTitleFits(trailing) || !trailingLeadIsTitle(trailing) || QUOTE_FOLLOWS.matcher(tail).lookingAt()) {
                continue; // "Asked about it, he said: “...”": what leads is no clause, the quote is the statement
            }
            String speaker = speakers.resolve(trailing, at, index, quotes);
            // "X played a minor role, prosecutors said, because he ...": the statement goes on past its attribution
            Span content = CONTINUES.matcher(tail).lookingAt() ? trim(body, sentence) : trim(body, new Span(at, at + trailing.start()));
            content = content != null && words(body, content) >= MIN_LEADING_CONTENT_WORDS ? content : null;
            if (speaker != null && content != null) {
                String cue = trailing.group("cue") != null ? trailing.group("cue") : trailing.group("cue2");
                return new Found(speaker, mention(trailing), SpeechKind.REPORTED, cue, content, sentence, index,
                    at + trailing.start());
            }
        }
        Matcher leading = SpeechPatterns.SPEAKER_THEN_CUE.matcher(text).useTransparentBounds(true);
        for (int start = from; start < to; start++) {
            // A leading speaker opens the sentence or a clause: try the pattern only at those word starts.
            boolean wordStart = Character.isLetter(text.charAt(start))
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
            if (!wordStart || !opensClause(text, start) || !leading.region(start, to).lookingAt()
                || insideAny(at + start, quotes)) {
                continue;
            }
            String speaker = speakers.resolve(leading, at, index, quotes);
            Span content = trim(body, new Span(at + leading.end(), sentence.end()));
            if (content != null && !clauseFollows(body, content, leading.group("cue"), leading.group("that"))) {
                continue;
            }
            Span quoted = content == null ? null : quoteOpeningAt(body, content, quotes);
            if (speaker != null && quoted != null) {
                // "X, the commissioner in charge, said: “...”": the quote after the cue is a direct statement
                return new Found(speaker, mention(leading), SpeechKind.DIRECT, leading.group("cue"), quoted, sentence,
                    index, at + leading.start("cue"));
            }
            if (speaker != null && content != null) {
                return new Found(speaker, mention(leading), SpeechKind.REPORTED, leading.group("cue"), content,
                    sentence, index, at + leading.start("cue"));
            }
        }
        return null;
    }

    private Found direct(String body, Span quote, List<Span> sentences, int index, List<Span> quotes,
                         SpeakerResolver speakers, Found reportedHere) {
        int afterMark = Math.min(body.length(), quote.end() + 1);
        int paragraphEnd = paragraphEnd(body, afterMark);
        Matcher after = SpeechPatterns.CUE_AFTER_QUOTE.matcher(body.substring(afterMark, paragraphEnd));
        if (after.lookingAt() && invertedTitleFits(after) && leadIsTitle(after)) {
            String speaker = speakers.resolve(after, afterMark, index, quotes);
            if (speaker != null) {
                int attributionEnd = afterMark + after.end();
                Span sentence = new Span(sentences.get(index).start(), sentenceEndAt(sentences, attributionEnd));
                String cue = after.group("cue") != null ? after.group("cue")
                    : after.group("cue2") != null ? after.group("cue2") : after.group("cue3");
                return new Found(speaker, mention(after), SpeechKind.DIRECT, cue, quote, sentence, index,
                    afterMark + after.start());
            }
        }
        Span sentence = sentences.get(index);
        int openMark = Math.max(sentence.start(), quote.start() - 1);
        // An attribution before a quote sits right before it; only that stretch needs the pattern.
        int lead = Math.max(sentence.start(), openMark - SpeechPatterns.CUE_REACH_BEFORE);
        String leadText = body.substring(lead, openMark);
        if (cueBounds(leadText) == null && !PARTICIPLE.matcher(leadText).find()) {
            return null; // no cue before the quote: the pattern cannot match
        }
        Matcher before = SpeechPatterns.CUE_BEFORE_QUOTE.matcher(body).region(lead, openMark)
            .useTransparentBounds(true); // "$" is the quote mark: the region's end anchors
        if (findCueBefore(body, before)) {
            String speaker;
            String mention;
            String cue;
            if (before.group("participle") != null) {
                speaker = reportedHere == null ? null : reportedHere.speaker();
                mention = reportedHere == null ? null : reportedHere.mention();
                cue = before.group("participle");
            } else {
                speaker = speakers.resolve(before, 0, index, quotes);
                mention = mention(before);
                cue = before.group("cue");
            }
            if (speaker != null) {
                Span whole = new Span(sentence.start(), sentenceEndAt(sentences, quote.end()));
                return new Found(speaker, mention, SpeechKind.DIRECT, cue, quote, whole, index, before.start());
            }
        }
        return null;
    }

    /**
     * A quote opening its sentence after one that ends in a colon is what that sentence's cue introduces, across a
     * paragraph break too: {@code Ada Vell told the Ledger:} / {@code "QUOTE"}, or {@code ..., adding:} / {@code
     * "QUOTE"} in the voice of the statement before.
     */
    private Found introduced(String body, Span quote, List<Span> sentences, int index, List<Span> quotes,
                             SpeakerResolver speakers, List<Found> found) {
        Span sentence = sentences.get(index);
        if (index == 0 || !body.substring(sentence.start(), Math.max(sentence.start(), quote.start() - 1)).isBlank()) {
            return null;
        }
        Span previous = sentences.get(index - 1);
        int colon = previous.end();
        while (colon > previous.start() && Character.isWhitespace(body.charAt(colon - 1))) {
            colon--;
        }
        if (colon == previous.start() || body.charAt(colon - 1) != ':') {
            return null;
        }
        int lead = Math.max(previous.start(), colon - SpeechPatterns.CUE_REACH_BEFORE);
        Matcher before = SpeechPatterns.CUE_BEFORE_QUOTE.matcher(body).region(lead, colon).useTransparentBounds(true);
        if (!findCueBefore(body, before)) {
            return null;
        }
        if (before.group("participle") != null) {
            Found said = found.isEmpty() ? null : found.get(found.size() - 1);
            return said == null || said.sentenceIndex() != index - 1 ? null : new Found(said.speaker(), said.mention(),
                SpeechKind.DIRECT, before.group("participle"), quote, sentence, index, before.start());
        }
        String speaker = speakers.resolve(before, 0, index - 1, quotes);
        return speaker == null ? null : new Found(speaker, mention(before), SpeechKind.DIRECT, before.group("cue"), quote,
            new Span(previous.start(), sentence.end()), index, before.start());
    }

    /**
     * Finds the next attribution before a quote whose speaker, when a comma parts it from the cue, closes an
     * apposition the comma before it opened: "Her uncle, Tomas Vell, told" does, "the commissioner for the DSA, said"
     * names no DSA.
     */
    private static boolean findCueBefore(String body, Matcher before) {
        while (before.find()) {
            String cue = before.group("cue");
            if (cue == null || !body.substring(before.start(), before.start("cue")).contains(",")) {
                return true;
            }
            int at = before.start();
            while (at > 0 && Character.isWhitespace(body.charAt(at - 1))) {
                at--;
            }
            if (at > 0 && body.charAt(at - 1) == ',') {
                return true;
            }
        }
        return false;
    }

    /**
     * What follows a cue without "that" must be a clause: "she said he would stay" is, "Toyota recalled 1.9 million
     * cars" and "she stressed the importance of ..." are not. Verbs of saying take a clause straight away; other cues
     * need "that" or a subject pronoun, and no cue takes a quote mark, "in an interview" or "to Ada Vell" as its
     * content.
     */
    private static boolean clauseFollows(String body, Span content, String cue, String that) {
        String text = content.of(body);
        if (text.isEmpty() || text.startsWith("in ") && words(body, content) < 6 || text.startsWith("to ")) {
            return false;
        }
        if (that != null && that.contains("that")) {
            return true;
        }
        String verb = cue.toLowerCase(Locale.ROOT).split(" ")[0]; // "told The Ledger", "was convinced"
        return CueLexicon.CLAUSE_TAKING.contains(verb) || Set.of("is", "was", "are", "were").contains(verb)
            || SUBJECT_START.matcher(text).lookingAt();
    }

    /** The quote whose opening mark starts the content, or null. */
    private static Span quoteOpeningAt(String body, Span content, List<Span> quotes) {
        if ("\"“«„".indexOf(body.charAt(content.start())) < 0) {
            return null;
        }
        return quotes.stream().filter(q -> q.start() == content.start() + 1).findFirst().orElse(null);
    }

    /** @return where the first speech cue starts and the last one ends, or null when the sentence has none */
    private static int[] cueBounds(String text) {
        int first = -1;
        int last = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && SpeechPatterns.CUE_FIRST_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                first = first < 0 ? start : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * A quote that opens its sentence with no cue of its own, in the same paragraph as a quote already attributed or
     * right after a sentence of reported speech, goes on in that speaker's voice: {@code "A," she said. "B."}, {@code
     * A, she said. "B."}.
     */
    private static Found continuation(String body, Span quote, Span sentence, int index, List<Found> before,
                                      List<Found> here) {
        if (!body.substring(sentence.start(), Math.max(sentence.start(), quote.start() - 1)).isBlank()
            && !opensTextualSentence(body, quote.start() - 1)) {
            return null;
        }
        Found previous = !here.isEmpty() ? here.get(here.size() - 1) : before.isEmpty() ? null : before.get(before.size() - 1);
        if (previous == null || previous.content().end() > quote.start()
            || body.substring(previous.content().end(), quote.start()).contains("\n\n")) {
            return null;
        }
        if (previous.kind() == SpeechKind.REPORTED && previous.sentenceIndex() != index - 1) {
            return null; // "..., he said. “QUOTE”": reported speech goes on in a quote only in the very next sentence
        }
        return new Found(previous.speaker(), previous.mention(), SpeechKind.DIRECT, previous.cue(), quote, sentence,
            index, previous.cueAt());
    }

    /**
     * Whether the quote mark at {@code mark} follows a sentence's end even where the splitter saw none: "he posted on
     * X. “...”" reads the "X." as an initial.
     */
    private static boolean opensTextualSentence(String body, int mark) {
        int before = mark;
        while (before > 0 && Character.isWhitespace(body.charAt(before - 1))) {
            before--;
        }
        return before < mark && before > 0 && ".!?".indexOf(body.charAt(before - 1)) >= 0;
    }

    /**
     * Words between an inverted cue and the name it names must read as a title: "said Michigan Tech biologist Rolf
     * Peterson" does, "said the budget would hold until June" does not. The word before the name is a role.
     */
    static boolean invertedTitleFits(Matcher m) {
        if (SpeechPatterns.group(m, "cue2") == null || m.group("cue2") == null || m.group("name2") == null) {
            return true;
        }
        String title = m.group().substring(m.end("cue2") - m.start(), m.start("name2") - m.start()).strip();
        if (title.isEmpty()) {
            return true;
        }
        String[] words = title.replaceAll(",$", "").split("\\s+");
        return Lexicon.isRoleWord(words[words.length - 1]);
    }

    /**
     * The words leading a name after a quote must end in a role ("Yangwa resident Ma Bajin", not "so quickly Ada
     * Vell"), or be one lower-case noun ("tourist Ada Vell").
     */
    private static boolean leadIsTitle(Matcher m) {
        String lead = SpeechPatterns.group(m, "lead");
        if (lead == null) {
            return true;
        }
        String[] words = lead.strip().replaceAll(",$", "").split("\\s+");
        String last = words[words.length - 1];
        // "guard Cade Cunningham said": a lone lower-case noun before a name is its title too
        return Lexicon.isRoleWord(last) || words.length == 1 && last.chars().allMatch(Character::isLetter)
            && !last.endsWith("ly") && !Lexicon.OPENERS.contains(last);
    }

    /**
     * Lower-case words leading the name of a trailing attribution must end in a role, singular or plural
     * ("..., federal prosecutors Ada Vell and Rosa Marek said"), never be a conjunction ("..., when Ada Vell said").
     */
    private static boolean trailingLeadIsTitle(Matcher m) {
        String lead = SpeechPatterns.group(m, "tlead");
        if (lead == null) {
            return true;
        }
        String[] words = lead.strip().split("\\s+");
        String last = words[words.length - 1];
        return Lexicon.isRoleWord(last) || last.endsWith("s") && Lexicon.isRoleWord(last.substring(0, last.length() - 1));
    }

    /**
     * "The project, according to the singer, will be his best": an "according to" set off by commas inside the
     * sentence attributes all of it, as the words before it are only its subject.
     */
    private static boolean asideInClause(String text, Matcher according) {
        String before = text.substring(0, according.start()).stripTrailing();
        String after = text.substring(according.end());
        return before.endsWith(",") && !before.substring(0, before.length() - 1).contains(",") && after.startsWith(",")
            && after.substring(1).strip().length() > 0 && Character.isLowerCase(after.substring(1).strip().charAt(0));
    }

    /** Limits a matcher to a region while keeping word boundaries and anchors those of the whole sentence. */
    private static Matcher near(Matcher m, int from, int to) {
        return m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    static String mention(Matcher m) {
        for (String group : new String[] {"pron", "pron2", "role", "role2", "group", "name", "titled", "name2", "leadname"}) {
            String words = SpeechPatterns.group(m, group);
            if (words != null) {
                // a name ending the sentence does not take its full stop: "according to Brevik."
                return words.replaceFirst("(?<=\\p{Ll}{2})\\.$", "");
            }
        }
        return null;
    }

    /** A leading speaker must open the sentence or a clause, not sit inside a noun phrase. */
    private static boolean opensClause(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        if (CLAUSE_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
            return true;
        }
        int wordStart = end;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
            wordStart--;
        }
        String word = text.substring(wordStart, end).toLowerCase(Locale.ROOT);
        if (Lexicon.isRoleWord(word) && word.equals(text.substring(wordStart, end))) {
            // "Port authority chief executive Pieter Haldane said": a lower-case title, and up to a few words
            // qualifying it, may lead the name
            int at = wordStart;
            for (int words = 0; words <= TITLE_MODIFIERS; words++) {
                if (opensClause(text, at) && !(at == wordStart && words > 0)) {
                    return true;
                }
                int before = at;
                while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
                    before--;
                }
                int previous = before;
                while (previous > 0 && Character.isLetter(text.charAt(previous - 1))) {
                    previous--;
                }
                if (previous == before) {
                    return false;
                }
                at = previous;
            }
            return false;
        }
        if (FORMER.contains(word)) {
            // "former NATO Secretary General X said": the title's qualifier does not close the clause
            int before = wordStart;
            while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
                before--;
            }
            if (text.regionMatches(true, Math.max(0, before - 3), "the", 0, 3) && before >= 3) {
                before -= 3;
            }
            return opensClause(text, before);
        }
        return CLAUSE_OPENERS.contains(word);
    }

    /** The content after "As noted by X during ..., CONTENT": the first comma not followed by an apposition. */
    private static Span afterComma(String body, String text, int from, int offset, Span sentence) {
        int comma = text.indexOf(',', from);
        while (comma >= 0) {
            String rest = text.substring(comma + 1).strip();
            String[] next = rest.split("\\s+", 5);
            boolean apposition = next.length >= 4 && String.join(" ", java.util.Arrays.copyOf(next, 3)).contains(",");
            if (!apposition) {
                return trim(body, new Span(offset + comma + 1, sentence.end()));
            }
            comma = text.indexOf(',', comma + 1);
        }
        return null;
    }

    /** Trims spaces, a leading "that", and closing punctuation; null when too little is left. */
    static Span trim(String body, Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && (Character.isWhitespace(body.charAt(s)) || body.charAt(s) == ',' || body.charAt(s) == ':')) {
            s++;
        }
        if (body.startsWith("that ", s)) {
            s += 5;
        }
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || ".,;:".indexOf(body.charAt(e - 1)) >= 0)) {
            e--;
        }
        Span trimmed = new Span(s, Math.max(s, e));
        return words(body, trimmed) >= MIN_CONTENT_WORDS ? trimmed : null;
    }

    private static String cueWord(String asCued) {
        Matcher m = Pattern.compile("[Aa]s (\\p{L}+(?: out)?) by").matcher(asCued);
        return m.find() ? m.group(1) : "noted";
    }

    static int words(String body, Span span) {
        Matcher m = WORDS.matcher(body).region(span.start(), span.end());
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static boolean mostlyOverlaps(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return overlap > 0 && overlap * 2 >= Math.min(a.length(), b.length());
    }

    static boolean insideAny(int position, List<Span> spans) {
        return spans.stream().anyMatch(q -> q.start() <= position && position < q.end());
    }

    private static int paragraphEnd(String body, int from) {
        int end = body.indexOf("\n\n", from);
        return end < 0 ? body.length() : end;
    }

    private static int sentenceEndAt(List<Span> sentences, int position) {
        for (Span s : sentences) {
            if (s.start() <= position && position <= s.end()) {
                return s.end();
            }
        }
        return position;
    }
}
