package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one list of speech and cognition cues ("said", "warns", "is convinced", "adding"): every cue pattern and cue
 * word set of the understanding stage derives from it, so a cue is added in one place.
 *
 * <p>Each form says how attributions use it: {@code cue} marks speech after its speaker ("X said"), {@code inverted}
 * may also come before the speaker ("..., said X"), {@code clause} takes a clause with no "that" ("she said he
 * would stay"), {@code participle} attaches speech to the speaker of its sentence ("..., adding that ..."), and
 * {@code by} names the speaker after "as ... by" ("As noted by X, ...").
 */
final class CueLexicon {
    private static final String TABLE = """
        said: cue inverted clause by
        says: cue inverted clause
        added: cue inverted clause
        adds: cue inverted clause
        told: cue clause
        tells: cue clause
        noted: cue inverted by
        notes: cue inverted
        stressed: cue inverted by
        stresses: cue inverted
        emphasised: cue by
        emphasized: cue by
        emphasises: cue
        emphasizes: cue
        warned: cue inverted clause
        warns: cue inverted clause
        argued: cue inverted clause
        argues: cue inverted clause
        stated: cue inverted clause by
        states: cue inverted
        explained: cue inverted clause by
        explains: cue inverted clause
        insisted: cue inverted clause
        insists: cue inverted clause
        claimed: cue clause
        claims: cue clause
        denied: cue
        denies: cue
        admitted: cue clause
        admits: cue clause
        announced: cue by
        announces: cue
        confirmed: cue
        confirms: cue
        declared: cue
        declares: cue
        suggested: cue
        suggests: cue
        acknowledged: cue
        acknowledges: cue
        urged: cue
        urges: cue
        asserted: cue clause
        asserts: cue clause
        maintained: cue clause
        maintains: cue clause
        observed: cue
        remarked: cue
        replied: cue clause
        recalled: cue inverted
        recalls: cue inverted
        continued: cue inverted
        continues: cue inverted
        reiterated: cue clause
        reiterates: cue
        underlined: cue
        underscored: cue
        highlighted: cue
        wrote: cue inverted clause
        writes: cue inverted clause
        tweeted: cue inverted
        posted: cue inverted
        concluded: cue inverted
        concludes: cue
        believes: cue clause
        believed: cue clause
        thinks: clause
        thought: clause
        predicted: cue clause
        predicts: cue clause
        cautioned: cue inverted
        assured: cue
        promised: cue
        vowed: cue
        complained: cue
        conceded: cue clause
        countered: cue clause
        responded: cue clause
        testified: cue
        ruled: cue
        specified: cue
        specifies: cue
        expects: cue
        revealed: cue
        disclosed: cue
        alleged: cue clause
        indicated: cue
        mentioned: cue
        commented: cue
        estimated: cue clause
        estimates: cue clause
        reported: cue inverted by
        joked: cue inverted
        pointed out: cue by
        points out: cue
        is convinced: cue
        was convinced: cue
        are convinced: cue
        were convinced: cue
        convinced: clause
        was quoted as saying: cue
        adding: participle
        saying: participle
        noting: participle
        stressing: participle
        warning: participle
        insisting: participle
        arguing: participle
        explaining: participle
        writing: participle
        claiming: participle
        suggesting: participle
        acknowledging: participle
        asserting: participle
        declaring: participle
        lamenting: participle
        predicting: participle
        fretting: participle
        """;
    /** Auxiliaries that open a cue phrase ("is convinced") but are no cue word of their own. */
    private static final Set<String> AUXILIARIES = Set.of("is", "was", "are", "were");

    private static final Map<String, Set<String>> FORMS = parse();

    /** Forms that mark speech after the speaker: "X said", "X pointed out". */
    static final List<String> CUES = formsWith("cue");
    /** Forms that may come before the speaker: "..., said X". */
    static final List<String> INVERTED = formsWith("inverted");
    /** Forms that take a clause with no "that": "she said he would stay", "he believes it will". */
    static final Set<String> CLAUSE_TAKING = Set.copyOf(formsWith("clause"));
    /** Participles that go on with the speech of their sentence's speaker: "..., adding that ...". */
    static final List<String> PARTICIPLES = formsWith("participle");
    /** Forms of "As noted by X, ...". */
    static final List<String> AS_BY = formsWith("by");
    /**
     * The words a cue phrase is spotted by, lower-case: a cue's first word past an auxiliary ("convinced" for "is
     * convinced"), and "according" of "according to".
     */
    static final Set<String> KEY_WORDS = keyWords();
    /** Reporting verbs so common in news that they say nothing of a story's topic. */
    static final Set<String> TOPICLESS = Set.of("say", "says", "said", "told", "added");

    private CueLexicon() {
    }

    /** A regex alternation of forms, longer phrases first so that "pointed out" wins over a shorter form. */
    static String alternation(List<String> forms) {
        List<String> ordered = new ArrayList<>(forms);
        ordered.sort((a, b) -> Long.compare(b.chars().filter(c -> c == ' ').count(), a.chars().filter(c -> c == ' ').count()));
        return ordered.stream().map(Pattern::quote).map(CueLexicon::unquoteWords).collect(Collectors.joining("|"));
    }

    /** Plain words need no quoting; keeping them bare keeps the patterns readable in a debugger. */
    private static String unquoteWords(String quoted) {
        String inner = quoted.substring(2, quoted.length() - 2);
        return inner.matches("[a-z ]+") ? inner : quoted;
    }

    private static Map<String, Set<String>> parse() {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] parts = line.split(":");
            forms.put(parts[0].strip(), Set.of(parts[1].strip().split("\\s+")));
        }
        return forms;
    }

    private static List<String> formsWith(String use) {
        return FORMS.entrySet().stream().filter(e -> e.getValue().contains(use)).map(Map.Entry::getKey).toList();
    }

    private static Set<String> keyWords() {
        Set<String> words = new java.util.HashSet<>();
        for (String cue : CUES) {
            String[] parts = cue.split(" ");
            words.add(AUXILIARIES.contains(parts[0]) ? parts[1] : parts[0]);
        }
        words.add("according");
        return Set.copyOf(words);
    }
}
