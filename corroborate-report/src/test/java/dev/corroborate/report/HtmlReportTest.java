package dev.corroborate.report;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    private static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    private static final String HOSTILE_BODY = "<img src=x onerror=alert(2)> \"The bridge will reopen in March,\" "
            + "Reyes said. She added that the city would not raise fares. <a href=\"http://evil.example\">x</a> & co";

    private final String html = new HtmlReport().render(ReportFixtures.analysis());
    private final String hostile = new HtmlReport().render(ReportFixtures.analysis(HOSTILE_TITLE, HOSTILE_BODY));

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void eventsNameTheirOrganisationsAndPlacesAndFilterOnThem() {
        assertTrue(html.contains("<p class=\"named\">Organisations: Harbour Transit Board (2) · Places: Marden (1)</p>"),
                html);
        assertTrue(html.contains("data-filter=\"Bridge to reopen in March") && html.contains("Harbour Transit Board Marden"));
    }

    @Test
    void isOneCompleteDocument() {
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void hostileTitleAndBodyComeOutInert() {
        assertFalse(hostile.contains(HOSTILE_TITLE));
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(hostile.contains("<img"));
        assertTrue(hostile.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertFalse(hostile.contains("<a href=\"http"));
        assertTrue(hostile.contains("&amp; co"));
        // Our own filter script is the only script element.
        assertEquals(1, occurrences(hostile, "<script"));
    }

    @Test
    void loadsNothingFromOutside() {
        for (String page : new String[] {html, hostile}) {
            // Only real tags count; page text that merely mentions src= comes out escaped, with no '<'.
            Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(page);
            while (tags.find()) {
                Matcher refs = Pattern.compile("(?i)\\s(src|href|action|srcset|poster|data)\\s*=\\s*[\"']?([^\"'\\s>]*)")
                        .matcher(tags.group());
                while (refs.find()) {
                    assertTrue(refs.group(2).startsWith("#"), "external reference: " + tags.group());
                }
            }
            assertFalse(page.contains("@import"));
            assertFalse(page.contains("url("));
            assertFalse(page.contains("<link"));
            assertFalse(page.contains("<iframe"));
            assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        }
    }

    @Test
    void everyFragmentLinkHasItsTarget() {
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int n = 0;
        while (links.find()) {
            n++;
            assertTrue(html.contains("id=\"" + links.group(1) + "\""), "no target for #" + links.group(1));
        }
        assertTrue(n > 0);
    }

    @Test
    void showsArticlesSideBySideWithTheHeadlineFlag() {
        assertTrue(html.contains("<div class=\"articles\">"));
        assertEquals(2, occurrences(html, "<article class=\"card\""));
        assertTrue(html.contains("The Harbour Gazette"));
        assertTrue(html.contains("Northern Ledger"));
        assertTrue(html.contains("Mayor cancels bridge project"));
        assertTrue(html.contains("2023-11-14 14:50:00+01:00"));
        assertEquals(1, occurrences(html, "<div class=\"flag\">"));
        assertTrue(html.contains("Headline not supported by its own article."));
        assertTrue(html.contains("“cancels” and “project” do not occur in the body"));
    }

    @Test
    void comparesCoverage() {
        int agree = html.indexOf("What several outlets report");
        int single = html.indexOf("Reported by one outlet only");
        assertTrue(agree > 0 && single > agree);
        assertTrue(html.indexOf("The bridge will reopen in March, Mayor Ana Reyes told reporters") > agree);
        assertTrue(html.indexOf("Transport chief Li Wei said funding was secure.") > single);
    }

    @Test
    void whoSaidWhatMarksTheWordsInsideTheSentence() {
        int who = html.indexOf("<section id=\"who-said-what\">");
        assertTrue(who > 0);
        String section = html.substring(who);
        assertTrue(section.contains("<h3>Ana Reyes"));
        assertTrue(section.contains("<h3>Li Wei"));
        assertTrue(section.indexOf("<h3>Ana Reyes") < section.indexOf("<h3>Li Wei"));
        assertTrue(section.contains("Transport chief Li Wei said <mark>funding was secure</mark>."));
        assertTrue(section.contains("&quot;<mark>The bridge will reopen in March</mark>,&quot; Reyes said."));
        assertTrue(section.contains("<time datetime=\"2023-11-13\">2023-11-13</time> (“on Nov. 13”)"));
    }

    @Test
    void everyBodyIsInADetailsElement() {
        assertEquals(2, occurrences(html, "<summary>Full article text</summary>"));
        assertTrue(html.contains("Mayor Ana Reyes spoke in Port Vell on Tuesday."));
    }

    @Test
    void sameAnalysisGivesIdenticalOutput() {
        assertEquals(html, new HtmlReport().render(ReportFixtures.analysis()));
    }
}
