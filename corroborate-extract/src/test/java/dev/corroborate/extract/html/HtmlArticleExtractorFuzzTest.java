package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Random and mutated markup from a fixed seed: the extractor returns an article or refuses, never anything else. */
class HtmlArticleExtractorFuzzTest {
    private static final String[] PIECES = {
        "<html>", "</html>", "<body>", "</body>", "<head>", "</head>", "<div class=\"article-body\">", "</div>", "<p>",
        "</p>", "<a href=\"/x\">", "</a>", "<script type=\"application/ld+json\">", "</script>", "<script>", "<style>",
        "</style>", "<!--", "-->", "<svg>", "</svg>", "<nav>", "</nav>", "<h1>", "</h1>", "<h2>", "</h2>", "<ul><li>",
        "</li></ul>", "<table><tr><td>", "</td></tr></table>", "<time datetime=\"2023-11-14T10:00:00Z\">", "</time>",
        "<meta property=\"article:published_time\" content=\"2023-02-30\">", "<meta name=\"author\" content=\"By ,,, and\">",
        "<title>", "</title>", "{\"@type\":\"NewsArticle\",\"author\":[{\"name\":", "\"datePublished\":\"2023-13-45\"",
        "[[[[", "]]]]", "{{{{", "}}}}", "\"", "'", "\\", "<br>", "<br/>", "&amp;", "&#0;", "&#x110000;", "\u0000",
        "\ud800", "By Jane Doe", "Published November 14, 2023 2:50 PM", "The council voted, after a long debate, to act. ",
        "<div class=\"byline\">", "<span class=\"date\">", "</span>", "<figure><figcaption>", "</figcaption></figure>",
        "<aside>", "</aside>", "<footer>© 2023 ", "</footer>", "<form><select><option>", "</option></select></form>",
        "<div hidden>", "<div style=\"display:none\">", "<link rel=\"canonical\" href=\"http://[::1\">", "<html lang=\"x\">"};

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void randomMarkupNeverThrowsAnythingButNoArticle() {
        Random random = new Random(20231114L);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder b = new StringBuilder();
                int n = random.nextInt(60);
                for (int k = 0; k < n; k++) {
                    if (random.nextInt(5) == 0) {
                        b.append((char) random.nextInt(0x3000));
                    } else {
                        b.append(PIECES[random.nextInt(PIECES.length)]);
                    }
                }
                check(b.toString());
            }
        });
    }

    @Test
    void mutatedArticlesNeverThrowAnythingButNoArticle() {
        Random random = new Random(42L);
        String base = "<html lang=\"en\"><head><title>Budget vote | Example</title><script type=\"application/ld+json\">"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Budget vote\",\"datePublished\":\"2023-11-14T10:00:00Z\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"},\"articleBody\":\"Text, more text.\"}</script></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Budget vote</h1><div class=\"byline\">By Jane Doe</div>"
            + "<p>The council voted on Tuesday, after a long debate, to approve the budget.</p><ul><li>One</li></ul>"
            + "<p>Officials said, in a statement, that the money would go to schools.</p></article>"
            + "<footer>© 2023 Example</footer></body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder b = new StringBuilder(base);
                int edits = 1 + random.nextInt(12);
                for (int k = 0; k < edits && b.length() > 0; k++) {
                    int at = random.nextInt(b.length());
                    switch (random.nextInt(4)) {
                        case 0 -> b.deleteCharAt(at);
                        case 1 -> b.insert(at, PIECES[random.nextInt(PIECES.length)]);
                        case 2 -> b.setCharAt(at, (char) random.nextInt(0x250));
                        default -> {
                            int len = Math.min(b.length() - at, random.nextInt(40));
                            b.insert(random.nextInt(b.length()), b.substring(at, at + len));
                        }
                    }
                }
                check(b.toString());
            }
        });
    }

    private void check(String html) {
        try {
            Article a = extractor.extract(new Page("id", "fuzz.html", random(html), null, PageFormat.HTML, html));
            assertNotNull(a.body());
        } catch (NoArticleException refused) {
            // an allowed outcome
        }
    }

    private static String random(String html) {
        return html.length() % 3 == 0 ? null : html.length() % 3 == 1 ? "https://example.com/2023/11/14/x" : "not a url";
    }
}
