package dev.corroborate.report;

import dev.corroborate.core.Claim;
import dev.corroborate.core.EntityKind;
import dev.corroborate.core.Period;
import dev.corroborate.core.Published;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small null-safe text helpers shared by the report formats. */
final class Texts {
    /** Names per kind a named line shows: enough to scan, few enough to read. */
    private static final int MAX_NAMED = 8;

    private Texts() {
    }

    /**
     * The part of {@code text} a span covers, clamped to the text so that a bad offset upstream shows as a short
     * quote in the report rather than a crash.
     */
    static String slice(String text, Span span) {
        if (text == null || span == null) {
            return "";
        }
        int start = Math.min(span.start(), text.length());
        int end = Math.min(span.end(), text.length());
        return text.substring(start, end);
    }

    /** {@code value}, or {@code fallback} when it is null or blank. */
    static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A publication time for reading: ISO with the 'T' replaced by a space; "date unknown" when absent. */
    static String published(Published published) {
        return published == null ? "date unknown" : published.toIso().replace('T', ' ');
    }

    /** An ISO date, or {@code fallback} when absent. */
    static String date(LocalDate date, String fallback) {
        return date == null ? fallback : date.toString();
    }

    /** The stretch of days a statement was made in: "2024-06-01 to 2024-08-31". */
    static String period(Period period) {
        return period.first() + " to " + period.last();
    }

    /** The day a statement was made, else the first day of the stretch it was made in, else null: for ordering. */
    static LocalDate earliestSaid(Statement s) {
        return s.saidOn() != null ? s.saidOn() : s.saidWithin() == null ? null : s.saidWithin().first();
    }

    /** "1 article", "2 articles". */
    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** "3 articles", or "3 articles, 1 source" when some are copies of another: copies add no source. */
    static String support(Claim claim) {
        String articles = count(claim.articleCount(), "article", "articles");
        return claim.sourceCount() == claim.articleCount() ? articles
            : articles + ", " + count(claim.sourceCount(), "source", "sources");
    }

    /**
     * The event's most widely named organisations and places as one line ("Organisations: Port Authority (3),
     * VSA (2) · Places: Oska Basin (3)"), each with how many of its articles name it; empty when none is named.
     */
    static String namedLine(List<NamedInEvent> named) {
        List<String> parts = new ArrayList<>();
        for (EntityKind kind : EntityKind.values()) {
            List<String> names = named.stream().filter(n -> n.kind() == kind).limit(MAX_NAMED)
                    .map(n -> n.name() + " (" + n.articles() + ")").toList();
            if (!names.isEmpty()) {
                parts.add((kind == EntityKind.ORGANISATION ? "Organisations: " : "Places: ") + String.join(", ", names));
            }
        }
        return String.join(" · ", parts);
    }
}
