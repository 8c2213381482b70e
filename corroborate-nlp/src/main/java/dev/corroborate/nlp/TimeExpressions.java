package dev.corroborate.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Span;

/**
 * Finds dates in text and resolves them against the publication date: a day and month without a year is the
 * latest such day not after publication; a weekday is the latest such weekday up to publication; a stretch of days
 * ("last summer", "in late 2023") resolves the same way to a period. Without a publication date only dates that carry
 * their year resolve; nothing is guessed.
 */
public final class TimeExpressions {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
        "\\b(?=[OoJFMASND])(?:[Oo]n\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
        "\\b(?=[Oot0-9])(?:[Oo]n\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?");
    private static final Pattern FULL_MONTH_AT_END = Pattern.compile(
        "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\.$");
    private static final Pattern WEEKDAY = Pattern.compile(
        "\\b(?:[Oo]n\\s+|[Ll]ast\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tonight|this morning|last night)\\b",
        Pattern.CASE_INSENSITIVE);

    private final PeriodExpressions periods = new PeriodExpressions();

    /** @return the expressions in {@code [from, to)} of the text, in order */
    public List<TimeExpression> find(String text, int from, int to, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        String window = text.substring(from, to);
        boolean weekday = window.contains("day") || window.contains("Day");
        boolean relative = weekday || window.contains("night") || window.contains("morning");
        // Most sentences name no date: the cheap tests above spare them the patterns.
        if (hasDigit(window) && hasMonth(window)) {
            Matcher m = MONTH_DAY.matcher(window);
            while (m.find()) {
                found.add(new TimeExpression(span(from, m), dayMonth(m.group(2), m.group(1), m.group(3), published)));
            }
            m = DAY_MONTH.matcher(window);
            while (m.find()) {
                Span s = span(from, m);
                if (found.stream().noneMatch(t -> t.span().overlaps(s))) {
                    found.add(new TimeExpression(s, dayMonth(m.group(1), m.group(2), m.group(3), published)));
                }
            }
        }
        Matcher m = WEEKDAY.matcher(window);
        while (weekday && m.find()) {
            LocalDate day = published == null ? null
                : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
            if (day != null && m.group().toLowerCase(Locale.ROOT).startsWith("last") && day.equals(published)) {
                day = day.minusWeeks(1);
            }
            found.add(new TimeExpression(span(from, m), day));
        }
        m = RELATIVE_DAY.matcher(window);
        while (relative && m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate day = published == null ? null
                : word.equals("yesterday") || word.equals("last night") ? published.minusDays(1) : published;
            found.add(new TimeExpression(span(from, m), day));
        }
        for (TimeExpression period : periods.find(window, from, published)) {
            if (found.stream().noneMatch(t -> t.span().overlaps(period.span()))) {
                found.add(period); // "in May" gives way to "May 5"
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    private static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    static boolean hasMonth(String text) {
        for (String month : MONTH_STEMS) {
            if (text.contains(month)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The match's span; a month written in full ends a sentence without taking its full stop. */
    private static Span span(int offset, Matcher m) {
        int end = m.end();
        if (m.group().endsWith(".") && FULL_MONTH_AT_END.matcher(m.group()).find()) {
            end--;
        }
        return new Span(offset + m.start(), offset + end);
    }

    private static LocalDate dayMonth(String day, String month, String year, LocalDate published) {
        try {
            int d = Integer.parseInt(day);
            int mo = monthNumber(month);
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), mo, d);
            }
            if (published == null) {
                return null;
            }
            LocalDate candidate = LocalDate.of(published.getYear(), mo, d);
            return candidate.isAfter(published.plusDays(1)) ? candidate.minusYears(1) : candidate;
        } catch (DateTimeException | NumberFormatException impossible) {
            return null;
        }
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new DateTimeException("not a month: " + name);
        };
    }
}
