package dev.corroborate.extract.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Published;
import dev.corroborate.extract.meta.DateParsing;

/**
 * Reads the publication date a text dump shows outside its article's body: the byline's or dateline's stamp. Holds
 * the byline and stamp shapes {@link DumpByline} and {@link DumpOutlet} read too.
 */
final class DumpMetadata {
    /** A byline: its label, then the names, perhaps with a role or the stamp after them. */
    static final Pattern BYLINE = Pattern.compile(
        "(?i)^(?:by|written by|words by|published by|posted by|author|authors)\\s*:?\\s+(.+)$"
        // "BySaima Sidik": an inline label with no space before the name
        + "|^(?:By|BY)(\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}.*)$");
    /** A desk's credit in place of a person's: "Valley Post Staff", "The Harlan News Desk". */
    static final Pattern DESK = Pattern.compile(
        "(?i)^(?:the\\s+)?(.+?)\\s+(?:news desk|newsroom|staff|editorial team|editors|desk|team|reporters)$");
    /** Where a stamp's date or clock starts on a byline line. */
    static final Pattern DATE_START = Pattern.compile(
        "(?i)\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
        + "|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}|\\|");

    static final int STAMP_MAX_CHARS = 120;
    static final int STAMP_WORDS = 16;
    /** How many lines a byline's block of dates spans. */
    private static final int STAMP_BLOCK_LINES = 3;
    /** "Published: … | Updated: …" shows the publication date first: such a line is no revision stamp. */
    private static final Pattern PUBLICATION = Pattern.compile("(?i)(?:published|posted)(?![a-z])");
    /** The label may run into the clock after it ("Updated07:26, 24 Dec 2023"). */
    private static final Pattern REVISION = Pattern.compile("(?i)\\b(?:updated|modified|corrected|edited|revised)(?![a-z])");
    /** "— Ann Lee (@annlee) March 3, 2025": an embedded post's stamp dates the post, not the article. */
    static final Pattern POST_HANDLE = Pattern.compile("\\(@\\w{1,30}\\)");
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
    static String unglued(String line) {
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
    /** The header line printed right under the one at {@code k} in the dump, or null when the header skips there. */
    static DumpLine lineUnder(List<DumpLine> header, int k) {
        return k + 1 < header.size() && header.get(k + 1).index() == header.get(k).index() + 1 ? header.get(k + 1) : null;
    }
}
