package dev.corroborate.extract.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Published;
import dev.corroborate.extract.meta.AuthorNames;
import dev.corroborate.extract.meta.DateParsing;

/**
 * Reads what a text dump shows about its article outside the body: the publication date of the byline or dateline,
 * the bylined authors, and the outlet (from a "news desk" byline or a copyright line).
 */
final class DumpMetadata {
    private static final Pattern BYLINE = Pattern.compile(
        "(?i)^(?:by|written by|words by|published by|posted by|author|authors)\\s*:?\\s+(.+)$"
        // "BySaima Sidik": an inline label with no space before the name
        + "|^(?:By|BY)(\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}.*)$");
    private static final Pattern BY_AFTER_DATE = Pattern.compile("(?:^|[\\s|/•·,-])(?i:by)\\s*:?\\s+(\\p{Lu}.*)$");
    /** "By Ona Brask for the Valley Post": the outlet the writer filed for is no author. */
    private static final Pattern FOR_OUTLET = Pattern.compile("\\s+(?:for|For|FOR)\\s+(?:the\\s+|The\\s+)?\\p{Lu}[^,|&]*$");
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:by|written by|words by|posted by|author)\\s*:?\\s+");
    private static final Pattern BYLINE_SEGMENT_END = Pattern.compile("[,|•·\\d]");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|\\|)\\s*");
    private static final Pattern DESK = Pattern.compile(
        "(?i)^(?:the\\s+)?(.+?)\\s+(?:news desk|newsroom|staff|editorial team|editors|desk|team|reporters)$");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
        "(?i)(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*([^.|]+?(?:\\.[a-z]{2,6})?)"
        + "\\s*(?:\\.|\\||all rights|$)");
    private static final Pattern CAPITALISED_PHRASE = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,4}");
    private static final Pattern DATE_START = Pattern.compile(
        "(?i)\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
        + "|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}|\\|");
    private static final Pattern TRAILING_SLASH = Pattern.compile("\\s*/\\s*$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:www\\.)?([a-z0-9-]+)\\.[a-z]{2,6}$");

    private static final int STAMP_MAX_CHARS = 120;
    /** "By" or "Author" on a line of its own: the names follow on the next line. */
    private static final Pattern BY_LABEL = Pattern.compile("(?i)^(?:by|written by|words by|authors?):?$");
    /** A bare name line counts beside a dateline within this many lines of the body, or right over the body. */
    private static final int NAME_LINE_REACH = 16;
    private static final int NAME_STAMP_LINES = 2;
    private static final int NAME_LINE_NEAR_BODY = 2;
    private static final int NAME_LINE_WORDS = 8;
    private static final int STAMP_WORDS = 16;
    /** How many lines a byline's block of dates spans. */
    private static final int STAMP_BLOCK_LINES = 3;
    /** "Published: … | Updated: …" shows the publication date first: such a line is no revision stamp. */
    private static final Pattern PUBLICATION = Pattern.compile("(?i)(?:published|posted)(?![a-z])");
    /** The label may run into the clock after it ("Updated07:26, 24 Dec 2023"). */
    private static final Pattern REVISION = Pattern.compile("(?i)\\b(?:updated|modified|corrected|edited|revised)(?![a-z])");
    /** "— Ann Lee (@annlee) March 3, 2025": an embedded post's stamp dates the post, not the article. */
    private static final Pattern POST_HANDLE = Pattern.compile("\\(@\\w{1,30}\\)");
    /**
     * "Release date Dec 8, 2025", "Air date: …", "Closing date …": a fact box's line that names whose date it gives,
     * something other than the article's publication or revision.
     */
    private static final Pattern OTHER_THINGS_DATE = Pattern.compile(
        "(?i)^(?:(?!(?:publi|post|updat|modifi|revis|edit|last|first|story)\\w*\\b)\\p{L}+\\s+){1,2}date\\s*:?\\s");
    /**
     * What a line that is nothing but a timestamp holds besides its digits: month and weekday names, "at", "on", a
     * "Published" or "Posted" label, the meridiem, a time zone's abbreviation ("EST", "ET", "CET", "UTC").
     */
    private static final Pattern STAMP_WORDING = Pattern.compile(
        "(?i:\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\p{L}*\\.?"
        + "|\\b(?:at|on|published|posted)\\b|\\b[ap]\\.?m\\.?(?!\\p{L}))"
        + "|\\b(?:[A-Z]{1,4}T|UTC)\\b|[\\d\\s,.:/|·•-]+");
    /** A date this far into a paragraph is one its sentences report; a dateline opens the paragraph. */
    private static final int DATELINE_CHARS = 60;
    /** A revision stamp whose label the page prints on a line of its own ("Updated on" / "December 28, 2023"). */
    private static final Pattern REVISION_LABEL = Pattern.compile(
        "(?i)^(?:last\\s+)?(?:updated|modified|corrected|edited|revised)(?:\\s+on)?:?$");
    /** Where a month name, followed by a day, starts right after a letter or digit of the word before. */
    private static final Pattern GLUED_MONTH = Pattern.compile(
        "(?<=[\\p{L}\\d])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b)");
    /**
     * Where a written-out date's year runs into the digits after it: the clock ("Dec 22, 20235:00 AM"), a repeat of
     * the date ("6 December 20236 December 2023") or a counter ("Oct 17, 20235757 Shares").
     */
    private static final Pattern GLUED_YEAR = Pattern.compile(
        "(?i)(\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}"
        + "|\\b\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(?:19|20)\\d{2})(?=\\d)");
    /** "Courtney CarrPublished": a stamp's label glued to the name before it. */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?<=\\p{Ll})(?=(?:Published|Updated|Posted)\\b)");
    private static final Pattern NUMERIC_FULL_YEAR = Pattern.compile(
        "(?<![\\d/.-])(\\d{1,2})([-/])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/.-])");

    private final LocalDate today;

    DumpMetadata(LocalDate today) {
        this.today = today;
    }

    /**
     * The plausible date nearest the body: above the headline sit the dates of other stories' teasers, under it the
     * article's own. An "Updated" or "Corrected" stamp yields to a publication date printed beside it; a date
     * after tomorrow is a typo or a widget, not this.
     */
    Published published(List<DumpLine> header) {
        Published revised = null;
        int revisedAt = -1;
        for (int at = header.size() - 1; at >= 0; at--) {
            DumpLine line = header.get(at);
            if (line.kind() == LineKind.CAPTION) {
                continue; // a caption dates its photo, often taken days before
            }
            String text = line.text();
            if (POST_HANDLE.matcher(text).find() || OTHER_THINGS_DATE.matcher(text).find()) {
                continue;
            }
            boolean prose = line.kind() == LineKind.PROSE && text.length() > DATELINE_CHARS;
            Optional<Published> found = dateIn(prose ? text.substring(0, DATELINE_CHARS) : text);
            if (found.isEmpty() || found.get().date().isAfter(today.plusDays(1))) {
                continue;
            }
            boolean labelledRevision = REVISION.matcher(text).find();
            Matcher publication = PUBLICATION.matcher(text);
            boolean labelledPublication = publication.find();
            if (labelledRevision && labelledPublication) {
                // "Updated Dec 23 … First published Dec 18": the date after the publication label
                Optional<Published> first = dateIn(text.substring(publication.end()));
                if (first.isPresent()) {
                    found = first;
                }
            }
            boolean revision = labelledRevision && !labelledPublication
                || line.index() > 0 && REVISION_LABEL.matcher(previous(header, line)).matches();
            if (!revision) {
                // Beyond the stamp block, a date belongs to something else: the revision is the article's.
                if (revised != null && revisedAt - line.index() > STAMP_BLOCK_LINES) {
                    return revised;
                }
                return labelled(text) ? found.get() : bylineStampAbove(header, at).orElse(found.get());
            }
            if (revised == null) {
                revised = found.get();
                revisedAt = line.index();
            }
        }
        return revised;
    }

    /**
     * The first line of the dump that is a timestamp and nothing else, with the clock ("December 22, 2025 at 9:00 AM
     * EST"): a byline's stamp, printed on a line of its own; teaser lists date their stories without the clock.
     */
    Published firstStamp(List<DumpLine> lines) {
        for (DumpLine line : lines) {
            // the cheap tests first: a long dump is mostly paragraphs, each too costly to unglue
            if (line.kind() == LineKind.CAPTION || line.words() > STAMP_WORDS) {
                continue;
            }
            String text = unglued(line.text());
            if (!STAMP_WORDING.matcher(text).replaceAll("").isEmpty()) {
                continue;
            }
            Optional<Published> found = dateIn(text);
            if (found.isPresent() && found.get().time() != null && !found.get().date().isAfter(today.plusDays(1))) {
                return found.get();
            }
        }
        return null;
    }

    /**
     * Whether {@code date} is the byline's own stamp: printed on the "By …" line or on the line right under it
     * ("By Ona Brask" / "December 11, 2025"), where no masthead's "today" or related story's stamp stands.
     */
    boolean onByline(List<DumpLine> header, Published date) {
        if (date == null) {
            return false;
        }
        for (int k = 0; k < header.size(); k++) {
            DumpLine line = header.get(k);
            if (!BYLINE.matcher(unglued(line.text())).matches()) {
                continue;
            }
            if (date.equals(dateIn(line.text()).orElse(null))) {
                return true;
            }
            DumpLine under = lineUnder(header, k);
            if (under != null && date.equals(dateIn(under.text()).orElse(null))) {
                return true;
            }
        }
        return false;
    }

    /** True when the line names what its date is: a byline's or a "Published" stamp. */
    private static boolean labelled(String text) {
        return BYLINE.matcher(text).matches() || PUBLICATION.matcher(text).find();
    }

    /**
     * The date of a byline or "Published" stamp just above an unlabelled date: the stamp names the article's date,
     * the bare date under it may be a caption's whose credit the dump did not mark ("… in Rome on May 2. Ann Lee/Agency").
     */
    private Optional<Published> bylineStampAbove(List<DumpLine> header, int at) {
        int index = header.get(at).index();
        for (int k = at - 1; k >= 0 && index - header.get(k).index() <= STAMP_BLOCK_LINES; k--) {
            String text = header.get(k).text();
            if (text.length() <= STAMP_MAX_CHARS && labelled(unglued(text))) {
                Optional<Published> stamp = dateIn(text);
                if (stamp.isPresent() && !stamp.get().date().isAfter(today.plusDays(1))
                    && !REVISION.matcher(text).find()) {
                    return stamp;
                }
            }
        }
        return Optional.empty();
    }

    /** The line printed just above {@code line} in the same list, or "" at its head. */
    private static String previous(List<DumpLine> lines, DumpLine line) {
        int at = lines.indexOf(line);
        return at > 0 && lines.get(at - 1).index() == line.index() - 1 ? lines.get(at - 1).text() : "";
    }

    /** The line with a space put back between a name and the date glued to it, and after a year glued to digits. */
    private static String unglued(String line) {
        String spaced = GLUED_LABEL.matcher(GLUED_MONTH.matcher(line).replaceAll(" ")).replaceAll(" ");
        return GLUED_YEAR.matcher(spaced).replaceAll("$1 ");
    }

    /**
     * The date a line shows, read also where the dump glued it to the name before it ("Ann LeeDecember 20, 2023",
     * "F1Dec 19, 2023": inline elements with no space between) or wrote it month-first with a four-digit year
     * ("12-19-2023", "12/21/2023"; day-first when the first number cannot be a month).
     */
    static Optional<Published> dateIn(String line) {
        Optional<Published> found = DateParsing.find(unglued(line));
        if (found.isPresent()) {
            return found;
        }
        Matcher m = NUMERIC_FULL_YEAR.matcher(line);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            try {
                LocalDate date = first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
                return Optional.of(Published.ofDate(date));
            } catch (java.time.DateTimeException impossible) {
                // not a date: try the next match
            }
        }
        return Optional.empty();
    }

    /**
     * Names on the byline ("By A and B", a "By" printed on a line of its own over the names, or a stamp "A and B -
     * Dec 21, 2023 1:00 pm"), else a line of bare names beside the dateline or just over the body; desks, staff
     * credits and job titles left out.
     *
     * @param header  the lines above the body, in order, with the short lines at the body's head
     * @param bodyFrom index of the body's first line
     */
    List<String> authors(List<DumpLine> header, int bodyFrom) {
        for (int k = 0; k < header.size(); k++) {
            String text = unglued(header.get(k).text());
            if (!BYLINE.matcher(text).matches() && POST_HANDLE.matcher(text).find()) {
                continue; // "— Ann Lee (@annlee) March 3, 2025": an embedded post's author, not the article's
            }
            String byline;
            if (BY_LABEL.matcher(text).matches()) {
                byline = k + 1 < header.size() ? header.get(k + 1).text() : null;
            } else {
                byline = BYLINE.matcher(text).matches() ? text : stampNames(text);
                if (byline == null || people(byline).isEmpty()) {
                    byline = bylineAfterDate(text);
                }
            }
            List<String> authors = people(byline);
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        // a name over a dateline or a role comes before one under a dateline (a caption's credit), and that before
        // one merely near the body (a widget's label); a line of names alone before one that runs on into a role's
        // word, as a subhead can
        for (Placement placement : Placement.values()) {
            for (boolean affiliated : new boolean[] {false, true}) {
                List<String> named = nameLine(header, bodyFrom, affiliated, placement);
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
     * placed as {@code placement} asks.
     */
    private static List<String> nameLine(List<DumpLine> header, int bodyFrom, boolean affiliated, Placement placement) {
        for (int k = header.size() - 1; k >= 0; k--) {
            DumpLine line = header.get(k);
            if (bodyFrom - line.index() > NAME_LINE_REACH) {
                break;
            }
            boolean placed = switch (placement) {
                case OVER_STAMP -> stampNear(header, k, 1) || roleUnder(header, k);
                case UNDER_STAMP -> stampNear(header, k, -1);
                case NEAR_BODY -> bodyFrom - line.index() <= NAME_LINE_NEAR_BODY;
            };
            String names = BylineTail.strip(line.text());
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

    /** The people a byline names, news desks left out; none for a null byline. */
    private static List<String> people(String byline) {
        if (byline == null) {
            return List.of();
        }
        List<String> authors = new ArrayList<>();
        for (String name : AuthorNames.parse(FOR_OUTLET.matcher(byline).replaceFirst(""))) {
            if (!DESK.matcher(name).matches()) {
                // "Ona Brask Valley Courier-Post", "Ona BraskWriter": the parser takes the outlet for more name
                String affiliated = AffiliatedName.of(name);
                authors.add(affiliated != null ? affiliated : name);
            }
        }
        if (authors.isEmpty()) {
            String affiliated = AffiliatedName.of(firstSegment(byline));
            return affiliated == null ? List.of() : List.of(affiliated);
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
        DumpLine under = lineUnder(header, k);
        return under != null && RoleLine.is(under.text());
    }

    /** The header line printed right under the one at {@code k} in the dump, or null when the header skips there. */
    private static DumpLine lineUnder(List<DumpLine> header, int k) {
        return k + 1 < header.size() && header.get(k + 1).index() == header.get(k).index() + 1 ? header.get(k + 1) : null;
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
            if (Math.abs(line.index() - index) <= NAME_STAMP_LINES && line.words() <= STAMP_WORDS
                && dateIn(line.text()).isPresent()) {
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
        if (line.length() > STAMP_MAX_CHARS) {
            return null;
        }
        Matcher by = BY_AFTER_DATE.matcher(line);
        return by.find() && DateParsing.find(line.substring(0, by.start())).isPresent() ? by.group(1) : null;
    }

    /** The words before the date of a short stamp line, when the line is such a stamp. */
    private static String stampNames(String line) {
        if (line.length() > STAMP_MAX_CHARS) {
            return null;
        }
        Matcher date = DATE_START.matcher(line);
        if (!date.find() || date.start() == 0 || DateParsing.find(line).isEmpty()) {
            return null;
        }
        return line.substring(0, date.start());
    }

    /** The outlet named by a desk credit on the byline, else by a copyright line anywhere on the page. */
    String outlet(List<DumpLine> header, List<DumpLine> all) {
        for (DumpLine line : header) {
            Matcher by = BYLINE.matcher(line.text());
            if (!by.matches()) {
                continue;
            }
            for (String part : NAME_SEPARATORS.split(beforeDate(by.group(1) != null ? by.group(1) : by.group(2)))) {
                Matcher desk = DESK.matcher(part.strip());
                if (desk.matches()) {
                    String name = part.strip().toLowerCase(Locale.ROOT).startsWith("the ")
                        ? "The " + desk.group(1) : desk.group(1);
                    return name.strip();
                }
            }
        }
        for (DumpLine line : all) {
            if (!BoilerplateLexicon.isCopyright(line.text())) {
                continue;
            }
            Matcher m = COPYRIGHT_HOLDER.matcher(line.text());
            if (m.find() && !m.group(1).isBlank()) {
                return spelledOut(holderName(m.group(1)), all);
            }
        }
        return null;
    }

    /** "Example Post Ltd, 14 Quay Road" is the Example Post; "Example Media Group 2025" the Example Media Group. */
    private static String holderName(String holder) {
        String name = holder.split(",", 2)[0].strip();
        name = name.replaceFirst("\\s+(?:19|20)\\d{2}$", "");
        name = name.replaceFirst("(?i)\\s+(?:ltd|limited|inc|llc|plc|gmbh|s\\.a|ag)\\.?$", "");
        return name.strip();
    }

    /** "Examplenews.com" reads better as the "Example News" the page itself writes, when it does. */
    private static String spelledOut(String holder, List<DumpLine> all) {
        Matcher domain = DOMAIN.matcher(holder);
        if (!domain.matches()) {
            return holder;
        }
        String squashed = domain.group(1).replace("-", "").toLowerCase(Locale.ROOT);
        for (DumpLine line : all) {
            Matcher m = CAPITALISED_PHRASE.matcher(line.text());
            while (m.find()) {
                String[] words = m.group().split("\\s+");
                for (int from = 0; from < words.length - 1; from++) {
                    for (int to = words.length; to > from + 1; to--) {
                        String sub = String.join(" ", Arrays.copyOfRange(words, from, to));
                        if (sub.replace(" ", "").toLowerCase(Locale.ROOT).equals(squashed)) {
                            return sub;
                        }
                    }
                }
            }
        }
        return holder;
    }

    private static String beforeDate(String byline) {
        Matcher date = DATE_START.matcher(byline);
        return date.find() ? byline.substring(0, date.start()) : byline;
    }
}
