package dev.corroborate.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Period;
import dev.corroborate.core.Span;

/**
 * Finds stretches of time a text names without naming a day, resolved against the publication date: "last
 * summer", "this spring", "in late 2023", "in early March", "last week", "last month", "last year", "earlier this
 * month". Seasons are the northern meteorological ones (summer is June to August). A relative period needs the
 * publication date; without it only periods that carry their year resolve, and nothing is guessed.
 */
final class PeriodExpressions {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
        + "November|December";
    private static final Pattern SEASON = Pattern.compile(
        "\\b(last|this|past)\\s+(summer|winter|spring|autumn|fall)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_OF_YEAR = Pattern.compile(
        "\\b[Ii]n\\s+(?:(early|mid|late)[\\s-]+)?((?:19|20)\\d\\d)\\b");
    private static final Pattern PART_OF_MONTH = Pattern.compile(
        "\\b[Ii]n\\s+(?:(early|mid|late)[\\s-]+)?(" + MONTHS + ")\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?");
    /**
     * Word parts a match holds in running text, where only the first word of "Last summer" takes a capital: a window
     * with none of them is not searched. (A period written all in capitals is missed.)
     */
    private static final String[] SEASON_WORDS = {"ummer", "inter", "pring", "utumn", "all"};
    private static final String[] UNIT_WORDS = {"week", "month", "year"};
    private static final Pattern LAST_UNIT = Pattern.compile(
        "\\b(last|earlier this)\\s+(week|month|year)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * @param window the text searched
     * @param from   where the window starts in the article, so that spans are the article's
     * @return the resolved periods in the window, in order
     */
    List<TimeExpression> find(String window, int from, LocalDate published) {
        List<TimeExpression> found = new ArrayList<>();
        // Most windows name no period: cheap tests spare them the patterns that cannot match.
        boolean seasons = mayName(window, SEASON_WORDS);
        boolean years = TimeExpressions.hasDigit(window);
        boolean months = TimeExpressions.hasMonth(window);
        boolean units = mayName(window, UNIT_WORDS);
        Matcher m = SEASON.matcher(window);
        while (seasons && m.find()) {
            found.add(expression(from, m, season(m.group(1), m.group(2), published)));
        }
        m = PART_OF_YEAR.matcher(window);
        while (years && m.find()) {
            int year = Integer.parseInt(m.group(2));
            found.add(expression(from, m, part(m.group(1), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))));
        }
        m = PART_OF_MONTH.matcher(window);
        while (months && m.find()) {
            YearMonth month = month(m.group(2), m.group(3), published);
            found.add(expression(from, m, month == null ? null : part(m.group(1), month.atDay(1), month.atEndOfMonth())));
        }
        m = LAST_UNIT.matcher(window);
        while (units && m.find()) {
            found.add(expression(from, m, lastUnit(m.group(1), m.group(2), published)));
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        // An unresolved period dates nothing, and what lies ahead of publication is a plan or a forecast, never when
        // something was said: neither is kept.
        return found.stream().filter(t -> t.period() != null
            && (published == null || !t.period().first().isAfter(published))).toList();
    }

    private static boolean mayName(String window, String[] words) {
        for (String word : words) {
            if (window.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpression expression(int offset, Matcher m, Period period) {
        return new TimeExpression(new Span(offset + m.start(), offset + m.end()), null, period);
    }

    /** "last summer" is the latest summer over before publication; "this summer" the one of the publication year. */
    private static Period season(String which, String name, LocalDate published) {
        if (published == null) {
            return null;
        }
        Month start = switch (name.toLowerCase(Locale.ROOT)) {
            case "spring" -> Month.MARCH;
            case "summer" -> Month.JUNE;
            case "autumn", "fall" -> Month.SEPTEMBER;
            default -> Month.DECEMBER;
        };
        LocalDate first = LocalDate.of(published.getYear(), start, 1);
        if (which.equalsIgnoreCase("this")) {
            // this winter in January or February began the December before
            first = start == Month.DECEMBER && published.getMonthValue() <= 2 ? first.minusYears(1) : first;
        } else {
            while (!first.plusMonths(3).isBefore(published.plusDays(1))) {
                first = first.minusYears(1); // a season not over at publication is not "last"
            }
        }
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    /**
     * Early, mid and late: of a year, January to April, May to August, September to December; of a month, days 1 to
     * 10, 11 to 20, 21 to its end. No word means the whole stretch.
     */
    private static Period part(String which, LocalDate first, LocalDate last) {
        if (which == null) {
            return new Period(first, last);
        }
        boolean year = first.getYear() != last.getYear() || first.getMonth() != last.getMonth();
        int index = switch (which.toLowerCase(Locale.ROOT)) {
            case "early" -> 0;
            case "mid" -> 1;
            default -> 2;
        };
        if (year) {
            LocalDate start = first.plusMonths(4L * index);
            return new Period(start, start.plusMonths(4).minusDays(1));
        }
        LocalDate start = first.plusDays(10L * index);
        return new Period(start, index == 2 ? last : start.plusDays(9));
    }

    /** A month without its year is the latest such month that began by publication. */
    private static YearMonth month(String name, String year, LocalDate published) {
        Month month = Month.valueOf(name.toUpperCase(Locale.ROOT));
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), month);
        }
        if (published == null) {
            return null;
        }
        YearMonth candidate = YearMonth.of(published.getYear(), month);
        return candidate.isAfter(YearMonth.from(published)) ? candidate.minusYears(1) : candidate;
    }

    private static Period lastUnit(String which, String unit, LocalDate published) {
        if (published == null) {
            return null;
        }
        boolean earlierThis = !which.equalsIgnoreCase("last");
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "week" -> {
                LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield earlierThis ? new Period(monday, published)
                    : new Period(monday.minusWeeks(1), monday.minusDays(1));
            }
            case "month" -> {
                YearMonth month = YearMonth.from(published);
                yield earlierThis ? new Period(month.atDay(1), published)
                    : new Period(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
            }
            default -> earlierThis ? new Period(published.withDayOfYear(1), published)
                : new Period(LocalDate.of(published.getYear() - 1, 1, 1), LocalDate.of(published.getYear() - 1, 12, 31));
        };
    }
}
