package dev.corroborate.extract.meta;

import java.text.Normalizer;
import java.util.Locale;

import dev.corroborate.extract.Spaces;

/**
 * Headline clean-up shared by the extractors: strips the site name pages add to their titles ("Headline | Outlet",
 * "Outlet - Headline", "Headline - Section - Outlet") and compares two headlines the way a reader would.
 */
public final class Titles {
    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " // ", " ~ ", " : ", ": "};
    private static final int MAX_SUFFIX_WORDS = 4;
    private static final int SITE_NAME_SLACK = 10;

    private Titles() {
    }

    /**
     * @param title  a title as the page writes it (null allowed)
     * @param outlet the outlet's name when known, else null
     * @param host   the page's host ("www.example.com") when known, else null
     * @return the headline without site name or section affixes; null for a null or blank title
     */
    public static String stripSiteName(String title, String outlet, String host) {
        if (title == null) {
            return null;
        }
        String t = Spaces.collapse(title.replace('\u00a0', ' ')).strip();
        if (t.isEmpty()) {
            return null;
        }
        for (int round = 0; round < 3; round++) {
            String next = stripOnce(t, outlet, host);
            if (next.equals(t)) {
                break;
            }
            t = next;
        }
        return t;
    }

    private static String stripOnce(String t, String outlet, String host) {
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (namesSite(tail, outlet, host) || !sep.strip().equals(":") && isShortAffix(tail, head, isDash(sep))) {
                    return head;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0) {
                String head = t.substring(0, first).strip();
                String tail = t.substring(first + sep.length()).strip();
                if (namesSite(head, outlet, host)) {
                    return tail;
                }
            }
        }
        return t;
    }

    /** A short tail beside a long head: a site or section name, not half of the headline. */
    private static boolean isShortAffix(String affix, String rest, boolean dash) {
        int words = affix.split(" ").length;
        if (affix.endsWith("?") || affix.endsWith("!") || !Character.isUpperCase(firstLetter(affix))
            || rest.split(" ").length < 2) {
            return false;
        }
        // a bar or a guillemet sets off a site name; a dash may sit inside a headline, so it needs a longer head
        return dash ? words <= MAX_SUFFIX_WORDS && affix.length() * 2 < rest.length() : words <= MAX_SUFFIX_WORDS + 1;
    }

    private static boolean isDash(String sep) {
        return sep.equals(" - ") || sep.equals(" – ") || sep.equals(" — ") || sep.equals(" ~ ");
    }

    private static char firstLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return Character.isDigit(s.charAt(i)) ? 'A' : s.charAt(i);
            }
        }
        return 'a';
    }

    /** True when the text is the outlet's name or the host's ("nytimes.com", "The New York Times"). */
    static boolean namesSite(String text, String outlet, String host) {
        String k = key(text);
        if (k.isEmpty()) {
            return false;
        }
        String o = outlet == null ? "" : key(outlet);
        // "Example News Online" names the site; "Example's top 12 games, ranked" only mentions it
        if (!o.isEmpty() && (k.equals(o) || k.contains(o) && k.length() <= o.length() + SITE_NAME_SLACK)) {
            return true;
        }
        if (host != null) {
            String h = host.toLowerCase(Locale.ROOT);
            h = h.startsWith("www.") ? h.substring(4) : h;
            int dot = h.indexOf('.');
            String stem = key(dot > 0 ? h.substring(0, dot) : h);
            return stem.length() >= 3 && (k.equals(stem) || k.replace("the", "").equals(stem.replace("the", ""))
                || k.equals(key(h)));
        }
        return false;
    }

    /** True when two headlines read the same (case, accents' composition, spacing and punctuation aside). */
    public static boolean same(String a, String b) {
        return a != null && b != null && !key(a).isEmpty() && key(a).equals(key(b));
    }

    /** Letters and digits only, lower-case, NFKC: the comparison key of a headline. */
    public static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
