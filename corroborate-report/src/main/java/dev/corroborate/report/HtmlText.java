package dev.corroborate.report;

import dev.corroborate.core.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes untrusted text for HTML and marks statement spans inside it. Everything from a page goes through here
 * before it reaches the report, in element content and attribute values alike.
 */
final class HtmlText {
    private HtmlText() {
    }

    /** The text with {@code & < > " '} escaped, safe in element content and in quoted attributes; "" for null. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * An id attribute value (and fragment) for {@code kind} and a domain id: only {@code [A-Za-z0-9-]} survive,
     * other characters are written as {@code _hex_}, so two different ids never share an anchor.
     */
    static String anchor(String kind, String id) {
        StringBuilder out = new StringBuilder(kind).append('-');
        String value = id == null ? "" : id;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
                out.append(c);
            } else {
                out.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return out.toString();
    }

    /**
     * The escaped part of {@code body} that {@code window} covers, with each of {@code marks} that falls in it
     * wrapped in {@code <mark>}. Marks are body offsets; overlapping ones are merged and out-of-range ones clipped.
     */
    static String highlight(String body, Span window, List<Span> marks) {
        int from = Math.min(window.start(), body.length());
        int to = Math.min(window.end(), body.length());
        List<int[]> merged = merge(marks, from, to);
        StringBuilder out = new StringBuilder();
        int at = from;
        for (int[] m : merged) {
            out.append(escape(body.substring(at, m[0])))
                    .append("<mark>").append(escape(body.substring(m[0], m[1]))).append("</mark>");
            at = m[1];
        }
        out.append(escape(body.substring(at, to)));
        return out.toString();
    }

    private static List<int[]> merge(List<Span> marks, int from, int to) {
        List<int[]> clipped = new ArrayList<>();
        for (Span s : marks) {
            int start = Math.max(s.start(), from);
            int end = Math.min(s.end(), to);
            if (start < end) {
                clipped.add(new int[] {start, end});
            }
        }
        clipped.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] m : clipped) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m[0] <= last[1]) {
                last[1] = Math.max(last[1], m[1]);
            } else {
                merged.add(m);
            }
        }
        return merged;
    }
}
