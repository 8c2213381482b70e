package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Span;

/**
 * Resolves the words that name a speaker to who it is: a full name stays, a surname or title becomes the full
 * name known from the article, a pronoun becomes the last speaker (or the last person named), a group stays a group.
 */
final class SpeakerResolver {
    private static final Set<String> GENERIC_HEADS = Set.of("leader", "representative", "official", "head", "chief");
    private static final int PRONOUN_REACH_SENTENCES = 4;
    /** Descriptions of a person, not offices: "the billionaire", "the singer" (and "the 25-year-old"). */
    private static final Set<String> DESCRIPTORS = Set.of("billionaire", "singer", "rapper", "actor", "actress",
        "star", "artist", "musician");
    /** How far, in characters, a description may stand from the last statement and still mean its speaker. */
    private static final int DESCRIBED_REACH = 600;
    private static final Set<String> GENERIC_DOCUMENTS = Set.of("study", "report", "survey", "statement", "analysis",
        "paper", "review", "critics", "members", "leaders", "workers", "protesters", "diplomats", "investigators",
        "lawyers", "prosecutors");
    /** Documents and data whose named owner is the speaker: "Quorix data", "the minister's report". */
    private static final Set<String> OWNED_SOURCES = Set.of("data", "figures", "estimates", "records", "documents",
        "report", "study", "survey", "analysis", "statement", "polls", "poll", "lawyers");
    /** Organisation nouns that speak only as the organisation the article names: "the studio", "the board". */
    private static final Set<String> NAMED_ONLY = Set.of("service", "board", "bureau", "commission", "administration",
        "institute", "foundation", "association", "alliance", "court", "studio", "publisher", "network");
    /** Words by which an article points back at the news outlet it quoted: "the outlet reported". */
    private static final Set<String> OUTLET_WORDS = Set.of("outlet", "newspaper", "broadcaster", "publication");
    /** Where an article names an outlet it got words from: "told WPTV News", "according to The Marden Ledger". */
    private static final Pattern OUTLET_NAMED = Pattern.compile(
        "\\b(?:told|tells|according to|reported by|in an interview with)\\s+(?:the\\s+)?"
        + "(\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,3})");
    /** Unnamed generic sources, which the guide does not count as speakers. */
    private static final Set<String> GENERIC_SOURCES = Set.of("officials", "experts", "analysts", "critics", "sources",
        "others", "everyone", "everybody", "nobody", "someone", "researchers", "scientists", "studies", "reports",
        "people", "observers", "residents", "witnesses", "supporters", "opponents", "economists", "doctors", "many",
        "few", "none", "polls", "data", "figures", "estimates", "documents", "records", "reporters", "journalists");

    /** Words after which a name is an object, not who a later "he" is about: "told Ada Example", "listening to". */
    private static final Set<String> OBJECT_MARKERS = Set.of("told", "tells", "telling", "to", "with", "by", "for",
        "from", "about", "at", "of", "like", "on", "against", "than");
    private static final int OBJECT_LOOKBACK = 3;

    private final ArticlePeople people;
    private final PersonGenders genders;
    private final String body;
    private final Acronyms acronyms;
    private String lastSpeaker;
    private int lastSpeakerSentence = -100;
    private Span lastContent;

    /**
     * @param genders what the article's pronouns say of each person
     * @param body    the article body the mentions point into
     */
    SpeakerResolver(ArticlePeople people, PersonGenders genders, String body) {
        this.people = people;
        this.genders = genders;
        this.body = body;
        this.acronyms = new Acronyms(body);
    }

    /** The name the article spells out for a speaker written as an acronym ("the DEA"), else the speaker as given. */
    String spelledOut(String speaker) {
        return acronyms.expand(speaker);
    }

    /** Notes who spoke last, for the pronouns that follow. */
    void spoke(String speaker, int sentenceIndex, Span content) {
        if (people.isUnheldRole(speaker)) {
            return; // an unnamed role holder is no antecedent the article can resolve a pronoun to
        }
        lastSpeaker = speaker;
        lastSpeakerSentence = sentenceIndex;
        lastContent = content;
    }

    /**
     * @param m             a match of one of {@link SpeechPatterns}' speaker alternatives
     * @param offset        where the matched text starts in the body
     * @param sentenceIndex the sentence the mention is in
     * @param quotes        quoted spans, which a pronoun's antecedent is never inside
     * @return the speaker's canonical name, or null when it cannot be told
     */
    String resolve(Matcher m, int offset, int sentenceIndex, List<Span> quotes) {
        if (group(m, "pron") != null) {
            return pronoun(group(m, "pron"), offset + m.start("pron"), sentenceIndex, quotes);
        }
        if (group(m, "pron2") != null) {
            return pronoun(group(m, "pron2"), offset + m.start("pron2"), sentenceIndex, quotes);
        }
        if (group(m, "role") != null) {
            return role(group(m, "role"), offset + m.start("role"));
        }
        if (group(m, "role2") != null) {
            return role(group(m, "role2"), offset + m.start("role2"));
        }
        if (group(m, "group") != null) {
            return groupName(group(m, "group"), offset + m.start("group"));
        }
        String which = group(m, "name") != null ? "name" : group(m, "titled") != null ? "titled"
            : group(m, "name2") != null ? "name2" : group(m, "leadname") != null ? "leadname" : null;
        String name = which == null ? null : group(m, which);
        if (name != null) {
            return name(name, new Span(offset + m.start(which), offset + m.end(which)), sentenceIndex, quotes);
        }
        return null;
    }

    private String pronoun(String word, int position, int sentenceIndex, List<Span> quotes) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("it")) {
            // "It said": the organisation that spoke just before, never a person
            return lastSpeaker != null && !people.knows(lastSpeaker) && Character.isUpperCase(lastSpeaker.charAt(0))
                && sentenceIndex - lastSpeakerSentence <= 2 ? lastSpeaker : null;
        }
        if (w.equals("they") || w.equals("them")) {
            return lastSpeaker != null && !people.knows(lastSpeaker) && sentenceIndex - lastSpeakerSentence <= 2
                ? lastSpeaker : null;
        }
        PersonGenders.Gender wanted = PersonGenders.of(w);
        // the antecedent fits the pronoun's gender and is no object ("he tells Teen Vogue. ... he says")
        PersonMention named = people.lastMentionBefore(position, quotes,
            m -> genders.fits(m.person(), wanted) && !isObject(m.span()));
        if (named != null && !isSubject(named.span())) {
            // "While Featherston still likes Trump, she said": the subject before, in the same paragraph, wins
            int paragraph = body.lastIndexOf("\n\n", named.span().start()) + 1;
            PersonMention subject = people.lastMentionBefore(position, quotes, m -> m.span().start() >= paragraph
                && genders.fits(m.person(), wanted) && !isObject(m.span()) && isSubject(m.span()));
            named = subject != null ? subject : named;
        }
        boolean introducedSince = named != null && lastContent != null && named.span().start() >= lastContent.end()
            && !named.person().equals(lastSpeaker);
        if (introducedSince) {
            return named.person(); // "... Weizman said. Petr Pavel, the president, ... He said": the newcomer
        }
        if (lastSpeaker != null && people.knows(lastSpeaker) && genders.fits(lastSpeaker, wanted)
            && sentenceIndex - lastSpeakerSentence <= PRONOUN_REACH_SENTENCES) {
            return lastSpeaker;
        }
        return named == null ? null : named.person();
    }

    /**
     * Whether the words before a mention make it an object: "told Ada Example", "listening to the singer Ada
     * Example", "looking like Dr Ada Example". Up to {@value #OBJECT_LOOKBACK} lower-case words are read back, an
     * honorific skipped; punctuation or another capital ends the look.
     */
    private boolean isObject(Span mention) {
        int end = mention.start();
        for (int words = 0; words < OBJECT_LOOKBACK; words++) {
            while (end > 0 && body.charAt(end - 1) == ' ') {
                end--;
            }
            int wordEnd = end > 0 && body.charAt(end - 1) == '.' ? end - 1 : end; // "Dr." keeps its stop
            int start = wordEnd;
            while (start > 0 && Character.isLetter(body.charAt(start - 1))) {
                start--;
            }
            if (start < wordEnd && Lexicon.HONORIFICS.contains(Lexicon.bare(body.substring(start, wordEnd)))) {
                end = start; // "like Dr Spock", "about Mr Butler's": the honorific belongs to the mention
                continue;
            }
            if (start == end || wordEnd < end || Character.isUpperCase(body.charAt(start))) {
                return false;
            }
            if (OBJECT_MARKERS.contains(body.substring(start, end))) {
                return true;
            }
            end = start;
        }
        return false;
    }

    private boolean isSubject(Span mention) {
        return PersonEvidence.verbFollows(body, mention.end());
    }

    private String role(String phrase, int position) {
        List<String> words = new ArrayList<>(Arrays.asList(phrase.strip().split("\\s+")));
        words.remove(0); // "the"
        String head = Lexicon.bare(words.remove(words.size() - 1));
        boolean generic = GENERIC_HEADS.contains(head);
        boolean former = words.stream().anyMatch(w -> w.equalsIgnoreCase("former"));
        List<String> modifiers = words.stream().filter(w -> !w.equalsIgnoreCase("former")).toList();
        String person = people.resolveRole(modifiers, head, generic, position);
        if (person == null && (DESCRIPTORS.contains(head) || head.endsWith("-year-old"))) {
            return described(position);
        }
        if (person == null && !former && RoleTitle.parse(phrase).isPresent()) {
            // the article names no holder: the statement waits for the corpus to tell who held the office then
            return people.unheldRole(phrase);
        }
        return person;
    }

    /**
     * "the 25-year-old told", "said the billionaire": a description no office or name in the article gives stands
     * for the person the article is about just then, the last who spoke, else the last named.
     */
    private String described(int position) {
        boolean recent = lastSpeaker != null && people.knows(lastSpeaker) && lastContent != null
            && (body.lastIndexOf("\n\n", position) < lastContent.end() || position - lastContent.end() < DESCRIBED_REACH);
        if (recent) {
            return lastSpeaker;
        }
        PersonMention named = people.lastMentionBefore(position, List.of(), m -> !isObject(m.span()));
        return named == null ? null : named.person();
    }

    private String name(String phrase, Span span, int sentenceIndex, List<Span> quotes) {
        List<String> words = untilSentenceEnd(Arrays.asList(
            phrase.strip().replaceFirst("(?<=\\p{Ll}{2})\\.$", "").split("\\s+")));
        if (words.size() == 1 && Set.of("he", "she").contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return pronoun(words.get(0), span.start(), sentenceIndex, quotes);
        }
        int joint = joint(words);
        if (joint > 0) {
            // "Ada Vell of the Marden Trust" is Ada Vell when the article knows her; else "Department of Energy" speaks
            // as an organisation, and a phrase that reads as neither says nobody
            NamePhrase head = NamePhrase.parse(words.subList(0, joint));
            if (head.name().isEmpty() || people.resolveName(head.name()) == null) {
                return organisationAt(words, span);
            }
            words = words.subList(0, joint);
        }
        NamePhrase parsed = NamePhrase.parse(words);
        if (parsed.name().isEmpty()) {
            if (parsed.role() != null) {
                List<String> roleWords = new ArrayList<>(Arrays.asList(parsed.role().split("\\s+")));
                String head = Lexicon.bare(roleWords.remove(roleWords.size() - 1));
                String person = people.resolveRole(roleWords, head, GENERIC_HEADS.contains(head), span.start());
                if (person != null) {
                    return person;
                }
            }
            return organisationAt(words, span);
        }
        String known = people.resolveName(parsed.name());
        if (known != null) {
            return known;
        }
        if (parsed.isFullName()) {
            return people.add(parsed.name(), parsed.role(), span);
        }
        String organisation = organisationAt(words, span);
        if (organisation == null && parsed.name().size() == 1 && soleName(parsed.name().get(0))) {
            // "Bnxn says", "Insomniac wrote", "Israel insists": a lone capitalised subject of a cue speaks as the
            // article first wrote it ("Insomniac Games"); its mention lets a pronoun that follows find it
            String sole = parsed.name().get(0);
            people.mention(span, sole);
            return OrganisationNames.introducedAs(body, sole);
        }
        return organisation;
    }

    /** Where the first "of" or "to" inside a name stands, or -1. */
    private static int joint(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("of") || words.get(i).equals("to")) {
                return i;
            }
        }
        return -1;
    }

    /** An organisation's name as the article gives it in full: "the Department" of Agriculture, "UN". */
    private String organisationAt(List<String> words, Span span) {
        String organisation = organisation(words);
        if (organisation == null) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (span.end() <= body.length() && body.startsWith(last, span.end() - last.length())) {
            organisation = OrganisationNames.withOfTail(body, span.end(), organisation);
        }
        return acronyms.expand(organisation);
    }

    /**
     * The words of a name up to a full stop that ends a sentence: "says Ada Vell. May 19th" names Ada Vell. An
     * initial ("Todd G."), an honorific or an abbreviated title ("Sen.") keeps its stop inside the name.
     */
    static List<String> untilSentenceEnd(List<String> words) {
        for (int i = 0; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (w.endsWith(".") && w.length() > 4 && !w.matches("(?:\\p{L}\\.)+")
                && !Lexicon.HONORIFICS.contains(Lexicon.bare(w)) && !Lexicon.isRoleWord(w)) {
                List<String> cut = new ArrayList<>(words.subList(0, i));
                cut.add(w.substring(0, w.length() - 1));
                return cut;
            }
        }
        return words;
    }

    /**
     * "The U.S. State Department" speaks as "U.S. State Department". A capitalised phrase speaks only when it reads as
     * an organisation (an organisation word or an acronym): "Is It Cake said" is a title, not a speaker.
     */
    private static String organisation(List<String> words) {
        int from = 0;
        while (from < words.size() && Lexicon.OPENERS.contains(Lexicon.bare(words.get(from)))
            && !(Lexicon.PLACE_PREFIXES.contains(Lexicon.bare(words.get(from))) && from + 1 < words.size())) {
            from++; // "The Ministry": the opener goes; "New York Post": a place's first word stays
        }
        if (from >= words.size() || words.subList(from, words.size()).stream()
            .allMatch(w -> Lexicon.DATE_WORDS.contains(Lexicon.bare(w)))) {
            return null;
        }
        boolean organisational = words.subList(from, words.size()).stream().anyMatch(w ->
            Lexicon.NON_PERSON.contains(Lexicon.bare(w)) || Lexicon.ACRONYM.matcher(w.replaceAll("['’]s$", "")).matches());
        if (!organisational) {
            return null;
        }
        return String.join(" ", words.subList(from, words.size())).replaceAll("['’]s$", "");
    }

    /** A single word that can name a speaker: no generic plural source ("Officials"), no initial, no date word. */
    private static boolean soleName(String word) {
        String bare = Lexicon.bare(word);
        return word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !GENERIC_SOURCES.contains(bare)
            && !Lexicon.OPENERS.contains(bare) && !Lexicon.NON_PERSON.contains(bare) && !word.contains(".");
    }

    private String groupName(String phrase, int position) {
        // "their statement" refers back to a speaker named before; "adding that officials" is no phrase at all
        if (phrase.matches("(?i)^(?:their|his|her|its|our|my|your)\\b.*") || phrase.matches("(?i).*\\bthat\\b.*")) {
            return null;
        }
        String cleaned = phrase.strip().replaceFirst(
            "(?i)^(?:the|some|several|many|two|three|four|five|six|seven|eight|nine|ten|a|an|other)\\s+", "");
        String head = Lexicon.bare(cleaned.substring(cleaned.lastIndexOf(' ') + 1));
        if (OUTLET_WORDS.contains(cleaned) && phrase.regionMatches(true, 0, "the ", 0, 4)) {
            return lastOutletBefore(position);
        }
        if (!cleaned.contains(" ") && phrase.regionMatches(true, 0, "the ", 0, 4)) {
            // "the board said" after "the Georgia Board of Pharmacy began ...": the organisation the article named
            String named = OrganisationNames.namedBefore(body, position, cleaned);
            if (named != null && !Arrays.stream(named.split(" ")).allMatch(w -> Lexicon.NON_PERSON.contains(Lexicon.bare(w)))) {
                return named; // "the Police Department" tells no more than "the department" does
            }
            if (NAMED_ONLY.contains(cleaned)) {
                return null;
            }
        }
        if (OWNED_SOURCES.contains(head) && cleaned.contains(" ")) {
            return owner(cleaned.substring(0, cleaned.lastIndexOf(' ')));
        }
        if (GENERIC_SOURCES.contains(head) || GENERIC_DOCUMENTS.contains(head)) {
            // "experts say", "according to a new study": unnamed sources are no speakers; "U.S. officials" are
            boolean named = cleaned.chars().anyMatch(Character::isUpperCase);
            if (!named) {
                return null;
            }
        }
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** "the outlet reported" after "she told WPTV News": the outlet the article last named as told or cited. */
    private String lastOutletBefore(int position) {
        java.util.regex.Matcher m = OUTLET_NAMED.matcher(body).region(0, Math.min(position, body.length()));
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /**
     * The owner of a named document or data source speaks: "Ada Example's report" is Ada Example, "Quorix data" is
     * Quorix, "Tuesday's report" says nobody, and nor does an owner written lower-case ("the new report").
     */
    private String owner(String words) {
        String owner = words.replaceAll("['’]s?$", "").strip();
        if (owner.isEmpty() || !Character.isUpperCase(owner.charAt(0)) || Lexicon.DATE_WORDS.contains(Lexicon.bare(owner))) {
            return null;
        }
        String person = people.resolveName(Arrays.asList(owner.split("\\s+")));
        return person != null ? person : owner;
    }

    private static String group(Matcher m, String name) {
        return SpeechPatterns.group(m, name);
    }
}
