package dev.corroborate.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;

/**
 * Hostile pages for both extractors: far too large, too deep, or full of broken characters. Each must end, within a
 * bound that only a hang would cross, in an article or the declared "no article" — never another exception.
 * The timeouts guard against hangs; they are not speed bars.
 */
class HostileInputTest {
    private static final String PROSE = "The ferry board met on Tuesday, after a long and heated debate, and agreed to "
        + "keep the winter fares at their summer level until the end of March. ";
    private static final int FIFTY_MB = 50 * 1024 * 1024;
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void fiftyMegabyteHtmlPageIsCutAndStillYieldsItsOpeningArticle() {
        StringBuilder html = new StringBuilder(FIFTY_MB + 1000).append("<html><body><article>");
        while (html.length() < FIFTY_MB) {
            html.append("<p>").append(PROSE).append("</p>\n");
        }
        html.append("</article></body></html>");
        Article a = extractOrNull(page(PageFormat.HTML, html.toString()));
        assertTrue(a != null && a.body().startsWith(PROSE.strip()), "the article at the top is kept");
        assertTrue(a.body().length() < 10 * 1024 * 1024, "the body is bounded by the cut, not by the page");
    }

    @Test
    void fiftyMegabyteHtmlPageWithoutTagsEnds() {
        String html = "x".repeat(FIFTY_MB);
        extractOrNull(page(PageFormat.HTML, html));
    }

    @Test
    void fiftyMegabyteTextDumpEnds() {
        StringBuilder text = new StringBuilder(FIFTY_MB + 1000).append("Ferry fares frozen\n");
        while (text.length() < FIFTY_MB) {
            text.append(PROSE).append('\n');
        }
        Article a = extractOrNull(page(PageFormat.TEXT, text.toString()));
        assertTrue(a == null || !a.body().isBlank());
    }

    /**
     * Paragraphs that all differ: a rule that compares each paragraph with every other one (repeats, echoes) costs
     * the square of their number here, where identical paragraphs are set aside early.
     */
    @Test
    void twentyFourMegabyteTextDumpOfDistinctParagraphsEnds() {
        StringBuilder text = new StringBuilder().append("Ferry fares frozen\n");
        for (int n = 0; text.length() < 24 * 1024 * 1024; n++) {
            text.append("Crossing ").append(n).append(" was ").append(n % 7 == 0 ? "late" : "on time").append(". ")
                .append(PROSE).append('\n');
        }
        Article a = extractOrNull(page(PageFormat.TEXT, text.toString()));
        assertTrue(a == null || !a.body().isBlank());
    }

    @Test
    void fiftyMegabyteTextDumpOnOneLineEnds() {
        extractOrNull(page(PageFormat.TEXT, PROSE.repeat(FIFTY_MB / PROSE.length())));
    }

    @Test
    void hundredThousandDeepNestingWithMetadataEnds() {
        int depth = 100_000;
        String html = "<html><head><title>Ferry fares</title><meta property=\"og:title\" content=\"Ferry fares\">"
            + "</head><body>" + "<div class=\"byline\"><span class=\"date\">".repeat(depth) + "<p>" + PROSE.repeat(3)
            + "</p>" + "</span></div>".repeat(depth) + "</body></html>";
        extractOrNull(page(PageFormat.HTML, html));
    }

    @Test
    void brokenCharactersInEitherFormatEnd() {
        String broken = ("\ud800 \udc00\u0000\u0007\ufffd\ufeff\u200b\u202e" + PROSE + "\r\r\n\u2028").repeat(2000);
        extractOrNull(page(PageFormat.HTML, "<html><body><p>" + broken + "</p><p>" + broken + "</body>"));
        extractOrNull(page(PageFormat.TEXT, broken));
    }

    /** The article, or null for the declared "no article"; any other outcome fails the test. */
    private Article extractOrNull(Page page) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            try {
                return extractor.extract(page);
            } catch (NoArticleException declared) {
                return null;
            }
        });
    }

    private static Page page(PageFormat format, String content) {
        return new Page("hostile", "hostile", null, null, format, content);
    }
}
