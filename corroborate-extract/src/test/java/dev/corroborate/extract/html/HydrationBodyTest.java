package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class HydrationBodyTest {
    private static final String S1 = "The Brackwater ferry will stop running its night service in March, the harbour board said on Friday.";
    private static final String S2 = "Board member Ilse Tarrow said the crossings had lost money for six years in a row.";
    private static final String S3 = "Riders on the island of Fennick said they would now have to leave work early to get home.";

    private static List<String> read(String html) {
        return HydrationBody.paragraphs(HydrationScripts.read(html, 0));
    }

    @Test
    void readsParagraphBlocksOfANextDataStateInOrderWithInlineLinks() {
        String state = "{\"props\":{\"pageProps\":{\"story\":{\"headline\":\"Night ferry ends\",\"body\":{\"content\":["
            + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"" + S1 + "\"}]},"
            + "{\"type\":\"ad\",\"content\":[{\"type\":\"text\",\"value\":\"Advertisement: buy a boat today, it is a great deal.\"}]},"
            + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"Board member \"},"
            + "{\"type\":\"link\",\"data\":{\"href\":\"https://brackwater.example/ilse\"},\"content\":[{\"type\":\"text\",\"value\":\"Ilse Tarrow\"}]},"
            + "{\"type\":\"text\",\"value\":\" said the crossings had lost money for six years in a row.\"}]},"
            + "{\"type\":\"media\",\"data\":{\"caption\":\"The ferry at dawn, seen from the pier.\"}},"
            + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"" + S3 + "\"}]}]}}}}}";
        String html = "<html><body><p>" + S1 + "</p><script id=\"__NEXT_DATA__\" type=\"application/json\">" + state
            + "</script></body></html>";
        assertEquals(List.of(S1, S2, S3), read(html));
    }

    @Test
    void readsEscapedParagraphMarkupOfAnAssignedState() {
        String html = "<script>window.__INITIAL_STATE__ = {\"article\":{\"id\":7,\"html\":\"&lt;p&gt;" + S1
            + "&lt;/p&gt;&lt;p&gt;" + S2 + "&lt;/p&gt;\"},\"nav\":[\"Home page\",\"Island news\"]};</script>";
        assertEquals(List.of(S1, S2), read(html));
    }

    @Test
    void markupIsReadBlockByBlockWithQuotesThroughTheirParagraphs() {
        assertEquals(List.of("Night crossings", S1, S2),
            HydrationBody.markupParagraphs("<h2>Night crossings</h2><p>" + S1 + "</p><blockquote><p>" + S2 + "</p></blockquote>"));
    }

    @Test
    void prefersTheRunWithMostProse() {
        String html = "<script>Fusion.globalContent={\"related\":[{\"type\":\"text\",\"content\":\"" + S3 + "\"}],"
            + "\"content_elements\":[{\"type\":\"text\",\"content\":\"" + S1 + "\"},{\"type\":\"image\",\"caption\":\"A ferry.\"},"
            + "{\"type\":\"text\",\"content\":\"" + S2 + " <a href=\\\"/x\\\">More</a> " + S3 + "\"}]};</script>";
        assertEquals(List.of(S1, S2 + " More " + S3), read(html));
    }

    @Test
    void codeThatOnlyNamesAStateOrCallsAFunctionYieldsNothing() {
        assertTrue(read("<script>if (window.__INITIAL_STATE__) { start(); }</script>").isEmpty());
        assertTrue(read("<script>window.__NUXT__=(function(a){return {\"body\":\"" + S1 + "\"}}(1));</script>").isEmpty());
        assertTrue(read("<p>No state here at all.</p>").isEmpty());
    }

    @Test
    void hostileStatesStayBounded() {
        String deep = "<script>window.__PRELOADED_STATE__ = " + "{\"content\":[".repeat(200_000) + "</script>";
        StringBuilder wide = new StringBuilder("<script>window.__PRELOADED_STATE__ = {\"a\":[");
        for (int i = 0; i < 70_000; i++) {
            wide.append("[{\"content\":[{\"value\":\"word word.\"}]}],");
        }
        wide.append("[]]}</script>");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertTrue(read(deep).isEmpty());
            read(wide.toString());
        });
    }

    @Test
    void overlapNeedsMostOfTheMarkupInTheScriptBody() {
        assertTrue(ScriptBodyOverlap.holdsMostOf(List.of(S1, S2, S3), List.of("The Brackwater ferry will stop running its "
            + "night service in March, the harbour board said on Friday…")));
        assertTrue(ScriptBodyOverlap.holdsMostOf(List.of(S1), List.of()));
        assertTrue(!ScriptBodyOverlap.holdsMostOf(List.of(S2, S3), List.of(S1)));
    }
}
