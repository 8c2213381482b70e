package dev.corroborate.report;

import dev.corroborate.core.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class HtmlTextTest {

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
                HtmlText.escape("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", HtmlText.escape(null));
    }

    @Test
    void highlightMergesOverlapsAndClipsToTheWindow() {
        String body = "abc <d> efg";
        assertEquals("c <mark>&lt;d&gt; e</mark>f",
                HtmlText.highlight(body, new Span(2, 10), List.of(new Span(4, 6), new Span(5, 9))));
        assertEquals("<mark>abc</mark> &lt;d&gt; efg",
                HtmlText.highlight(body, new Span(0, 99), List.of(new Span(0, 3), new Span(50, 60))));
    }

    @Test
    void anchorsKeepDistinctIdsDistinct() {
        assertEquals("article-ab12", HtmlText.anchor("article", "ab12"));
        assertNotEquals(HtmlText.anchor("article", "a b"), HtmlText.anchor("article", "a_b"));
        assertEquals("article-a_22_b", HtmlText.anchor("article", "a\"b"));
    }
}
