package dev.corroborate.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The patterns of attribution in news English: speech cues, speaker phrases and their orders. */
final class SpeechPatterns {
    /** "told reporters", "told the Guardian", "told Teen Vogue": whom a "told" cue names before its content. */
    private static final String TOLD_OBJECT = "(?:reporters|journalists|him|her|them|us|me|the \\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3}|"
        + "the [\\p{L}-]+|\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,3})";
    /** Every cue of {@link CueLexicon}; "told" with its object first, so that the object is no part of the content. */
    static final String CUE = "(?:told " + TOLD_OBJECT + "|" + CueLexicon.alternation(CueLexicon.CUES) + ")";
    private static final String ADVERBS = "(?:\\s+(?:also|later|previously|then|further|again|earlier|has|had|have|"
        + "reportedly|once|repeatedly|additionally|publicly|recently|first|separately|initially|originally|still|"
        + "at the time|on \\p{Lu}\\p{L}+))*";
    /** What may stand between a cue and its "that": "admitted for the first time that". */
    private static final String CUE_OBJECT = "(?:\\s+(?:for the first time|again|publicly|repeatedly|earlier|"
        + "reporters|journalists|him|her|them|us|in (?:a|an|his|her|their|its) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:statement|"
        + "interview|post|letter|email|speech|message|note|video|filing|report)|on \\p{Lu}\\p{L}+(?: \\d{1,2})?|"
        + "last (?:week|month|year|spring|summer|autumn|fall|winter)|earlier this (?:week|month|year)|"
        + "in (?:early |mid-|late )?(?:19|20)\\d\\d))?";
    private static final String PRONOUN = "(?<pron>\\b[Hh]e|\\b[Ss]he|\\b[Tt]hey|\\b[Ii]t)";
    private static final String ROLE_HEAD = "(?i:president|minister|secretary general|secretary|spokesperson|"
        + "spokesman|spokeswoman|ambassador|chancellor|governor|mayor|senator|director|chief|chairman|chairwoman|"
        + "chair|commander|engineer|professor|leader|representative|official|head|envoy|commissioner|premier|"
        + "negotiator|organi[sz]er|economist|analyst|expert|lawyer|prosecutor|judge|general|colonel|captain|"
        + "hydrologist|inspector|administrator|regulator|scientist|researcher|ceo|founder|executive|manager|doctor|author|coach|historian|"
        + "cardinal|bishop|archbishop|pope|billionaire|singer|rapper|actor|actress|star|artist|musician|\\d{1,3}-year-old)";
    private static final String ROLE_NP = "(?<role>\\b[Tt]he\\s+(?:[\\p{L}'’.-]+\\s+){0,4}?" + ROLE_HEAD + ")";
    /** A name: capitalised words, particles, and "of" or "to" inside an organisation's ("Department of Energy"). */
    private static final String NAME_NP = "(?<name>\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|de|van|von|der|al|bin|"
        + "(?:of|to)(?=\\s+\\p{Lu})))*)";
    private static final String GROUP_NOUN = "(?:officials|sources|experts|analysts|residents|witnesses|police|"
        + "authorities|ministry|department|government|office|agency|company|union|council|committee|organi[sz]ers|"
        + "workers|protesters|diplomats|observers|critics|officers|leaders|members|lawyers|prosecutors|"
        + "investigators|scientists|researchers|doctors|spokesperson|spokesman|spokeswoman|statement|report|"
        + "data|figures|survey|study|zoo|military|team|club|firm|museum|university|hospital|services?|board|bureau|"
        + "commission|administration|institute|foundation|association|alliance|court|studio|publisher|network|"
        + "outlet|newspaper|broadcaster|publication)";
    private static final String GROUP_NP = "(?<group>(?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}?(?=\\p{Ll})" + GROUP_NOUN
        + "(?:\\s+(?:close to|familiar with|of|from|at|in)\\s+(?:[\\p{L}.'’-]+\\s+){0,3}?[\\p{L}.'’-]+)?)";
    /**
     * "Ilse Varga, the union's deputy secretary, said", "Ada Vell (D-Ore.) said", "Ada Vell, 18, from Marden, Wessex,
     * told": a party in brackets and up to three asides between the speaker and the cue. An aside holds no comma, so
     * its words are taken possessively: the pattern never backtracks into them, which keeps it fast.
     */
    private static final String APPOSITION = "(?:\\s*\\([^()]{1,40}+\\))?(?:,\\s+(?!and\\b|but\\b|or\\b)[^,;:\"“”()]{2,90}+"
        + "(?:,\\s+(?!and\\b|but\\b|or\\b)[^,;:\"“”()]{1,60}+){0,2},)?";
    /**
     * "Ada Vell and Marden Mayor Ivo Marek said": the first of two speakers sharing a cue speaks for both, as the
     * second's words are no apposition of the first's.
     */
    private static final String CO_SPEAKER = "(?:\\s+and\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}\\p{M}'’-]*)?";
    /** Where a speaker is: "Ira Katz of Pier Pharmacy in Marden told ...". */
    private static final String PLACE = "(?:\\s+in\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]*){0,2})?";
    /** A speaker starts a word: tried only there, the speaker alternatives cost a fifth as much. */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}'’.-])(?=\\p{L})";
    /** A name, or an organisation's that a lower-case "the" leads: "the DEA said", "the Gulls said". */
    static final String SPEAKER = "(?:" + PRONOUN + "|" + ROLE_NP + "|" + GROUP_NP + "|(?:the\\s+)?" + NAME_NP + CO_SPEAKER + ")";

    /** Cues that may come before their speaker: "..., said Rolf Peterson." */
    private static final String INVERTED_CUE = CueLexicon.alternation(CueLexicon.INVERTED);
    /**
     * The speaker after an inverted cue: "the doctor", or a name that lower-case title words may lead ("Michigan Tech
     * biologist Rolf Peterson", "the infant's grandfather, Anwar Dhair"); the title's last word is no preposition.
     */
    private static final String INVERTED_SPEAKER = "(?:(?<role2>[Tt]he\\s+(?:[\\p{L}'’-]+\\s+){0,3}?" + ROLE_HEAD
        + ")(?=\\s*[,.;]|\\s+(?:in|on|at|during|after|before|who|when|of)\\b|$)|(?:(?:[Tt]he\\s+)?(?:[\\p{L}\\p{M}'’.-]+\\s+){0,4}?"
        + "(?!(?:in|on|at|to|from|by|with|for|of|the|a|an|after|before|during|about|that|this|last|late|and|but)\\b)"
        + "\\p{Ll}[\\p{L}\\p{M}'’-]*,?\\s+)?"
        + "(?<name2>(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){0,5}\\p{Lu}[\\p{L}\\p{M}'’-]*))";

    /** First words of the cues above: a word scan finds where cues may be far faster than the cue pattern can. */
    static final Set<String> CUE_FIRST_WORDS = CueLexicon.KEY_WORDS;
    /** How far before and after a cue the attribution patterns look, in characters. */
    static final int CUE_REACH_BEFORE = 160;
    static final int CUE_REACH_AFTER = 80;

    /** "Stoltenberg said (that) ...", "He added that ...": the speaker leads, the content follows. */
    static final Pattern SPEAKER_THEN_CUE = Pattern.compile(
        WORD_START + SPEAKER + PLACE + APPOSITION + ADVERBS + "\\s+(?=\\p{Ll})(?<cue>" + CUE + ")\\b(?<that>(?:" + CUE_OBJECT + "\\s+that\\b|\\s*[:,])?)");
    /**
     * The subject opening a sentence, before its verb: "The top general drew ...", "Ada Vell, the mayor, spoke",
     * "Before the vote, Russia proposed ...".
     */
    static final Pattern SENTENCE_SUBJECT = Pattern.compile(
        "^\\s*(?:(?:In|On|At|Before|After|During|Earlier|Later|Last|This|Since|Following)\\b[^,.;:\"“”]{0,60},\\s*)?" + WORD_START + SPEAKER + APPOSITION + ADVERBS + "\\s+(?=\\p{Ll})");
    /** "..., Stoltenberg said." / "..., said Stoltenberg." : the content leads. */
    static final Pattern TRAILING_ATTRIBUTION = Pattern.compile(
        "(?:,|(?<=,)[”\"])\\s*(?:(?<tlead>(?:(?!(?:the|a|an)\\s)\\p{Ll}[\\p{L}-]*\\s+){1,3}(?=\\p{Lu}))?" + SPEAKER + APPOSITION + ADVERBS + "\\s+(?=\\p{Ll})(?<cue>" + CUE + ")|(?<cue2>" + INVERTED_CUE + ")\\s+" + INVERTED_SPEAKER + ")\\b");
    /** What may follow a trailing attribution: the end, a comma, or an adverbial ("on Nov. 7", "in an interview"). */
    static final Pattern ATTRIBUTION_TAIL = Pattern.compile(
        "^(?:[\\s\\p{Pf}\\p{Pe}\"']*$|\\s*[,.;:!?]|\\s+(?:on|in|at|before|after|during|to|from|while|when|last|this|"
        + "earlier|later|yesterday|today|told|via|for|as|according|referring|adding|citing|speaking|with|"
        + "without)\\b)");
    static final Pattern ACCORDING_TO = Pattern.compile(
        // "according to spokeswoman Nadia Fenn": a lower-case title may lead the name
        "\\b[Aa]ccording to (?:(?:[\\p{Ll}-]+\\s+){1,3}(?=\\p{Lu})" + NAME_NP.replace("<name>", "<titled>") + "|" + PRONOUN.replace("[Hh]e|\\b[Ss]he|\\b[Tt]hey", "him|\\bher|\\bthem") + "|" + ROLE_NP
        + "|" + GROUP_NP + "|" + NAME_NP + ")");
    static final Pattern AS_CUED_BY = Pattern.compile(
        "^\\s*[Aa]s (?:" + CueLexicon.alternation(CueLexicon.AS_BY) + ") by "
        + SPEAKER);
    /**
     * After a quote, a name that its title leads ("Yangwa resident Ma Bajin said", "his twin brother, Dan Ruse,
     * posted", "the Orioles said"); {@link StatementFinder} checks that the lead ends in a role word.
     */
    private static final String TITLED_SPEAKER = "(?:[Tt]he\\s+|(?<lead>(?:[\\p{L}\\p{N}.'’&-]+\\s+){0,6}?\\p{Ll}[\\p{L}-]*,?\\s+))"
        + NAME_NP.replace("<name>", "<leadname>") + APPOSITION + ",?" + ADVERBS + "\\s+(?=\\p{Ll})(?<cue3>" + CUE + ")";
    /**
     * Before a quote: "Rutte argued that “", "he said: \"", "..., adding that \"", "Her uncle, Tomas Vell, told the
     * Ledger: \"" (a comma may close the apposition the speaker ends).
     */
    static final Pattern CUE_BEFORE_QUOTE = Pattern.compile(
        "(?:" + WORD_START + SPEAKER + ",?" + ADVERBS + "\\s+(?=\\p{Ll})(?<cue>" + CUE + ")|(?<participle>" + CueLexicon.alternation(CueLexicon.PARTICIPLES) + "))(?:" + CUE_OBJECT + "\\s+that)?\\s*[:,]?\\s*$");
    /** After a quote: "," Patel told reporters", "”, the Ukrainian leader emphasized", "" said Patel". */
    static final Pattern CUE_AFTER_QUOTE = Pattern.compile(
        "^[\\s\\p{Pf}\"']*[,.]?[\\s\\p{Pf}\"']*(?:" + SPEAKER + APPOSITION + ADVERBS + "\\s+(?=\\p{Ll})(?<cue>" + CUE + ")|(?<cue2>" + INVERTED_CUE + "|asked)\\s+(?:" + INVERTED_SPEAKER
        + "|(?<pron2>[Hh]e|[Ss]he))|" + TITLED_SPEAKER + ")\\b");

    private SpeechPatterns() {
    }

    /** A named group's text, or null when it did not take part or the pattern has no such group. */
    static String group(Matcher m, String name) {
        return m.namedGroups().containsKey(name) ? m.group(name) : null;
    }
}
