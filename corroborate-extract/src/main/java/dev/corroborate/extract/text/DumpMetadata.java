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
import dev.corroborate.extract.meta.DateParsing;

/**
 * Reads what a text dump shows about its article outside the body: the publication date of the byline or dateline,
 * the bylined authors, and the outlet (from a "news desk" byline or a copyright line).
 */
final class DumpMetadata {
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|words by|author:?|authors:?)\\s+(.+)$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b|\\|)\\s*");
    private static final Pattern DESK = Pattern.compile(
        "(?i)^(?:the\\s+)?(.+?)\\s+(?:news desk|newsroom|staff|editorial team|editors|desk|team|reporters)$");
    private static final Pattern PERSON_NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}$");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
        "(?i)(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?)?\\s*,?\\s*([^.|]+?(?:\\.[a-z]{2,6})?)"
        + "\\s*(?:\\.|\\||all rights|$)");
    private static final Pattern CAPITALISED_PHRASE = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*){1,4}");
    private static final Pattern DATE_START = Pattern.compile(
        "(?i)\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
        + "|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}|\\|");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:www\\.)?([a-z0-9-]+)\\.[a-z]{2,6}$");

    private static final int STAMP_MAX_CHARS = 120;
    /** How many lines a byline's block of dates spans. */
    private static final int STAMP_BLOCK_LINES = 3;
    /** "Published: … | Updated: …" shows the publication date first: such a line is no revision stamp. */
    private static final Pattern PUBLICATION = Pattern.compile("(?i)(?:published|posted)(?![a-z])");
    /** The label may run into the clock after it ("Updated07:26, 24 Dec 2023"). */
    private static final Pattern REVISION = Pattern.compile("(?i)\\b(?:updated|modified|corrected|edited|revised)(?![a-z])");
    /** "— Ann Lee (@annlee) March 3, 2025": an embedded post's stamp dates the post, not the article. */
    private static final Pattern POST_HANDLE = Pattern.compile("\\(@\\w{1,30}\\)");
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
            if (POST_HANDLE.matcher(text).find()) {
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
        String spaced = GLUED_MONTH.matcher(line).replaceAll(" ");
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
     * Names on the byline ("By A and B", or a stamp "A and B - Dec 21, 2023 1:00 pm"), with desks and staff credits
     * left out.
     */
    List<String> authors(List<DumpLine> header) {
        for (DumpLine line : header) {
            String text = unglued(line.text());
            Matcher m = BYLINE.matcher(text);
            String names = m.matches() ? beforeDate(m.group(1)) : stampNames(text);
            List<String> authors = new ArrayList<>();
            for (String part : names == null ? new String[0] : NAME_SEPARATORS.split(names)) {
                String name = part.strip().replaceFirst("\\s*[-–—•·,]+$|\\s+on$", "");
                if (PERSON_NAME.matcher(name).matches() && !DESK.matcher(name).matches() && !authors.contains(name)) {
                    authors.add(name);
                }
            }
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        return List.of();
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
            for (String part : NAME_SEPARATORS.split(beforeDate(by.group(1)))) {
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
