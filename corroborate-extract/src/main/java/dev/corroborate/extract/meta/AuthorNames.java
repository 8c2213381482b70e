package dev.corroborate.extract.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a byline as pages write it ("By Jane Doe and John Roe, Staff Writers | Updated 2:30 PM") into the people
 * it names. Drops what is not a person: "staff", news desks and agencies, e-mail addresses, handles, job titles,
 * dates. Used by every extractor.
 */
public final class AuthorNames {
    // compiled once: String.replaceAll compiles its pattern at every call, and every byline candidate calls these
    static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\u00a0]+");
    static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s]+$");
    private static final Pattern LEADING_COLON = Pattern.compile("^[:\\s]+");
    static final Pattern WHITESPACE_RUNS = Pattern.compile("[\\s]+");
    static final Pattern NAME_EDGES = Pattern.compile("^[\\p{P}\\s&&[^'’]]+|[\\p{P}\\s&&[^.]]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");

    private static final int MAX_NAMES = 8;
    private static final int MIN_USER_NAME = 4;
    private static final int MAX_USER_NAME = 30;
    private static final String[] LEADS = {
        "written by", "words by", "reporting by", "reported by", "story by", "posted by", "published by", "text by",
        "compiled by", "edited by", "article by", "opinion by", "analysis by", "by", "from", "author", "authors",
        "von", "par", "por"};
    /**
     * Words that make a "name" an organisation, a role or a label rather than a person. "Jan" is not one: it is a
     * common given name, and a byline's trailing month is dropped before this check.
     */
    private static final Set<String> NOT_PERSON_WORDS = Set.of(
        "staff", "desk", "team", "newsroom", "editor", "editors", "editorial", "reporter", "reporters", "writer",
        "writers", "correspondent", "contributor", "contributors", "columnist", "producer", "journalist", "news",
        "press", "associated", "agency", "agencies", "wire", "wires", "reuters", "afp", "bloomberg", "media", "inc",
        "llc", "ltd", "network", "bureau", "daily", "herald", "tribune", "times", "post", "journal", "magazine",
        "online", "group", "service", "services", "updated", "published", "posted", "share", "follow", "email",
        "twitter", "facebook", "more", "view", "all", "articles", "stories", "about", "contact", "read", "senior",
        "chief", "associate", "deputy", "managing", "executive", "political", "sports", "politics", "business",
        "health", "science", "technology", "entertainment", "world", "national", "international", "local", "guest",
        "special", "the", "and", "for", "with", "min", "minutes", "ago", "hours", "comments", "comment", "photo",
        "photos", "video", "image", "images", "getty", "shutterstock", "ap", "cnn", "bbc", "abc", "nbc", "cbs",
        "fox", "usa", "today", "foundation", "institute", "university", "company", "corporation", "admin",
        "administrator", "webmaster", "anonymous", "unknown", "partner", "by", "fellow", "center", "centre",
        "research", "commentary", "expertise", "culture", "opinion", "analysis", "review", "reviews", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "policy", "reports", "report", "courier",
        "telegram", "enquirer", "gazette", "chronicle", "observer", "courant", "register", "sun", "star", "examiner",
        "content", "sponsored", "official", "office",
        // the words of a page's controls and menus, which the dump prints as short capitalised lines
        "links", "podcasts", "newsletters", "columns", "videos", "statistics", "caption", "courtesy", "copy", "our",
        "advertise", "exclusive", "profile", "password", "presidents", "sharing", "shop",
        // a profile's fact box labels its people by kin ("Sister Ana Lenz", "Father Teo Lenz")
        "father", "mother", "sister", "brother", "uncle", "aunt", "husband", "wife", "spouse", "daughter",
        // "newsroom" in the languages of the pages read: a desk's byline, no person's
        "redazione", "redaktion", "rédaction", "redaction", "redacción", "redaccion", "redação", "redacao", "redactie");
    private static final Set<String> TRAILING_NOISE = Set.of(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "updated", "published", "posted", "on", "at", "am", "pm", "edt", "est", "pst", "pdt", "gmt", "utc");
    /** Degrees and credentials written after a name ("Jane Doe, MS, RD"): not part of it. */
    private static final Set<String> CREDENTIALS = Set.of(
        "ms", "ma", "msc", "mba", "mph", "md", "phd", "rd", "rdn", "ld", "ldn", "cdn", "cpt", "rn", "np", "do", "dds",
        "dvm", "jd", "esq", "cfp", "cpa", "cfa", "ba", "bsc", "facs", "facp", "lcsw", "psyd", "pharmd", "cscs");
    private static final String TOLD_TO = " as told to ";
    /** What begins a dateline or an outlet written straight after a name, each followed by a capital. */
    private static final List<String> AFFILIATION_MARKERS = List.of(" in ", " The ");
    private static final Set<String> PARTICLES = Set.of(
        "de", "da", "del", "della", "der", "den", "di", "du", "van", "von", "la", "le", "bin", "ibn", "al", "el",
        "y", "e", "dos", "das", "ter", "st", "mc", "mac", "ben", "op");

    private AuthorNames() {
    }

    /** @return the people a byline names, in its order, without duplicates; empty when it names none */
    public static List<String> parse(String byline) {
        if (byline == null || byline.isBlank() || byline.length() > 400) {
            return List.of();
        }
        String text = cutAtNoise(afterToldTo(plain(byline)));
        Set<String> names = new LinkedHashSet<>();
        for (String part : splitPeople(text)) {
            String name = clean(part);
            if (name != null && isPersonName(name)) {
                names.add(name);
                if (names.size() == MAX_NAMES) {
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * The user name a byline gives in place of a name ("By JaneDoe", "Posted by MrKettle"): one word that joins
     * capitalised words without a space. Not a person's name by {@link #isPersonName}, so asked only where the page
     * names its writer no other way.
     *
     * @return the user name, or null when the byline is not one
     */
    public static String userName(String byline) {
        if (byline == null || byline.length() > 100) {
            return null;
        }
        String text = cutAtNoise(plain(byline));
        // "By" and "Published By :" set apart from the name clean to nothing
        List<String> words = splitPeople(text).stream().map(AuthorNames::clean).filter(w -> w != null).toList();
        return words.size() == 1 && isUserName(words.get(0)) ? words.get(0) : null;
    }

    /** The byline in its composed form, no-break spaces made plain, stripped. */
    private static String plain(String byline) {
        return Normalizer.normalize(byline, Normalizer.Form.NFKC).replace('\u00a0', ' ').strip();
    }

    /** "JaneDoe", "MrKettle": letters only, a capital first, lower-case letters and a capital further on. */
    private static boolean isUserName(String word) {
        if (word.length() < MIN_USER_NAME || word.length() > MAX_USER_NAME || !Character.isUpperCase(word.charAt(0))
            || NOT_PERSON_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean lower = false;
        boolean innerCapital = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            lower |= Character.isLowerCase(c);
            innerCapital |= i > 0 && Character.isUpperCase(c);
        }
        return lower && innerCapital;
    }

    /** True when the text reads as one person's name: two to five capitalised words, no organisation word. */
    public static boolean isPersonName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 5 || name.length() > 50) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                return false;
            }
            String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (NOT_PERSON_WORDS.contains(lower) || hasNotPersonPart(lower)) {
                return false;
            }
            char first = w.charAt(0);
            if (Character.isUpperCase(first)) {
                capitalised++;
            } else if (!PARTICLES.contains(lower) || w == words[0]) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-') {
                    return false;
                }
                // "Valleypost.com", "INQUIRER.net": a web address, where a name's dot closes an initial ("J.R.")
                if (c == '.' && i + 1 < w.length() && Character.isLowerCase(w.charAt(i + 1))) {
                    return false;
                }
            }
        }
        return capitalised >= 2 && !opensWithOutletAcronym(words);
    }

    /** "Courier-Post": a hyphenated word is an organisation's when one of its parts is ("Daisy-Mae" is a name). */
    private static boolean hasNotPersonPart(String lowerWord) {
        if (lowerWord.indexOf('-') < 0) {
            return false;
        }
        for (String part : lowerWord.split("-")) {
            if (NOT_PERSON_WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "CBC Arts", "NPR Books": an acronym of three or more capitals before words in ordinary case is an outlet and
     * its section. Initials ("TJ Holmes") are shorter, and a name printed in capitals throughout ("JANE DOE") is
     * title-cased before it gets here.
     */
    private static boolean opensWithOutletAcronym(String[] words) {
        String first = words[0];
        if (first.length() < 3 || !first.chars().allMatch(c -> Character.isLetter(c) && Character.isUpperCase(c))) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True for a word that marks an organisation, a role or a label ("Gazette", "Correspondent", "Staff"). */
    public static boolean isNotPersonWord(String word) {
        return NOT_PERSON_WORDS.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Lower-case, accents and punctuation kept, spaces collapsed: the form two spellings of a name share. */
    public static String normalise(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return trimEdges(EDGE_PUNCTUATION, singleSpaced(SPACE_RUNS, n));
    }

    /** Cuts a byline at the first sign that the names are over: a digit, an e-mail, "|", "•", " - ". */
    private static String cutAtNoise(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '|' || c == '•' || c == '·' || c == '\n' || c == '@' && i > 0
                && text.charAt(i - 1) != ' ') {
                end = i;
                break;
            }
        }
        String cut = text.substring(0, end);
        int dash = indexOfDash(cut);
        return dash > 0 ? cut.substring(0, dash) : cut;
    }

    /**
     * "Lena Marsh as told to Jane Doe": the speaker told the story, the writer after "as told to" wrote it.
     *
     * @return the byline from its writer on; the byline itself when it names no teller
     */
    public static String afterToldTo(String text) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(TOLD_TO);
        return i < 0 ? text : text.substring(i + TOLD_TO.length());
    }

    private static int indexOfDash(String s) {
        for (String d : new String[] {" - ", " – ", " — "}) {
            int i = s.indexOf(d);
            if (i > 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitPeople(String text) {
        String t = " " + text + " ";
        t = t.replace(" and ", ",").replace(" And ", ",").replace(" & ", ",").replace(";", ",")
            .replace(" und ", ",").replace(" et ", ",").replace(" y ", ",").replace(" with ", ",").replace("/", ",");
        List<String> parts = new ArrayList<>();
        for (String p : t.split(",")) {
            if (!p.isBlank()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static String clean(String part) {
        String s = part.strip();
        if (s.contains("@") || s.contains("://") || s.startsWith("www.")) {
            return null;
        }
        if (s.length() > 2 && s.startsWith("By") && Character.isUpperCase(s.charAt(2))) {
            s = s.substring(2);
        }
        s = dropTrailingCredentials(dropTrailingDateWords(s));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String lower = s.toLowerCase(Locale.ROOT);
            for (String lead : LEADS) {
                if (lower.startsWith(lead) && (lower.length() == lead.length()
                    || lower.charAt(lead.length()) == ' ' || lower.charAt(lead.length()) == ':')) {
                    s = LEADING_COLON.matcher(s.substring(lead.length())).replaceFirst("");
                    stripped = true;
                    break;
                }
            }
        }
        s = trimEdges(NAME_EDGES, singleSpaced(WHITESPACE_RUNS, dropTrailingAffiliation(s))).strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) {
            s = titleCase(s);
        }
        return s;
    }

    /**
     * {@code runs.matcher(s).replaceAll(" ")} for a pattern of runs of spaces (ASCII white space, the no-break space):
     * a name whose only spaces are single ' ' has nothing to replace, and is not searched.
     */
    static String singleSpaced(Pattern runs, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '\u00a0' || c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ') {
                return runs.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /**
     * {@code edges.matcher(s).replaceAll("")} for a pattern of punctuation and spaces anchored at the text's edges: a
     * name that opens and ends with a letter or digit has nothing to trim, and is not searched.
     */
    static String trimEdges(Pattern edges, String s) {
        boolean lettered = !s.isEmpty() && Character.isLetterOrDigit(s.charAt(0))
            && Character.isLetterOrDigit(s.charAt(s.length() - 1));
        if (lettered) {
            return s;
        }
        return edges.matcher(s).replaceAll("");
    }

    /** "Jane Doe MS, RD" is Jane Doe: trailing credentials go, a lone word is kept whatever it spells. */
    private static String dropTrailingCredentials(String s) {
        String t = s.strip();
        while (true) {
            int space = t.lastIndexOf(' ');
            if (space < 0) {
                return t;
            }
            String last = t.substring(space + 1).replace(".", "").replace(",", "");
            // credentials are written in capitals or mixed case ("PhD"), never all lower-case like a name particle
            if (last.equals(last.toLowerCase(Locale.ROOT)) || !CREDENTIALS.contains(last.toLowerCase(Locale.ROOT))) {
                return t;
            }
            t = TRAILING_COMMAS.matcher(t.substring(0, space)).replaceAll("").strip();
        }
    }

    /**
     * "Jane Doe in Springfield" is Jane Doe filing from a place, "Jane Doe The Daily Bugle" Jane Doe writing for an
     * outlet: a byline with no separator before the dateline or the outlet. Cut only where at least two words come
     * first, so a name that is nothing but the outlet ("The Daily Bugle") stays whole and is dropped as one.
     */
    private static String dropTrailingAffiliation(String s) {
        for (String marker : AFFILIATION_MARKERS) {
            int i = s.indexOf(marker);
            if (i > 0 && i + marker.length() < s.length() && Character.isUpperCase(s.charAt(i + marker.length()))
                && s.substring(0, i).strip().indexOf(' ') > 0) {
                return s.substring(0, i).strip();
            }
        }
        return s;
    }

    /** "Jane Doe December" (a byline cut at the day's digits) loses its month; "Jane Doe Updated" its label. */
    private static String dropTrailingDateWords(String s) {
        String t = s.strip();
        while (true) {
            int space = t.lastIndexOf(' ');
            if (space < 0) {
                return t;
            }
            String last = t.substring(space + 1).toLowerCase(Locale.ROOT).replace(".", "").replace(",", "");
            if (!TRAILING_NOISE.contains(last)) {
                return t;
            }
            t = t.substring(0, space).strip();
        }
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'' || c == '.';
        }
        return b.toString();
    }
}
