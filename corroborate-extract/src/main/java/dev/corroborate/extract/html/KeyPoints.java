package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

import dev.corroborate.extract.Spaces;
import dev.corroborate.extract.Words;

/**
 * Finds the key points box under the headline ("Key Points", "Takeaways", "Highlights"): a short list of sentences
 * that the outlet writes as the opening of the story. Like the {@link Standfirst}, it sits in the header or beside
 * the body, where the boilerplate pass would drop it, so it is looked for beforehand.
 */
final class KeyPoints {
    /** Class and id words that name the box on their own. */
    private static final Set<String> NAMES = Set.of("keypoints", "takeaways", "keytakeaways", "highlights");
    /** Words that name the box after "key" ("key-points"). */
    private static final Set<String> KEY_NAMES = Set.of("points", "takeaways", "facts");
    /** The box is one of the first elements below the headline. */
    private static final int NEAR_HEADLINE = 40;
    /** A box lists a few points; one is a standfirst, many are a list of links or a table of contents. */
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEMS = 8;
    /** Each point is a sentence: fewer words are a label or a link, more are a paragraph of the story. */
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    /** A key points box and its points, in page order. */
    record Box(Element element, List<String> points) {
    }

    private KeyPoints() {
    }

    /**
     * @param inBody the body's elements, in page order
     * @return the first box named for key points among the first elements below the headline whose list items are
     *         all sentences, or null
     */
    static Box find(List<Element> inBody) {
        int afterHeadline = -1;
        for (Element e : inBody) {
            if (e.normalName().equals("h1")) {
                afterHeadline = 0;
                continue;
            }
            if (afterHeadline < 0 || ++afterHeadline > NEAR_HEADLINE) {
                continue;
            }
            if (ClassHints.namedAs(e, NAMES, "key", KEY_NAMES)) {
                List<String> points = points(e);
                if (points != null) {
                    return new Box(e, points);
                }
            }
        }
        return null;
    }

    /**
     * The points to open the article with, or an empty list when the article already holds them (the zone took the
     * box in, or a paragraph repeats its first point).
     */
    static List<String> toPrepend(Box box, List<Element> zone, List<String> paragraphs) {
        if (box == null || Standfirst.inZone(box.element(), zone)) {
            return List.of();
        }
        String first = box.points().get(0);
        for (String p : paragraphs) {
            if (p.contains(first)) {
                return List.of();
            }
        }
        return box.points();
    }

    /** The box's list items when there are a few and each is a sentence; null otherwise. */
    private static List<String> points(Element box) {
        List<Element> items = box.getElementsByTag("li");
        if (items.size() < MIN_ITEMS || items.size() > MAX_ITEMS) {
            return null;
        }
        List<String> points = new ArrayList<>(items.size());
        for (Element li : items) {
            String text = Spaces.collapse(li.text()).strip();
            int words = Words.count(text);
            if (words < MIN_WORDS || words > MAX_WORDS) {
                return null;
            }
            points.add(text);
        }
        return points;
    }
}
