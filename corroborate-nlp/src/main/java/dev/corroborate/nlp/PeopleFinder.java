package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Span;

/**
 * Finds the people an article names: capitalised runs read as role and name, kept when a title stands before
 * them or their surname recurs alone (which organisations and places rarely do); then every later surname.
 */
final class PeopleFinder {
    private static final int MAX_RUN = 8;
    private static final Pattern FORMER = Pattern.compile("(?i)\\b(?:former|ex-)\\s*$");

    /** A capitalised run of words with its span. */
    private record Run(List<String> words, Span span, String lowerRoleBefore) {
    }

    ArticlePeople find(String text) {
        return find(text, List.of());
    }

    /**
     * @param quotes the quoted spans, inside which a pronoun is the speaker's own and proves no name a person's
     */
    ArticlePeople find(String text, List<Span> quotes) {
        return find(text, quotes, LowerCaseWords.of(text));
    }

    /** @param lowerCaseWords the words the text writes in lower case, when the caller has them already */
    ArticlePeople find(String text, List<Span> quotes, Set<String> lowerCaseWords) {
        List<Run> runs = capitalisedRuns(text);
        // A surname used alone marks a person when it speaks ("Lund said") or when the first name is no ordinary
        // word of the article: "Central London" fails where "central" is written lower-case, "Vladimir Putin" passes.
        Set<String> speakingSurnames = loneCapitalisedWords(runs, text, true);
        Set<String> loneWords = loneCapitalisedWords(runs, text, false);
        ArticlePeople people = new ArticlePeople();
        Set<Span> named = new HashSet<>();
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            NamePhrase phrase = NamePhrase.parse(run.words());
            if (phrase.name().isEmpty()) {
                continue;
            }
            String role = phrase.role() != null ? phrase.role() : run.lowerRoleBefore();
            if (role != null && (FORMER.matcher(text.substring(Math.max(0, run.span().start() - 12), run.span().start())).find() || Lexicon.bare(run.words().get(0)).equals("former"))) {
                role = "former " + role;
            }
            String surname = phrase.name().get(phrase.name().size() - 1);
            boolean accepted = phrase.isFullName() && (role != null || phrase.honorific() || speakingSurnames.contains(surname)
                || loneWords.contains(surname) && surname.length() > 1
                    && !lowerCaseWords.contains(phrase.name().get(0).toLowerCase(Locale.ROOT))
                    && !Lexicon.PLACE_PREFIXES.contains(phrase.name().get(0).toLowerCase(Locale.ROOT))
                    && !Lexicon.DEMONYMS.contains(phrase.name().get(0).toLowerCase(Locale.ROOT)))
                || !phrase.isFullName() && (phrase.role() != null || phrase.honorific());
            Span nameSpan = nameSpan(text, run.span(), phrase.name());
            if (role == null && !phrase.honorific() && numberFollows(text, nameSpan)) {
                continue; // "his first Tesla Model 3", "a Boeing Dreamliner 787": a product's name, no person's
            }
            if (!accepted && plausibleName(phrase.name(), text, lowerCaseWords)) {
                accepted = phrase.isFullName() ? PersonEvidence.described(text, nameSpan)
                    || PersonEvidence.pronounFollows(text, nameSpan, nextFullName(runs, r, quotes, text.length()), quotes)
                    : PersonEvidence.aged(text, nameSpan);
            }
            if (accepted) {
                people.add(phrase.name(), role, nameSpan);
                named.add(nameSpan);
            }
        }
        StageNames.apply(text, people);
        addFirstNameMentions(text, people, named, lowerCaseWords);
        addSurnameMentions(text, people, named);
        return people;
    }

    /**
     * "Ashley went on to ...": a given name used alone names the one person the article gives it to, unless it is
     * also an ordinary word of the article ("Will", "May") or someone's surname.
     */
    private static void addFirstNameMentions(String text, ArticlePeople people, Set<Span> named, Set<String> lowerCase) {
        Set<String> surnames = new HashSet<>(people.surnames());
        people.uniqueFirstNames().forEach((given, person) -> {
            if (given.length() < 3 || surnames.contains(given) || lowerCase.contains(given.toLowerCase(Locale.ROOT))
                || Lexicon.DATE_WORDS.contains(given.toLowerCase(Locale.ROOT))) {
                return;
            }
            for (int at = text.indexOf(given); at >= 0; at = text.indexOf(given, at + 1)) {
                int end = at + given.length();
                boolean alone = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                    && !text.startsWith(" " + person.substring(given.length() + 1), end)
                    && !(end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1)));
                int from = at;
                if (alone && named.stream().noneMatch(n -> n.start() <= from && from < n.end())) {
                    people.mentionByGivenName(new Span(at, end), person);
                }
            }
        });
    }

    /** Whether a number follows the words straight after a space, as it does a model's name. */
    private static boolean numberFollows(String text, Span name) {
        int at = name.end();
        return at + 1 < text.length() && text.charAt(at) == ' ' && Character.isDigit(text.charAt(at + 1));
    }

    /**
     * Whether words with no title may be a name at all: no place's first word, no ordinary word of the article
     * ("Newlyweds", "British" stay out where written lower-case elsewhere), no opener or date.
     */
    private static boolean plausibleName(List<String> name, String text, Set<String> lowerCaseWords) {
        String first = name.get(0).toLowerCase(Locale.ROOT);
        String last = name.get(name.size() - 1);
        return last.length() > 1 && first.length() > 2 && !Lexicon.PLACE_PREFIXES.contains(first)
            && !Lexicon.DEMONYMS.contains(first)
            && !Lexicon.OPENERS.contains(first) && !Lexicon.DATE_WORDS.contains(first)
            && !Lexicon.DATE_WORDS.contains(last.toLowerCase(Locale.ROOT))
            && !lowerCaseWords.contains(first);
    }

    /** Where the next run outside quotes that reads as a full name starts, or {@code none}. */
    private static int nextFullName(List<Run> runs, int from, List<Span> quotes, int none) {
        for (int r = from + 1; r < runs.size(); r++) {
            Span span = runs.get(r).span();
            if (NamePhrase.parse(runs.get(r).words()).isFullName()
                && quotes.stream().noneMatch(q -> q.start() <= span.start() && span.start() < q.end())) {
                return span.start();
            }
        }
        return none;
    }

    private static Span nameSpan(String text, Span run, List<String> name) {
        int start = text.indexOf(name.get(0), run.start());
        if (start < 0 || start >= run.end()) {
            return run;
        }
        String last = name.get(name.size() - 1);
        int end = text.indexOf(last, start) + last.length();
        return new Span(start, Math.min(Math.max(end, start), run.end()));
    }

    private static void addSurnameMentions(String text, ArticlePeople people, Set<Span> named) {
        // Which characters full names already cover, so that each surname hit is checked in its own length
        boolean[] covered = new boolean[text.length()];
        for (Span n : named) {
            for (int i = Math.max(0, n.start()); i < Math.min(text.length(), n.end()); i++) {
                covered[i] = true;
            }
        }
        for (String surname : people.surnames()) {
            // who a surname names does not change while mentions are added: resolve it once
            String person = people.resolveName(List.of(surname));
            if (person == null) {
                continue;
            }
            for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
                int end = at + surname.length();
                boolean wholeWord = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                if (wholeWord && !anyCovered(covered, at, end)) {
                    people.mention(new Span(at, end), person);
                }
            }
        }
    }

    private static boolean anyCovered(boolean[] covered, int from, int to) {
        for (int i = from; i < to; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Single capitalised words standing alone; with {@code speaking}, only those used as people are: right before a
     * speech verb ("Lund said") or after an honorific ("Ms Lund").
     */
    private static Set<String> loneCapitalisedWords(List<Run> runs, String text, boolean speaking) {
        Set<String> lone = new HashSet<>();
        for (Run run : runs) {
            List<String> words = run.words();
            boolean single = words.size() == 1 || words.size() == 2 && (Lexicon.OPENERS.contains(Lexicon.bare(words.get(0)))
                || Lexicon.HONORIFICS.contains(Lexicon.bare(words.get(0))));
            if (!single) {
                continue;
            }
            String surname = words.get(words.size() - 1).replaceAll("['’]s$", "");
            boolean honorific = words.size() == 2 && Lexicon.HONORIFICS.contains(Lexicon.bare(words.get(0)));
            if (!speaking || honorific || speechVerbFollows(text, run.span().end())) {
                lone.add(surname);
            }
        }
        return lone;
    }

    private static boolean speechVerbFollows(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i > start && SpeechPatterns.CUE_FIRST_WORDS.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
    }

    private static List<Run> capitalisedRuns(String text) {
        List<Run> runs = new ArrayList<>();
        WordScanner m = new WordScanner(text);
        List<String> words = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        String previousWord = null;
        int previousEnd = -1;
        String lowerRole = null;
        while (m.find()) {
            String word = m.group();
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean particle = !words.isEmpty() && Lexicon.PARTICLES.contains(word);
            boolean adjacent = runEnd >= 0 && onlySpaceBetween(text, runEnd, m.start());
            if ((capital || particle) && (words.isEmpty() || adjacent) && words.size() < MAX_RUN) {
                if (words.isEmpty()) {
                    runStart = m.start();
                    lowerRole = previousWord != null && onlySpaceBetween(text, previousEnd, m.start())
                        && Lexicon.isRoleWord(previousWord) && !Character.isUpperCase(previousWord.charAt(0))
                        ? roleBefore(text, previousEnd) : null;
                }
                words.add(trimDot(word));
                runEnd = m.end();
                if (word.endsWith(".") && !isAbbreviation(word)) {
                    flush(runs, words, runStart, runEnd, lowerRole);
                    runEnd = -1;
                }
            } else {
                flush(runs, words, runStart, runEnd, lowerRole);
                runEnd = -1;
                if (capital) {
                    runStart = m.start();
                    lowerRole = null;
                    words.add(trimDot(word));
                    runEnd = m.end();
                }
            }
            previousWord = word;
            previousEnd = m.end();
        }
        flush(runs, words, runStart, runEnd, lowerRole);
        return runs;
    }

    /** Words as {@code [\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.-]*} would find them, without a regex's cost. */
    private static final class WordScanner {
        private final String text;
        private int start;
        private int end;

        WordScanner(String text) {
            this.text = text;
        }

        boolean find() {
            int i = end;
            int n = text.length();
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            start = i;
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '.' || c == '-'
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                    i++;
                } else {
                    break;
                }
            }
            end = i;
            return true;
        }

        String group() {
            return text.substring(start, end);
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }
    }

    /** "Kremlin chief" before "Vladimir Putin": the lower-case role word and the capitalised words before it. */
    private static String roleBefore(String text, int roleEnd) {
        int start = roleEnd;
        int words = 0;
        while (start > 0 && words < 4) {
            int s = start;
            while (s > 0 && text.charAt(s - 1) == ' ') {
                s--;
            }
            int w = s;
            while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
                w--;
            }
            if (w == s) {
                break;
            }
            String word = text.substring(w, s);
            boolean keep = words == 0 || Character.isUpperCase(word.charAt(0))
                && !Lexicon.OPENERS.contains(word.toLowerCase(Locale.ROOT));
            if (!keep) {
                break;
            }
            start = w;
            words++;
        }
        return text.substring(start, roleEnd).strip();
    }

    private static boolean onlySpaceBetween(String text, int from, int to) {
        if (to - from != 1) {
            return false;
        }
        char c = text.charAt(from);
        return c == ' ' || c == '\u00A0';
    }

    private static boolean isAbbreviation(String word) {
        String bare = word.toLowerCase(Locale.ROOT);
        return bare.length() <= 4 && (Lexicon.HONORIFICS.contains(bare.replace(".", "")) || bare.matches("(\\p{L}\\.)+"));
    }

    private static String trimDot(String word) {
        return word.endsWith(".") && !isAbbreviation(word) ? word.substring(0, word.length() - 1) : word;
    }

    private static void flush(List<Run> runs, List<String> words, int start, int end, String lowerRole) {
        if (!words.isEmpty() && end > start) {
            runs.add(new Run(List.copyOf(words), new Span(start, end), lowerRole));
        }
        words.clear();
    }
}
