package dev.corroborate.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import dev.corroborate.extract.meta.AuthorNames;

/**
 * A byline the markup does not label: a line of text just under the headline that says "by Jane Doe" ("posted on
 * May 2 by Jane Doe", "Photos and story by Jane Doe"), or the writer's name alone on a line over the date. Looked for
 * only among the standfirst and the few short lines between the {@code h1} and the article's prose, and never in a
 * photo credit ("Photo by ...").
 */
final class HeadlineByline {
    private static final Pattern BY = Pattern.compile("(?:^|(\\S+)\\s+)(?i:by)\\s+(\\p{Lu}.*)$");
    private static final Set<String> MEDIA_CREDITS = Set.of("photo", "photos", "photograph", "photographs",
        "photography", "image", "images", "picture", "pictures", "illustration", "illustrations", "graphic",
        "graphics", "video", "artwork", "art", "painting", "map", "chart", "styled", "styling");
    /** Short lines looked at under the headline: a dateline, a credit, a caption or two. */
    private static final int MAX_LINES = 12;
    /** Past this many characters a line is prose: the article has begun. */
    private static final int MAX_LINE_CHARS = 120;
    /** The first line under the headline may be its standfirst, a sentence or two summing the story up. */
    private static final int MAX_STANDFIRST_CHARS = 400;
    private static final int MAX_NAME_CHARS = 50;
    private static final int MAX_NODES = 300;

    private HeadlineByline() {
    }

    /** @return the people the first byline under the page's first h1 names; empty when there is none */
    static List<String> find(PageElements elements) {
        List<Element> h1s = elements.inBodyByTag("h1");
        if (h1s.isEmpty()) {
            return List.of();
        }
        int lines = 0;
        String loneName = null;
        Node n = after(h1s.get(0));
        for (int visited = 0; n != null && visited < MAX_NODES; visited++) {
            if (n instanceof TextNode t && !t.isBlank()) {
                String text = t.text().strip();
                boolean standfirst = lines == 0 && text.length() <= MAX_STANDFIRST_CHARS;
                if (text.length() > MAX_LINE_CHARS && !standfirst || ++lines > MAX_LINES) {
                    return List.of();
                }
                List<String> names = names(text);
                if (!names.isEmpty()) {
                    return names;
                }
                // "Jane Doe" over "Dec 5, 2023": the writer's name set alone over the date is a byline
                if (loneName != null && BoilerplateLines.dateLine(text)) {
                    return List.of(loneName);
                }
                loneName = loneName(text);
            }
            n = n.childNodeSize() > 0 ? n.childNode(0) : after(n);
        }
        return List.of();
    }

    /** The person a line names when the line is nothing but their name; null otherwise. */
    private static String loneName(String line) {
        if (line.length() > MAX_NAME_CHARS) {
            return null;
        }
        List<String> names = AuthorNames.parse(line);
        return names.size() == 1 && names.get(0).equals(line) ? names.get(0) : null;
    }

    private static List<String> names(String line) {
        // most lines say no "by": they are told without the regex
        if (!line.toLowerCase(Locale.ROOT).contains("by ")) {
            return List.of();
        }
        Matcher m = BY.matcher(line);
        if (!m.find() || m.group(1) != null && MEDIA_CREDITS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        List<String> names = AuthorNames.parse(m.group(2));
        String userName = names.isEmpty() ? AuthorNames.userName(m.group(2)) : null;
        return userName == null ? names : List.of(userName);
    }

    /** True for a credit of the pictures or the styling, not the words: "Photography by Jane Doe", "Styled by ...". */
    static boolean isMediaCredit(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return MEDIA_CREDITS.contains(t.substring(0, end));
    }

    /** The node that follows {@code node} and its subtree in document order, or null at the end. */
    private static Node after(Node node) {
        Node n = node;
        while (n != null && n.nextSibling() == null) {
            n = n.parentNode();
        }
        return n == null ? null : n.nextSibling();
    }
}
