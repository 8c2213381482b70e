package dev.corroborate.extract.html;

import java.util.Locale;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import dev.corroborate.extract.Spaces;
import dev.corroborate.extract.Words;

/**
 * A link to a writer's page that credits a picture, not the story: it sits in a figure's caption, or it follows
 * straight on the image's caption ("Members of the union march past the library. By Jane Doe"), the text the image
 * also carries as its description. A staff photographer's credit links to their page like a byline does, and often
 * comes first on the page.
 */
final class PictureCredit {
    /** The caption and its credit sit a few levels under the block that holds the picture. */
    private static final int ANCESTORS = 3;
    /** A caption describes the picture in a sentence; a headshot's alt text is a name or a word or two. */
    private static final int CAPTION_WORDS = 5;
    /** A credit's lead before the name: "By", "Photo by", "Credit:". */
    private static final int MAX_LEAD_WORDS = 2;
    private static final int MAX_STEPS = 20;

    private PictureCredit() {
    }

    /** @return true when {@code link} credits a captioned picture */
    static boolean credits(Element link) {
        Element block = link.parent();
        for (int i = 0; i < ANCESTORS && block != null; i++, block = block.parent()) {
            if (block.nameIs("figcaption")) {
                return true;
            }
        }
        String before = textBefore(link);
        if (!Words.atLeast(before, CAPTION_WORDS)) {
            return false;
        }
        block = link.parent();
        for (int i = 0; i < ANCESTORS && block != null; i++, block = block.parent()) {
            for (Element img : block.getElementsByTag("img")) {
                if (Spaces.collapse(img.attr("alt").strip()).equals(before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The last text written before {@code link} other than a credit's lead, single-spaced; empty if none. */
    private static String textBefore(Element link) {
        Node n = link;
        for (int steps = 0; steps < MAX_STEPS && n != null; steps++) {
            n = previousInDocument(n);
            if (n instanceof TextNode t && !t.isBlank()) {
                String text = Spaces.collapse(t.text().strip());
                if (!isLead(text)) {
                    return text;
                }
            }
        }
        return "";
    }

    /** "By", "Photo by", "Credit:": a word or two that ends on "by" or a colon. */
    private static boolean isLead(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Words.count(text) <= MAX_LEAD_WORDS
            && (lower.equals("by") || lower.endsWith(" by") || lower.endsWith(":"));
    }

    /** The node before {@code node} in document order: its previous sibling's last descendant, else its parent. */
    private static Node previousInDocument(Node node) {
        Node prev = node.previousSibling();
        if (prev == null) {
            return node.parentNode();
        }
        while (prev.childNodeSize() > 0) {
            prev = prev.childNode(prev.childNodeSize() - 1);
        }
        return prev;
    }
}
