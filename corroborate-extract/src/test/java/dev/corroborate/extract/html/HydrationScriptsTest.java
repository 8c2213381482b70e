package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HydrationScriptsTest {
    @Test
    void findsEachMarkerAmongOtherDoubleUnderscoreNamesInMarkerOrder() {
        // a script of the Gullhaven Courier: framework globals around two states, the second marker first in the code
        String html = "<script>window.__APP_VERSION__ = \"3\"; window.__APOLLO_STATE__ = {\"kind\":\"apollo\"};"
            + " window.___NEXT_DATA___x = 1; window.__PRELOADED_STATE__ = {\"kind\":\"preloaded\"};</script>";
        List<Object> states = HydrationScripts.read(html, 0);
        assertEquals(List.of(Map.of("kind", "preloaded"), Map.of("kind", "apollo")), states);
    }

    @Test
    void aMarkerIsLookedForOnlyNearItsScriptsStart() {
        String filler = "x".repeat(1_200);
        String html = "<script>var pad = \"" + filler + "\"; window.__INITIAL_STATE__ = {\"kind\":\"late\"};</script>"
            + "<script>Fusion.globalContent = {\"kind\":\"fusion\"};</script>";
        assertEquals(List.of(Map.of("kind", "fusion")), HydrationScripts.read(html, 0));
    }

    @Test
    void theLeastWordsAreAskedForOnlyWhenAStateIsFound() {
        String none = "<p>Larkholm</p><script>var page = {\"kind\":\"plain\"};</script>";
        assertEquals(List.of(), HydrationScripts.read(none, MarkupPrefilter.keep(none).scriptStarts(), () -> {
            throw new AssertionError("asked for the least words of a page without state");
        }));
        String state = "<script>window.__INITIAL_STATE__ = {\"text\":\"the quay opens\"};</script>";
        int[] asked = {0};
        assertEquals(List.of(), HydrationScripts.read(state, MarkupPrefilter.keep(state).scriptStarts(), () -> {
            asked[0]++;
            return 100;
        }), "two spaces cannot carry a hundred words");
        assertEquals(1, asked[0]);
    }
}
