package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.extract.meta.AuthorNames;
import dev.corroborate.extract.meta.DateParsing;

/**
 * Reads the bylined authors of a text dump from the lines above its body: a "By" line, a stamp line with the
 * names before or after its date, else a line of bare names beside the dateline or just over the body.
 */
final class DumpByline {
    private static final Pattern BY_AFTER_DATE = Pattern.compile("(?:^|[\\s|/•·,-])(?i:by)\\s*:?\\s+(\\p{Lu}.*)$");
    /** "By Ona Brask for the Valley Post": the outlet the writer filed for is no author. */
    private static final Pattern FOR_OUTLET = Pattern.compile("\\s+(?:for|For|FOR)\\s+(?:the\\s+|The\\s+)?\\p{Lu}[^,|&]*$");
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:by|written by|words by|posted by|author)\\s*:?\\s+");
    private static final Pattern BYLINE_SEGMENT_END = Pattern.compile("[,|•·\\d]");
    /** Where a credit's words part: spaces, digits, punctuation ("By Valley Press3 min read"). */
    private static final Pattern CREDIT_WORDS = Pattern.compile("[^\\p{L}.'’-]+");
    private static final int CREDIT_MAX_WORDS = 5;
    /** "By —": a label with a dash before the names on the next line. */
    private static final Pattern DASHED_LABEL = Pattern.compile("(?i)^(?:by|written by)\\s*[—–-]$");
    /**
     * "Story by", "Photos and story by", "Text and photos by": a credit of the words, perhaps with the pictures; a
     * credit of the pictures alone ("Photos by") names the photographer.
     */
    private static final Pattern WORDS_CREDIT = Pattern.compile(
        "(?i:(?:(?:photos?|pictures?|video)\\s+(?:and|&)\\s+)?(?:story|text|words|reporting)"
        + "(?:\\s+(?:and|&)\\s+(?:photos?|pictures?|video))?\\s+by):?\\s+(\\p{Lu}.*)");
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");
    /** A stamp's names carry few words in lower case: "and", "by", "updated on", a particle. */
    private static final int STAMP_LOWER_WORDS = 3;
    /** "Social Links for", "Posts by": a link's label before the writer's name it leads to. */
    private static final Pattern LINK_LABEL = Pattern.compile("^(?:\\p{Lu}\\p{Ll}+\\s+){1,3}(?:for|by|from)\\s+(?=\\p{Lu})");
    /** A comma or an "and" the dump printed on a line of its own between two names. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("(?i)^(?:,|and|&)$");
    private static final Pattern BY_LABEL_START = Pattern.compile(
        "^(?:(?:[Ww]ritten|[Ww]ords|[Pp]osted|[Pp]ublished)\\s+)?(?:[Bb]y|BY)(?!\\p{Ll})");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern TRAILING_SLASH = Pattern.compile("\\s*/\\s*$");
    /** "By" or "Author" on a line of its own: the names follow on the next line. */
    private static final Pattern BY_LABEL = Pattern.compile("(?i)^(?:by|written by|words by|authors?):?$");
    /** A bare name line counts beside a dateline within this many lines of the body, or right over the body. */
    private static final int NAME_LINE_REACH = 16;
    private static final int NAME_STAMP_LINES = 2;
    private static final int NAME_LINE_NEAR_BODY = 2;
    private static final int NAME_LINE_WORDS = 8;

    private DumpByline() {
    }

    /** "By", "Written by", "Author:" on a line of their own: the names follow on the next line. */
    static boolean isBareLabel(String line) {
        return BY_LABEL.matcher(line).matches();
    }

    /**
     * Names on the byline ("By A and B", a "By" printed on a line of its own over the names, or a stamp "A and B -
     * Dec 21, 2023 1:00 pm"), else the writers an author box's bios name, else a line of bare names beside the
     * dateline or just over the body; desks, staff credits and job titles left out.
     *
     * @param header  the lines above the body, in order, with the short lines at the body's head
     * @param bodyFrom index of the body's first line
     * @param lines   the whole dump, where the author box under the body sits
     * @param headline the headline's line, or null when the dump shows none
     */
    static List<String> authors(List<DumpLine> header, int bodyFrom, List<DumpLine> lines, DumpLine headline) {
        for (int k = 0; k < header.size(); k++) {
            String text = DumpMetadata.unglued(header.get(k).text());
            if (!DumpMetadata.BYLINE.matcher(text).matches() && DumpMetadata.POST_HANDLE.matcher(text).find()) {
                continue; // "— Ann Lee (@annlee) March 3, 2025": an embedded post's author, not the article's
            }
            Credit credit = creditAt(header, k);
            if (!credit.names().isEmpty()) {
                return CreditedSource.withoutSources(withBylinesUnder(credit, header), lines);
            }
            if (creditsNoPerson(text)) {
                return List.of();
            }
        }
        // the author box under the article names the writer in a sentence: surer than a bare line of names
        List<String> bio = AuthorBio.writers(lines, bodyFrom);
        if (!bio.isEmpty()) {
            return bio;
        }
        // a name over a dateline or a role comes before one under a dateline (a caption's credit), and that before
        // one merely near the body (a widget's label); a line of names alone before one that runs on into a role's
        // word, as a subhead can
        for (Placement placement : Placement.values()) {
            for (boolean affiliated : new boolean[] {false, true}) {
                List<String> named = nameLine(header, bodyFrom, affiliated, placement, headline);
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        return List.of();
    }

    /**
     * The names on a bare line beside the dateline or just over the body, nearest the body first: names alone, or
     * with {@code affiliated}, one name running on into the outlet or role ("Ona Brask Valley Gazette"),
     * placed as {@code placement} asks. Right over the headline a bare name is its kicker, a topic tag or a section's
     * label ("Harlan City" / "Rovers and Harlan City meet in the final"), not the writer: a byline sits under it.
     */
    private static List<String> nameLine(List<DumpLine> header, int bodyFrom, boolean affiliated, Placement placement,
        DumpLine headline) {
        for (int k = header.size() - 1; k >= 0; k--) {
            DumpLine line = header.get(k);
            if (bodyFrom - line.index() > NAME_LINE_REACH) {
                break;
            }
            if (headline != null && line.index() == headline.index() - 1) {
                continue;
            }
            boolean placed = switch (placement) {
                case OVER_STAMP -> stampNear(header, k, 1) || roleUnder(header, k);
                case UNDER_STAMP -> stampNear(header, k, -1);
                // inside the body's run a bare name is a subhead or a listed item: only a stamp or role marks a byline
                case NEAR_BODY -> line.index() < bodyFrom && bodyFrom - line.index() <= NAME_LINE_NEAR_BODY;
            };
            // "Ana Lenz as told to Ona Brask" names only its writer, so only the writer's part must be all names
            String names = BylineTail.strip(AuthorNames.afterToldTo(line.text()));
            List<String> authors = placed && line.words() <= NAME_LINE_WORDS ? people(names) : List.of();
            boolean fits = affiliated
                ? authors.size() == 1 && authors.get(0).equals(AffiliatedName.of(firstSegment(names)))
                : namesOnly(names, authors);
            if (!authors.isEmpty() && fits) {
                return authors;
            }
        }
        return List.of();
    }

    /** The names a header line credits, and the header position its credit ends on (the names under a bare label). */
    private record Credit(List<String> names, int end) {
    }

    /** The credit the header line at {@code k} opens: a byline, a bare label over the names, or a stamp with names. */
    private static Credit creditAt(List<DumpLine> header, int k) {
        String text = DumpMetadata.unglued(header.get(k).text());
        if (isBareLabel(text) || DASHED_LABEL.matcher(text).matches()) {
            return namesUnderLabel(header, k);
        }
        Matcher words = WORDS_CREDIT.matcher(text);
        if (words.matches()) {
            return new Credit(people(words.group(1)), k);
        }
        String byline = DumpMetadata.BYLINE.matcher(text).matches() ? text : stampNames(text);
        if (byline == null || people(byline).isEmpty()) {
            byline = bylineAfterDate(text);
        }
        return new Credit(people(byline), k);
    }

    /**
     * The names under a bare "By" label, which the dump may print a line each with the commas between them on lines
     * of their own ("By" / "Ona Brask" / "," / "Teo Lind"), or as the label of a link to the writer's page ("By" /
     * "Social Links for Ona Brask").
     */
    private static Credit namesUnderLabel(List<DumpLine> header, int k) {
        if (k + 1 >= header.size()) {
            return new Credit(List.of(), k);
        }
        StringBuilder names = new StringBuilder(LINK_LABEL.matcher(header.get(k + 1).text()).replaceFirst(""));
        int end = k + 1;
        while (end + 2 < header.size() && NAME_SEPARATOR.matcher(header.get(end + 1).text()).matches()
            && header.get(end + 2).index() == header.get(end).index() + 2) {
            names.append(", ").append(header.get(end + 2).text());
            end += 2;
        }
        return new Credit(people(names.toString()), end);
    }

    /**
     * The credit's names and those of the bylines printed right under it, one a writer ("By Ona Brask" / "By Teo
     * Lind"), each once.
     */
    private static List<String> withBylinesUnder(Credit first, List<DumpLine> header) {
        List<String> names = new ArrayList<>(first.names());
        int end = first.end();
        while (end + 1 < header.size() && header.get(end + 1).index() == header.get(end).index() + 1
            && BY_LABEL_START.matcher(header.get(end + 1).text()).lookingAt()) {
            Credit next = creditAt(header, end + 1);
            if (next.names().isEmpty()) {
                break;
            }
            next.names().stream().filter(name -> !names.contains(name)).forEach(names::add);
            end = next.end();
        }
        return names;
    }

    /**
     * Whether a "By" line credits no person: an agency or a desk ("By Valley Press Staff"), or a byline stamped with
     * the date whose name is a handle the parser cannot read ("by onab on March 3, 2025"). The byline's place is
     * taken, so no bare line elsewhere is the writer.
     */
    private static boolean creditsNoPerson(String line) {
        Matcher byline = DumpMetadata.BYLINE.matcher(line);
        if (!byline.matches() || !BY_LABEL_START.matcher(line).lookingAt()) {
            return false; // "Authors Columns Podcasts": a menu's label, where "By" opens only a credit
        }
        if (line.length() <= DumpMetadata.STAMP_MAX_CHARS && DumpMetadata.dateIn(line).isPresent()) {
            return true;
        }
        // the credit runs to the first digit or bar; a sentence ("By signing up, you agree…") is no credit
        String credited = byline.group(1) != null ? byline.group(1) : byline.group(2);
        String[] words = CREDIT_WORDS.split(BYLINE_SEGMENT_END.split(credited, 2)[0].strip());
        if (words.length > CREDIT_MAX_WORDS) {
            return false;
        }
        boolean organisation = false;
        for (String word : words) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            organisation |= AuthorNames.isNotPersonWord(word);
        }
        return organisation;
    }

    /** The people a byline names, news desks left out; none for a null byline. */
    private static List<String> people(String byline) {
        if (byline == null) {
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (String name : AuthorNames.parse(FOR_OUTLET.matcher(BylineTail.strip(byline)).replaceFirst(""))) {
            if (!DumpMetadata.DESK.matcher(name).matches()) {
                // "Ona Brask Valley Courier-Post", "Ona BraskWriter": the parser takes the outlet for more name
                String affiliated = AffiliatedName.of(name);
                authors.add(affiliated != null ? affiliated : name);
            }
        }
        // "Ona Brask and Teo Lind Valley Staff": a writer whose credit runs on into the desk's, which the parser drops
        for (String piece : AND.split(firstSegment(BylineTail.strip(byline)))) {
            String affiliated = AffiliatedName.of(piece);
            if (affiliated != null && !authors.contains(affiliated) && AuthorNames.parse(piece).isEmpty()) {
                authors.add(affiliated);
            }
        }
        return authors;
    }

    /** The byline without its label, up to the first comma, bar, bullet or digit: where one person's credit ends. */
    private static String firstSegment(String byline) {
        return BYLINE_SEGMENT_END.split(BYLINE_LABEL.matcher(byline.strip()).replaceFirst(""), 2)[0];
    }

    /** Whether a line holds nothing but the names (and a role after a comma or bar): no headline or menu entry. */
    private static boolean namesOnly(String line, List<String> names) {
        // "Ona Brask/" over the stamp: the slash a byline box prints between name and date, not a photo credit's
        String rest = TRAILING_SLASH.matcher(line.split("[,|•·]", 2)[0]).replaceFirst("");
        for (String name : names) {
            rest = rest.replace(name, " ");
        }
        return rest.replaceAll("(?i)\\b(?:and|by)\\b|[&\\s]", "").isEmpty();
    }

    /** Whether the header line at {@code k} has a job title printed right under it ("Name" / "Senior Writer"). */
    private static boolean roleUnder(List<DumpLine> header, int k) {
        DumpLine under = DumpMetadata.lineUnder(header, k);
        return under != null && RoleLine.is(under.text());
    }


    /** Where a bare name line sits that reads as the byline, from the surest place to the least sure. */
    private enum Placement { OVER_STAMP, UNDER_STAMP, NEAR_BODY }

    /**
     * Whether a dateline sits within two lines after ({@code direction} 1) or before (-1) the header line at
     * {@code k} ("Name" / "Role" / "Date").
     */
    private static boolean stampNear(List<DumpLine> header, int k, int direction) {
        int index = header.get(k).index();
        for (int step = 1; step <= NAME_STAMP_LINES; step++) {
            int j = k + direction * step;
            if (j < 0 || j >= header.size()) {
                break;
            }
            DumpLine line = header.get(j);
            if (Math.abs(line.index() - index) <= NAME_STAMP_LINES && line.words() <= DumpMetadata.STAMP_WORDS
                && DumpMetadata.dateIn(line.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names after a "by" that follows the date on a short stamp line: "Dec 22, 2025 by Ona Brask",
     * "Posted on: May 2, 2025 Published by: Ona Brask", "March 3, 2025 | By Ona Brask".
     */
    private static String bylineAfterDate(String line) {
        if (line.length() > DumpMetadata.STAMP_MAX_CHARS) {
            return null;
        }
        Matcher by = BY_AFTER_DATE.matcher(line);
        return by.find() && DateParsing.find(line.substring(0, by.start())).isPresent() ? by.group(1) : null;
    }

    /** The words before the date of a short stamp line, when the line is such a stamp. */
    private static String stampNames(String line) {
        if (line.length() > DumpMetadata.STAMP_MAX_CHARS) {
            return null;
        }
        Matcher date = DumpMetadata.DATE_START.matcher(line);
        if (!date.find() || date.start() == 0 || DateParsing.find(line).isEmpty()) {
            return null;
        }
        String names = line.substring(0, date.start());
        return sentence(names) ? null : names;
    }

    /**
     * Whether the words before a date run as a sentence: a teaser's ("Ana Lenz and Teo Lind are set to open on March
     * 3, 2025"), where a stamp's names carry at most a joining word or a label in lower case ("and", "by", "on").
     */
    private static boolean sentence(String words) {
        int lower = 0;
        for (String word : WORD_BREAK.split(words.strip())) {
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && ++lower > STAMP_LOWER_WORDS) {
                return true;
            }
        }
        return false;
    }
}
