package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupPrefilterTest {
    @Test
    void markupQuotedInJsonLdDoesNotSwallowThePage() {
        // JSON escapes "</" as "<\/", so a quoted "<svg" or "<!--" has no closing tag the scan could find
        String html = "<html><head><script type=\"application/ld+json\">{\"articleBody\":\"<svg class=\\\"icon\\\">"
            + "<\\/svg><!-- kept --><p>Quoted.<\\/p>\"}</script></head><body><p>The pier reopened on Monday.</p>"
            + "<script>var hidden = 1;</script></body></html>";
        String stripped = MarkupPrefilter.strip(html);
        assertTrue(stripped.contains("<p>The pier reopened on Monday.</p>"), stripped);
        assertTrue(stripped.contains("{\"articleBody\":\"<svg class="), stripped);
        assertFalse(stripped.contains("var hidden"), stripped);
    }

    @Test
    void scriptsStylesAndCommentsAreCut() {
        assertEquals("<p>a</p><p>b</p>",
            MarkupPrefilter.strip("<p>a</p><script>x()</script><!-- note --><style>p{}</style><p>b</p>"));
    }

    @Test
    void closingTagsMatchIgnoringCaseAsTheParserReadsThem() {
        // other closing tags inside the script, upper case, a long s that folds to 's', a page that is not Latin-1
        assertEquals("<p>a</p><p>b \u2014 c</p>", MarkupPrefilter.strip(
            "<p>a</p><SCRIPT>w('</span></s>')</ScRiPt><style>p{}</\u017ftyle><p>b \u2014 c</p>"));
        assertEquals("<p>a</p>", MarkupPrefilter.strip("<p>a</p><script>x('</scrip"));
    }

    @Test
    void theReaderGivesTheKeptMarkupAcrossRuns() throws Exception {
        String html = "<p>a</p><script>x()</script><!-- note --><p>b</p><style>p{}</style>";
        MarkupPrefilter.Kept kept = MarkupPrefilter.keep(html);
        StringBuilder read = new StringBuilder();
        char[] buf = new char[3]; // smaller than a run, so runs are read in pieces
        try (var reader = kept.reader()) {
            for (int n; (n = reader.read(buf, 0, buf.length)) >= 0; ) {
                read.append(buf, 0, n);
            }
        }
        assertEquals("<p>a</p><p>b</p>", read.toString());
        assertEquals(read.toString(), kept.toString());
    }

    @Test
    void scriptTagsAreNotedButNotThoseInsideCommentsOrCode() {
        String html = "<script>document.write('<script src=x><\\/script>')</script><!-- <script> -->"
            + "<p>text</p><script type=\"application/json\">{}</script>";
        assertArrayEquals(new int[] {0, html.indexOf("<p>") + 11}, MarkupPrefilter.keep(html).scriptStarts());
    }
}
