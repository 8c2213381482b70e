package dev.corroborate.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTextTest {

    @Test
    void escapesInlineMarkupAndJoinsLines() {
        assertEquals("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i", MarkdownText.inline("a *b* _c_ `d` [e](f) <g>\nh|i"));
        assertEquals("\\# not a heading", MarkdownText.inline("# not a heading"));
        assertEquals("\\- not a list", MarkdownText.inline("- not a list"));
        assertEquals("1\\. not a list", MarkdownText.inline("1. not a list"));
        assertEquals("", MarkdownText.inline(null));
    }

    @Test
    void emphasisesTheStatementInsideItsSentence() {
        String sentence = "He said that taxes will rise.";
        int from = sentence.indexOf("taxes");
        assertEquals("He said that **taxes will rise**.",
                MarkdownText.emphasise(sentence, from, sentence.length() - 1));
        assertEquals("He said that **taxes will rise**.",
                MarkdownText.emphasise(sentence, from - 1, sentence.length() - 1));
    }
}
