package dev.corroborate.extract.html;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import dev.corroborate.extract.Words;

/**
 * A link to a person's page that is no byline, though it looks like one to a page's writer links: a picture's
 * credit ({@link PictureCredit}), a columnist in the site's menus, a person in the story's tags, or a person a
 * sentence of the story mentions.
 */
final class NonBylineLink {
    /** A class word that names a site menu: "nav", "secondary-nav", "main-menu", "navbar". */
    private static final Pattern MENU_WORD =
        Pattern.compile("(?i)(?:^|[\\s_-])(?:nav|navbar|navigation|menu)(?:$|[\\s_-])");
    /** A class word that names a list of the story's tags: "tag-cloud", "tags", "post-topics". */
    private static final Pattern TAG_WORD = Pattern.compile("(?i)(?:^|[\\s_-])(?:tag|tags|topics)(?:$|[\\s_-])");
    /** A tag's link sits in a list item in the list: the class is on one of the few elements around it. */
    private static final int TAG_LIST_DEPTH = 4;
    /** Words around a link in a paragraph that make it a sentence, past a byline's "By ... on May 2, 2023". */
    private static final int MIN_SENTENCE_WORDS = 8;
    private static final int ANCESTORS = 12;

    private NonBylineLink() {
    }

    /** @return true when {@code link} names someone other than the story's writer */
    static boolean is(Element link) {
        return PictureCredit.credits(link) || inSiteMenu(link) || inTagList(link) || inProse(link);
    }

    /**
     * A link in a sentence of the story ("... a song with Jane Doe and John Roe."): a site that gives every person it
     * covers a page links them like writers, but a byline is no sentence.
     */
    private static boolean inProse(Element link) {
        Element p = link.closest("p");
        if (p == null) {
            return false;
        }
        String text = p.text();
        return !text.isEmpty() && ".?!\"”".indexOf(text.charAt(text.length() - 1)) >= 0
            && Words.count(text) - Words.count(link.text()) >= MIN_SENTENCE_WORDS;
    }

    /** A link in the story's list of tags ("tag-cloud", "topics"): a page about the person, not by them. */
    private static boolean inTagList(Element link) {
        Element a = link;
        for (int i = 0; i < TAG_LIST_DEPTH && a != null; i++, a = a.parent()) {
            if (a.attributesSize() > 0 && TAG_WORD.matcher(a.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A link in the site's menus ("Voices: Editorials, Letters, Jane Doe"): a columnist's page, not a byline. */
    private static boolean inSiteMenu(Element link) {
        Element a = link.parent();
        // the article holds no menu of the site's; a page may class its body or wrapper after the menu's state
        for (int i = 0; i < ANCESTORS && a != null && !a.nameIs("article") && !a.nameIs("main");
            i++, a = a.parent()) {
            if (a.nameIs("nav") || a.attributesSize() > 0 && MENU_WORD.matcher(a.className()).find()) {
                return true;
            }
        }
        return false;
    }
}
