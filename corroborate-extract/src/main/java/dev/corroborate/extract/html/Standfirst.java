package dev.corroborate.extract.html;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import dev.corroborate.extract.Spaces;
import dev.corroborate.extract.Words;

/**
 * Finds the standfirst (the dek, the subheadline): the sentence or two under the headline that sums the story up and
 * opens it for the reader. It sits in the page's header, which the boilerplate pass removes with the bylines and
 * share buttons, so it is looked for beforehand. A page tells its standfirst by giving it as its description too, or
 * by naming it ("dek", "sub-headline", "strapline"): an element below the headline whose text is the page's
 * description, or one of the first few there named so, is the standfirst, not a teaser for another story.
 */
final class Standfirst {
    /** Elements a standfirst is written in. */
    private static final Set<String> TAGS = Set.of("p", "h2", "h3", "h4", "div", "span");
    /** Fewer words are a label or a kicker; more are a paragraph of the story. */
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    /** Class and id words that name a standfirst. */
    private static final Set<String> NAMES = Set.of("dek", "deck", "subdeck", "subhead", "subheadline", "subheading",
        "subtitle", "standfirst", "strapline", "excerpt", "summary", "intro");
    /** Words that name a standfirst after "sub" ("sub-headline", "sub-title"). */
    private static final Set<String> SUB_NAMES = Set.of("headline", "head", "heading", "title", "deck");
    /** A standfirst named as such is one of the first few elements below the headline. */
    private static final int NEAR_HEADLINE = 15;
    /** A standfirst found by its text is one of this many elements below the headline. */
    private static final int NEAR_DESCRIBED = 100;

    private Standfirst() {
    }

    /**
     * @param inBody      the body's elements, in page order
     * @param description the page's description (its meta description), or null
     * @return the element below the headline ({@code h1}) whose own text is the description, else one of the first
     *         few below it named for a standfirst by its class, id or {@code itemprop}; null when there is none
     */
    static Element find(List<Element> inBody, String description) {
        String wanted = description == null ? "" : Spaces.collapse(description).strip();
        int wantedWords = Words.count(wanted);
        boolean describes = wantedWords >= MIN_WORDS && wantedWords <= MAX_WORDS;
        int afterHeadline = -1;
        for (Element e : inBody) {
            String tag = e.normalName();
            if (tag.equals("h1")) {
                afterHeadline = 0;
                continue;
            }
            if (afterHeadline < 0 || !TAGS.contains(tag) || e.childNodeSize() == 0) {
                continue;
            }
            if (++afterHeadline > NEAR_DESCRIBED) {
                // the standfirst sits under the headline; the story and the page's foot are no place for it
                return null;
            }
            // own text only: cheap, and a wrapper's text is its dek's plus more; built only where it can tell
            String own = null;
            if (describes && ownTextBound(e) >= wanted.length() / 2) {
                own = e.ownText();
                if (own.length() >= wanted.length() / 2 && Spaces.collapse(own).strip().equals(wanted)) {
                    return e;
                }
            }
            if (afterHeadline <= NEAR_HEADLINE && namedStandfirst(e) && fits(own != null ? own : e.ownText())) {
                return e;
            }
        }
        return null;
    }

    /**
     * At least the length of the element's {@code ownText()}, which joins the text of its child text nodes, spaces
     * collapsed, and a space for each {@code <br>} child: read without building it.
     */
    static int ownTextBound(Element e) {
        int n = 0;
        for (int i = 0, size = e.childNodeSize(); i < size; i++) {
            Node child = e.childNode(i);
            if (child instanceof TextNode t) {
                n += t.getWholeText().length();
            } else if (child.nameIs("br")) {
                n++;
            }
        }
        return n;
    }

    /** True when the element, or its parent, is named for a standfirst ("dek", "sub-headline", "strapline"). */
    private static boolean namedStandfirst(Element e) {
        return named(e) || e.parent() != null && named(e.parent());
    }

    private static boolean named(Element e) {
        String prop = e.attr("itemprop");
        return prop.equals("alternativeHeadline") || prop.equals("description")
            || ClassHints.namedAs(e, NAMES, "sub", SUB_NAMES);
    }

    private static boolean fits(String text) {
        int words = Words.count(text);
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }

    /**
     * The standfirst's text to open the article with, or null when the article already holds it (the zone took the
     * element in, or a paragraph repeats it).
     */
    static String toPrepend(Element standfirst, List<Element> zone, List<String> paragraphs) {
        if (standfirst == null) {
            return null;
        }
        if (inZone(standfirst, zone)) {
            return null;
        }
        String text = Spaces.collapse(standfirst.ownText()).strip();
        for (String p : paragraphs) {
            if (p.contains(text)) {
                return null;
            }
        }
        return text;
    }

    /** True when the element is one of the zone's or inside one (still attached to it after the clean-up). */
    static boolean inZone(Element e, List<Element> zone) {
        for (Element up = e; up != null; up = up.parent()) {
            if (zone.contains(up)) {
                return true;
            }
        }
        return false;
    }
}
