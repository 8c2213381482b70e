package dev.corroborate.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.corroborate.core.Published;

/**
 * Reads publication dates as pages write them: ISO-8601 in metadata, and the visible forms of bylines
 * ("November 14, 2023 2:50 PM", "14 Nov 2023", "11:48 14.11.2023", "2023/11/14"). Used by every extractor.
 */
public final class DateParsing {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
        Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9),
        Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    /** Month names capitalised or, as bylines set in small caps write them, in capitals ("NOV 6, 2023"). */
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
        + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        + "|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|"
        + "AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
    private static final String TIME = "(?:(?:,|\\s+at|\\s*[|\\-–—]|\\s)\\s*(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([AaPp]\\.?[Mm]\\.?)?)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
        "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
        "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b" + TIME);
    private static final Pattern TIME_THEN_NUMERIC = Pattern.compile(
        "\\b(\\d{1,2}):(\\d{2})\\s+(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
    /** "8:00 PM EST, Tue December 19, 2023": a byline that writes the clock before the day. */
    private static final Pattern TIME_THEN_MONTH_DAY_YEAR = Pattern.compile(
        "\\b(\\d{1,2}):(\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?(?:\\s+[A-Z]{2,4})?,?\\s+(?:[A-Z][a-z]{2,8}\\.?,?\\s+)?"
        + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern NUMERIC_DMY = Pattern.compile(
        "\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b(?:,?\\s+(\\d{1,2}):(\\d{2}))?");
    /** "12/11/23" or "12-11-23": with a two-digit year, the American month-first order. */
    private static final Pattern NUMERIC_MDY_SHORT = Pattern.compile(
        "\\b(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{2})\\b(?![/-]\\d)(?:,?\\s+(\\d{1,2}):(\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?)?");
    /** "2023-11-14", also as the start of an ISO timestamp printed as is ("2023-11-14T15:23:34Z"). */
    private static final Pattern NUMERIC_YMD = Pattern.compile(
        "\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\b|(?=T\\d))(?:[T ,]\\s*(\\d{1,2}):(\\d{2}))?");

    /** A closing 'Z', written out as the offset it stands for; compiled once, as every date read passes here. */
    private static final Pattern UTC_DESIGNATOR = Pattern.compile("Z$");
    /** Every form above writes at least this many digits (a day and a two-digit year): text with fewer has no date. */
    private static final int MIN_DATE_DIGITS = 4;

    private static final Pattern URL_DATE = Pattern.compile(
        "/((?:19|20)\\d{2})([/-])(\\d{1,2})\\2(\\d{1,2})(?=[/_.]|(?<=-\\d{1,2})-|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/)"
            + "|/((?:19|20)\\d{2})/((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))/(\\d{1,2})(?=/)");

    private DateParsing() {
    }

    /**
     * Reads the day a URL's path spells ({@code /2023/11/14/}, {@code /2023-11-14-title}, {@code /20231114/},
     * {@code /2023/nov/14/}).
     */
    public static Optional<Published> fromUrl(String url) {
        if (url == null || url.length() > 2000) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                LocalDate d = m.group(1) != null
                    ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))
                    : m.group(5) != null
                    ? LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)))
                    : LocalDate.of(Integer.parseInt(m.group(8)), month(m.group(9)), Integer.parseInt(m.group(10)));
                return Optional.of(Published.ofDate(d));
            } catch (DateTimeException | NumberFormatException impossible) {
                // try the next match
            }
        }
        return Optional.empty();
    }

    /** Parses a machine-written value (meta tags, JSON-LD, {@code <time datetime>}). */
    public static Optional<Published> parseIso(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Published quick = commonIsoOffset(v);
        if (quick != null) {
            return Optional.of(quick);
        }
        try {
            OffsetDateTime odt = OffsetDateTime.parse(UTC_DESIGNATOR.matcher(v.replace(' ', 'T')).replaceFirst("+00:00"));
            return Optional.of(new Published(odt.toLocalDate(), odt.toLocalTime().withNano(0), odt.getOffset()));
        } catch (DateTimeParseException notFull) {
            // fall through to the looser forms
        }
        try {
            if (v.length() >= 16 && v.charAt(10) == 'T' || v.length() >= 16 && v.charAt(10) == ' ') {
                var local = java.time.LocalDateTime.parse(v.substring(0, 19 <= v.length() ? 19 : 16).replace(' ', 'T'));
                return Optional.of(new Published(local.toLocalDate(), local.toLocalTime(), null));
            }
        } catch (DateTimeParseException | StringIndexOutOfBoundsException notLocal) {
            // fall through
        }
        return find(v);
    }

    /**
     * {@code v} read as the ISO formatter reads it when written in the shape nearly all metadata uses:
     * {@code 2023-11-14T15:23[:34[.123]]} (or a space for the 'T') and then 'Z' or {@code +05:30}. Null for any
     * other shape or an impossible value, which the formatter then decides on: it costs far more, and throws.
     */
    static Published commonIsoOffset(String v) {
        int n = v.length();
        if (n < 17 || !digits(v, 0, 4) || v.charAt(4) != '-' || !digits(v, 5, 7) || v.charAt(7) != '-'
            || !digits(v, 8, 10) || v.charAt(10) != 'T' && v.charAt(10) != ' ' || !digits(v, 11, 13)
            || v.charAt(13) != ':' || !digits(v, 14, 16)) {
            return null;
        }
        int i = 16;
        int second = 0;
        if (v.charAt(i) == ':' && i + 3 <= n && digits(v, i + 1, i + 3)) {
            second = number(v, i + 1, i + 3);
            i += 3;
            if (i < n && v.charAt(i) == '.') {
                // the formatter reads a fraction of one to nine digits; the second is kept whole
                int end = i + 1;
                while (end < n && end - i <= 9 && isDigit(v.charAt(end))) {
                    end++;
                }
                if (end == i + 1) {
                    return null;
                }
                i = end;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && v.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (v.charAt(i) == '+' || v.charAt(i) == '-') && digits(v, i + 1, i + 3)
            && v.charAt(i + 3) == ':' && digits(v, i + 4, i + 6) && number(v, i + 4, i + 6) <= 59) {
            int sign = v.charAt(i) == '-' ? -1 : 1;
            offsetSeconds = sign * (number(v, i + 1, i + 3) * 3600 + number(v, i + 4, i + 6) * 60);
        } else {
            return null;
        }
        try {
            return new Published(LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10)),
                LocalTime.of(number(v, 11, 13), number(v, 14, 16), second), ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    /** Finds the first date a person would read as one in free text, with its time when written beside it. */
    public static Optional<Published> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (!hasDigits(text, MIN_DATE_DIGITS)) {
            return Optional.empty(); // most lines a byline reader tries have no date: the seven patterns need not run
        }
        Optional<Published> best = Optional.empty();
        int bestStart = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, TIME_THEN_MONTH_DAY_YEAR, TIME_THEN_NUMERIC, NUMERIC_DMY,
            NUMERIC_MDY_SHORT, NUMERIC_YMD}) {
            Matcher m = pattern.matcher(text);
            while (m.find() && m.start() < bestStart) {
                Optional<Published> found = read(pattern, m);
                if (found.isPresent()) {
                    best = found;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /** True when {@code text} holds at least {@code least} ASCII digits, the digits a pattern's {@code \d} matches. */
    private static boolean hasDigits(String text, int least) {
        int n = 0;
        for (int i = 0; i < text.length() && n < least; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n >= least;
    }

    private static Optional<Published> read(Pattern pattern, Matcher m) {
        try {
            if (pattern == MONTH_DAY_YEAR) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
                return Optional.of(withTime(d, m.group(4), m.group(5), m.group(6)));
            }
            if (pattern == DAY_MONTH_YEAR) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
                return Optional.of(withTime(d, m.group(4), m.group(5), m.group(6)));
            }
            if (pattern == TIME_THEN_MONTH_DAY_YEAR) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
                return Optional.of(withTime(d, m.group(1), m.group(2), m.group(3)));
            }
            if (pattern == TIME_THEN_NUMERIC) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)));
                return Optional.of(withTime(d, m.group(1), m.group(2), null));
            }
            if (pattern == NUMERIC_MDY_SHORT) {
                LocalDate d = LocalDate.of(2000 + Integer.parseInt(m.group(4)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(3)));
                return Optional.of(withTime(d, m.group(5), m.group(6), m.group(7)));
            }
            if (pattern == NUMERIC_DMY) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
                return Optional.of(withTime(d, m.group(4), m.group(5), null));
            }
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return Optional.of(withTime(d, m.group(4), m.group(5), null));
        } catch (DateTimeException | NumberFormatException impossible) {
            return Optional.empty();
        }
    }

    private static Published withTime(LocalDate date, String hour, String minute, String meridiem) {
        if (hour == null) {
            return Published.ofDate(date);
        }
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        if (meridiem != null) {
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            if (h == 12) {
                h = pm ? 12 : 0;
            } else if (pm) {
                h += 12;
            }
        }
        if (h > 23 || min > 59) {
            return Published.ofDate(date);
        }
        return new Published(date, LocalTime.of(h, min), null);
    }

    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(key.length() > 3 && key.startsWith("sept") ? "sept" : key.substring(0, Math.min(3, key.length())));
        if (m == null) {
            throw new DateTimeException("not a month: " + name);
        }
        return m;
    }

    /** @return an offset for the common zone abbreviations, else null */
    static ZoneOffset offsetOf(String zone) {
        return switch (zone.toUpperCase(Locale.ROOT)) {
            case "UTC", "GMT", "Z" -> ZoneOffset.UTC;
            default -> null;
        };
    }
}
