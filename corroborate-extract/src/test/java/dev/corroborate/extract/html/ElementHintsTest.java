package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Class/id hints, worked out from per-word bits kept per page: the verdicts of whole class values. */
class ElementHintsTest {
    private static int flags(String attrs) {
        Element e = Jsoup.parse("<div " + attrs + ">x</div>").selectFirst("div");
        return new ElementHints().of(e);
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        ClassHints.split(value, out);
        return out;
    }

    @Test
    void splitsAtPunctuationDigitsAndHumpsAndLowersCharByChar() {
        assertEquals(List.of("story", "body", "main"), split("storyBody main-2"));
        assertEquals(List.of("html", "parser"), split("htmlParser"));
        assertEquals(List.of("htmlparser"), split("HTMLParser"), "a hump is a lower-case letter then a capital");
        // char-by-char lower case: the dotted capital I gives a plain i, not "i" and a combining dot
        assertEquals(List.of("istanbul", "news"), split("\u0130stanbul_news"));
        assertEquals(List.of("a"), split("\u2170a"));
    }

    @Test
    void oneStrongWordOrTwoWeakOnesMarkBoilerplate() {
        assertEquals(ElementHints.BOILERPLATE, flags("class='share-bar'") & ElementHints.BOILERPLATE);
        assertEquals(0, flags("class='read'") & ElementHints.BOILERPLATE);
        int readMore = flags("class='read-more'");
        assertEquals(ElementHints.BOILERPLATE | ElementHints.WEAK_BOILERPLATE,
            readMore & (ElementHints.BOILERPLATE | ElementHints.WEAK_BOILERPLATE));
        assertEquals(0, flags("class='commentary'") & ElementHints.BOILERPLATE, "an innocent word");
        assertEquals(ElementHints.BOILERPLATE, flags("class='sidebarWidget'") & ElementHints.BOILERPLATE, "a stem");
    }

    @Test
    void contentWinsOverBoilerplateAndWordsSetTheirOwnFlags() {
        assertEquals(ElementHints.CONTENT, flags("class='article-body share'")
            & (ElementHints.CONTENT | ElementHints.BOILERPLATE));
        assertEquals(ElementHints.CONTENT, flags("id='articleBody'") & ElementHints.CONTENT);
        assertEquals(0, flags("class='article'") & ElementHints.CONTENT, "one content word is not enough");
        assertEquals(ElementHints.DATE | ElementHints.PUBLISHED,
            flags("class='meta' id='published-7'") & (ElementHints.DATE | ElementHints.PUBLISHED));
        assertEquals(ElementHints.MODIFIED, flags("class='updated'") & ElementHints.MODIFIED);
        assertEquals(ElementHints.INVISIBLE, flags("class='SR-only x'") & ElementHints.INVISIBLE);
    }

    @Test
    void classesAreSplitAtSpacesOnlyForTheHidingClassesButWordsAlsoAtTabs() {
        assertEquals(ElementHints.CONTENT, flags("class='article\tbody  x'") & ElementHints.CONTENT);
        assertEquals(0, flags("class='sr-only\tx'") & ElementHints.INVISIBLE);
    }

    @Test
    void wordsPastTheFirstFiveHundredCharactersAreNotReadButHidingClassesAre() {
        String filler = "x ".repeat(260);
        assertEquals(0, flags("class='" + filler + "share'") & ElementHints.BOILERPLATE);
        assertEquals(ElementHints.BOILERPLATE, flags("class='share " + filler + "'") & ElementHints.BOILERPLATE);
        assertEquals(ElementHints.INVISIBLE, flags("class='" + filler + "sr-only'") & ElementHints.INVISIBLE);
    }

    @Test
    void elementsSharingWordsGetTheSameFlagsFromOneHintsInstance() {
        ElementHints hints = new ElementHints();
        List<Element> divs = Jsoup.parse("<div class='byline'><div class='byline-x share'><div id='byline'>"
            + "<div class='share byline'></div></div></div></div>").select("div");
        for (Element e : divs) {
            assertEquals(flags("class='" + e.className() + "' id='" + e.id() + "'"), hints.of(e), e.outerHtml());
        }
        assertEquals(ElementHints.BYLINE, hints.of(divs.get(2)) & ElementHints.BYLINE);
    }
}
