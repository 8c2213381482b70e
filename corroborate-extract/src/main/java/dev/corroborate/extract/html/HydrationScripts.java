package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The hydration states of a client-rendered page: the JSON a framework ships for the browser to rebuild the page
 * from (Next.js {@code __NEXT_DATA__}, {@code window.__INITIAL_STATE__ = {...}}, Fusion's {@code globalContent}...).
 * Found in the raw markup's scripts, since the prefilter cuts plain scripts, and parsed with the lenient,
 * depth-bounded {@link JsonLd#parse}; a state too large or not JSON (a Nuxt function call) is skipped.
 */
final class HydrationScripts {
    /** Names under which frameworks ship their state, as script ids or as assigned globals. */
    private static final String[] MARKERS = {
        "__NEXT_DATA__", "__INITIAL_STATE__", "__PRELOADED_STATE__", "__INITIAL_DATA__", "__APOLLO_STATE__",
        "__NUXT__", "Fusion.globalContent"};
    /** How most markers open: one search for it finds them all. */
    private static final String DUNDER = "__";
    /** Past this many characters a state is not read: an article's state is far smaller, and parsing stays cheap. */
    static final int MAX_STATE_CHARS = 3_000_000;
    /** The text allowed between a marker and its JSON: {@code " type="application/json">} or {@code " = "}. */
    private static final int MAX_GAP = 60;
    /** How far into a script (its tag and first code) a marker is looked for: "Fusion.globalContent" follows a few
     * other assignments. */
    private static final int SCRIPT_HEAD = 1_000;
    /** At most this many states are read per page, whatever a hostile page repeats. */
    private static final int MAX_STATES = 4;

    private HydrationScripts() {
    }

    /**
     * The parsed states, in page order; empty when the page ships none. A state whose script holds too few spaces to
     * carry {@code leastWords} words of prose is not parsed: most pages show their whole story, and reading their
     * state could change nothing.
     */
    static List<Object> read(String html, int leastWords) {
        return read(html, MarkupPrefilter.keep(html).scriptStarts(), () -> leastWords);
    }

    /**
     * {@link #read(String, int)}, given where the page's scripts open ({@link MarkupPrefilter.Kept#scriptStarts}), as
     * the prefilter found them in its scan: the page is not scanned again for them. The least words are asked for
     * only when a state is found, as most pages ship none.
     */
    static List<Object> read(String html, int[] scriptStarts, IntSupplier leastWords) {
        List<Object> states = new ArrayList<>();
        boolean[] read = new boolean[MARKERS.length];
        int[] at = new int[MARKERS.length];
        // the scripts, each marker looked for near a script's start, where frameworks put it
        for (int s = 0; s < scriptStarts.length && states.size() < MAX_STATES; s++) {
            int script = scriptStarts[s];
            int head = Math.min(html.length(), script + SCRIPT_HEAD);
            firstPlaces(html, script, head, read, at);
            for (int k = 0; k < MARKERS.length && states.size() < MAX_STATES; k++) {
                Object state = at[k] < 0 ? null : stateAfter(html, at[k] + MARKERS[k].length(), leastWords);
                if (state != null) {
                    states.add(state);
                    read[k] = true;
                }
            }
        }
        return states;
    }

    /**
     * Sets {@code at[k]} to where marker k first lies whole in {@code html[from, to)}, or -1 (also for one already
     * read), as {@code html.indexOf(MARKERS[k], from, to)} would: the markers that open with "__" are found in one
     * search for that, not one search each.
     */
    private static void firstPlaces(String html, int from, int to, boolean[] read, int[] at) {
        Arrays.fill(at, -1);
        for (int p = html.indexOf(DUNDER, from, to); p >= 0; p = html.indexOf(DUNDER, p + 1, to)) {
            for (int k = 0; k < MARKERS.length; k++) {
                if (at[k] < 0 && !read[k] && MARKERS[k].startsWith(DUNDER) && p + MARKERS[k].length() <= to
                    && html.startsWith(MARKERS[k], p)) {
                    at[k] = p;
                }
            }
        }
        for (int k = 0; k < MARKERS.length; k++) {
            if (!read[k] && !MARKERS[k].startsWith(DUNDER)) {
                at[k] = html.indexOf(MARKERS[k], from, to);
            }
        }
    }

    /** The state whose JSON follows the marker ending at {@code from}, or null: none, too little prose, not JSON. */
    private static Object stateAfter(String html, int from, IntSupplier leastWords) {
        int brace = jsonStart(html, from);
        if (brace < 0) {
            return null;
        }
        int close = html.indexOf("</script", brace);
        int end = Math.min(close < 0 ? html.length() : close, brace + MAX_STATE_CHARS);
        if (2L * spaces(html, brace, end) < leastWords.getAsInt()) {
            return null; // words of two or more letters are at most twice the spaces between them
        }
        return JsonLd.parse(html.substring(brace, end));
    }

    private static int spaces(String html, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (html.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * Where the JSON assigned to or held by the marker ending at {@code from} opens: a '{' reached within
     * {@link #MAX_GAP} characters across an '=' or a tag end, with no other markup or code between; else -1.
     */
    private static int jsonStart(String html, int from) {
        boolean assigned = false;
        int end = Math.min(html.length(), from + MAX_GAP);
        for (int i = from; i < end; i++) {
            char c = html.charAt(i);
            if (c == '{') {
                return assigned ? i : -1;
            }
            if (c == '=' || c == '>') {
                assigned = true;
            } else if (c == '<' || c == '(' || c == ';' || c == '}' || c == '[') {
                return -1;
            }
        }
        return -1;
    }
}
