package dev.corroborate.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The word lists the understanding stages share: roles, organisation words, function words. */
final class Lexicon {
    /** Heads of titles and roles that can stand before a name ("Secretary General", "dictator"). */
    static final Set<String> ROLE_HEADS = words(
        "president", "vice", "prime", "minister", "secretary", "general", "deputy", "spokesperson", "spokesman",
        "spokeswoman", "ambassador", "chancellor", "governor", "mayor", "senator", "representative", "director",
        "chief", "chairman", "chairwoman", "chair", "ceo", "colonel", "commander", "lieutenant", "captain",
        "sergeant", "admiral", "engineer", "professor", "king", "queen", "prince", "pope", "judge", "justice",
        "attorney", "officer", "head", "leader", "adviser", "advisor", "envoy", "commissioner", "inspector",
        "superintendent", "sheriff", "coach", "bishop", "archbishop", "cardinal", "premier", "speaker", "treasurer",
        "councillor", "councilor", "economist", "analyst", "founder", "executive", "manager", "dictator",
        "official", "lawyer", "scientist", "researcher", "chairperson", "mp", "mep", "lawmaker", "congressman",
        "congresswoman", "negotiator", "organiser", "organizer", "president-elect", "hydrologist", "inspector",
        "administrator", "superintendent", "marshal", "major", "colleague", "activist", "campaigner", "editor",
        "correspondent", "reporter", "steward", "convenor", "controller", "auditor", "regulator", "forecaster",
        "meteorologist", "operator", "nurse", "teacher", "farmer", "pilot", "driver", "firefighter", "paramedic",
        "surgeon", "physician", "doctor", "historian", "architect", "consultant", "strategist", "pollster",
        "coordinator", "supervisor", "foreman", "owner", "shopkeeper", "resident", "volunteer", "student", "coach",
        "author", "biologist", "specialist", "psychologist", "journalist", "chemist", "physicist", "ecologist",
        "epidemiologist", "grandfather", "grandmother", "father", "mother", "brother", "sister", "son", "daughter",
        "husband", "wife", "partner", "uncle", "aunt", "cousin", "nephew", "niece", "stepfather", "stepmother",
        "grandson", "granddaughter", "witness", "lecturer", "fellow", "agent", "trooper", "detective", "host",
        "pastor", "priest", "rabbi", "imam", "attorney", "counsel", "rep", "sen", "gov", "lt", "sgt", "col", "gen",
        "dean", "prosecutor", "provost", "rector", "chancellor");
    /** Honorifics that are neither name nor role. */
    static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "dr", "prof", "sir", "dame", "rev", "mx");
    /** Words that make a capitalised phrase an organisation, a place or a thing rather than a person. */
    static final Set<String> NON_PERSON = words(
        "council", "department", "ministry", "bureau", "union", "forces", "force", "press", "agency", "house", "office",
        "party", "court", "bank", "republic", "state", "states", "nations", "organization", "organisation", "army",
        "navy", "government", "committee", "commission", "university", "institute", "association", "street",
        "river", "sea", "ocean", "plan", "formula", "summit", "war", "news", "times", "post", "daily", "journal",
        "corporation", "company", "group", "fund", "foundation", "alliance", "parliament", "assembly", "senate",
        "congress", "square", "avenue", "road", "bridge", "airport", "port", "station", "hospital", "school",
        "college", "centre", "center", "city", "county", "province", "region", "district", "island", "islands",
        "mountains", "valley", "lake", "bay", "gulf", "stream", "pipeline", "program", "programme", "project",
        "act", "bill", "treaty", "accord", "agreement", "conference", "festival", "cup", "league", "club",
        "airlines", "motors", "inc", "ltd", "llc", "plc", "authority", "board", "service", "services", "police",
        "guard", "corps", "federation", "kingdom", "empire", "church", "museum", "library", "media", "network",
        "television", "radio", "channel", "wire", "herald", "tribune", "gazette", "ledger", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "day", "week", "year",
        "initiative", "strategy", "policy", "reform", "index", "report", "inquiry", "tribunal", "dam", "works",
        "harbour", "harbor", "docks", "terminal", "market", "exchange", "pharmacy", "store", "shop", "restaurant",
        "hotel", "points", "park", "centre's", "administration", "institution", "association's", "council's", "nato", "eu", "un");
    /** Nationality adjectives: "British Tesla drivers" opens no person's name, whatever word follows. */
    static final Set<String> DEMONYMS = words("american", "british", "english", "scottish", "welsh", "irish", "french",
        "german", "dutch", "belgian", "swiss", "austrian", "italian", "spanish", "portuguese", "greek", "turkish",
        "russian", "ukrainian", "polish", "czech", "hungarian", "romanian", "swedish", "norwegian", "danish",
        "finnish", "canadian", "mexican", "brazilian", "argentine", "chilean", "colombian", "venezuelan", "cuban",
        "haitian", "chinese", "japanese", "korean", "taiwanese", "vietnamese", "thai", "indian", "pakistani",
        "afghan", "iranian", "iraqi", "syrian", "israeli", "palestinian", "lebanese", "saudi", "egyptian",
        "nigerian", "kenyan", "ethiopian", "australian", "european", "african", "asian");
    /** Days and months: a capitalised date word is never a speaker. */
    static final Set<String> DATE_WORDS = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december");
    /** First words of place names ("Central London", "North Basin"), never of a person's. */
    static final Set<String> PLACE_PREFIXES = words("north", "south", "east", "west", "central", "upper", "lower",
        "greater", "new", "old", "great", "little", "saint", "st", "port", "mount", "lake", "fort", "inner", "outer");
    /** Capitalised function words that open sentences and are never part of a name. */
    static final Set<String> OPENERS = words(
        "the", "a", "an", "in", "on", "at", "as", "it", "its", "this", "that", "these", "those", "but", "and", "or",
        "however", "after", "before", "also", "for", "when", "while", "if", "according", "although", "meanwhile",
        "furthermore", "still", "specifically", "therefore", "thus", "then", "there", "here", "we", "i", "he", "she",
        "they", "you", "his", "her", "their", "our", "my", "what", "why", "how", "who", "which", "where", "some",
        "many", "most", "all", "no", "not", "yet", "so", "to", "from", "by", "with", "of", "under", "over",
        "during", "since", "until", "despite", "because", "even", "only", "now", "today", "yesterday", "last",
        "next", "every", "each", "both", "such", "one", "two", "three", "several", "asked", "speaking", "commenting",
        "moreover", "besides", "instead", "indeed", "later", "earlier", "once", "like", "unlike", "about", "among",
        "between", "amid", "against", "without", "within", "into", "onto", "upon", "via", "per", "former", "new",
        "dear", "please", "read", "see", "watch", "more", "other", "another", "further", "ukraine's", "russia's");
    /** Name particles that stay lower-case inside a name. */
    static final Set<String> PARTICLES = words("de", "van", "von", "der", "den", "bin", "al", "da", "di", "la", "le",
        "du", "dos", "das", "del", "ter", "ten");
    static final Pattern ACRONYM = Pattern.compile("^(?:\\p{Lu}{2,}|(?:\\p{Lu}\\.){2,})$");

    private Lexicon() {
    }

    /** A word set that forgives repeats in the lists above. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isRoleWord(String word) {
        String bare = bare(word);
        if (ROLE_HEADS.contains(bare)) {
            return true;
        }
        // "Auditor-General", "Vice-President": a hyphenated title is a role when one of its parts is
        int hyphen = bare.indexOf('-');
        return hyphen > 0 && (ROLE_HEADS.contains(bare.substring(0, hyphen)) || ROLE_HEADS.contains(bare.substring(hyphen + 1)));
    }

    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
