package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonLdBodyTextTest {
    @Test
    void plainTextBodyIsUnchanged() {
        assertEquals("The ferry to Larkholm ran late again.", JsonLdBodyText.plain("The ferry to Larkholm ran late again."));
    }

    @Test
    void markupBodyIsReducedToItsText() {
        assertEquals("The ferry ran late. Riders waited.",
            JsonLdBodyText.plain("<p>The ferry ran late.</p><p>Riders waited.</p>"));
    }

    @Test
    void twiceEscapedEditorMarkupLosesTagsAndComments() {
        String body = "&amp;lt;!-- wp:paragraph --&amp;gt;&amp;lt;p class=&amp;quot;lead&amp;quot;&amp;gt;"
            + "The ferry to Larkholm ran late again.&amp;lt;/p&amp;gt;&amp;lt;!-- /wp:paragraph --&amp;gt;";
        assertEquals("The ferry to Larkholm ran late again.", JsonLdBodyText.plain(body));
    }

    @Test
    void anAmpersandInProseIsNotTakenForMarkup() {
        assertEquals("Fish &amp; chips cost less.", JsonLdBodyText.plain("Fish &amp; chips cost less."));
    }
}
