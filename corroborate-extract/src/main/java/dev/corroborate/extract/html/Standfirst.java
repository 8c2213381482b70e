package dev.corroborate.extract.html;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

import dev.corroborate.extract.Spaces;
import dev.corroborate.extract.Words;

/**
 * Finds the standfirst (the dek, the subheadline): the sentence or two under the headline that sums the story up and
 * opens it for the reader. It sits in the page's header, which the boilerplate pass removes with the bylines and
 * share buttons, so it is looked for beforehand. A page tells its standfirst by giving it as its description too: an
 * element below the headline whose text is the page's description is the standfirst, not a teaser for another story.
 */
final class Standfirst {
    /** Elements a standfirst is written in. */
    private static final Set<String> TAGS = Set.of("p", "h2", "h3", "h4", "div", "span");
    /** Fewer words are a label or a kicker; more are a paragraph of the story. */
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private Standfirst() {
    }

    /**
     * @param inBody      the body's elements, in page order
     * @param description the page's description (its meta description), or null
     * @return the element below the first headline ({@code h1}) whose own text is the description, or null
     */
    static Element find(List<Element> inBody, String description) {
        if (description == null) {
            return null;
        }
        String wanted = Spaces.collapse(description).strip();
        int words = Words.count(wanted);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return null;
        }
        boolean belowHeadline = false;
        for (Element e : inBody) {
            String tag = e.normalName();
            if (tag.equals("h1")) {
                belowHeadline = true;
            } else if (belowHeadline && TAGS.contains(tag) && e.childNodeSize() > 0) {
                // own text only: cheap, and a wrapper's text is its dek's plus more
                String own = e.ownText();
                if (own.length() >= wanted.length() / 2 && Spaces.collapse(own).strip().equals(wanted)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * The standfirst's text to open the article with, or null when the article already holds it (the zone took the
     * element in, or a paragraph repeats it).
     */
    static String toPrepend(Element standfirst, List<Element> zone, List<String> paragraphs) {
        if (standfirst == null) {
            return null;
        }
        for (Element up = standfirst; up != null; up = up.parent()) {
            if (zone.contains(up)) {
                return null;
            }
        }
        String text = Spaces.collapse(standfirst.ownText()).strip();
        for (String p : paragraphs) {
            if (p.contains(text)) {
                return null;
            }
        }
        return text;
    }
}
