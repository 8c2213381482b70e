package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.corroborate.extract.meta.Titles;

/**
 * The last pass over rendered paragraphs: drops the lines that survive inside article zones but are not article —
 * "Advertisement", "Story continues below", "Read more", a repeat of the headline.
 */
final class BoilerplateLines {
    /** Comparison keys ({@link Titles#key}) of whole paragraphs that are furniture. */
    private static final Set<String> FURNITURE = Set.of(
        "advertisement", "advertising", "ad", "ads", "sponsored", "sponsoredcontent", "share", "sharethis",
        "sharethisarticle", "sharethisstory", "readmore", "continuereading", "related", "relatedarticles",
        "relatedstories", "relatedcontent", "more", "clickhere", "signup", "subscribe", "comments", "loading",
        "storycontinuesbelowadvertisement", "storycontinuesbelow", "articlecontinuesbelow", "continuebelow",
        "scrolltocontinue", "scrolltocontinuewithcontent", "skipad", "advertisementscrolltocontinue",
        "recommendedstories", "recommended", "mostpopular", "mostread", "trending", "trendingnow", "followus",
        "tags", "topics", "listen", "listentothisarticle", "printthisarticle", "print", "email", "copylink",
        "copiedtoclipboard", "linkcopied", "playvideo", "watch", "video", "photos", "gallery", "viewgallery",
        "skiptocontent", "backtotop", "readnext", "upnext", "whatsnext", "seealso", "alsoread", "editorspicks",
        "close", "menu", "search", "login", "logout", "signin", "register");

    /**
     * @param paragraphs the rendered paragraphs
     * @param title      the headline, or null
     * @return the paragraphs without furniture lines and without a leading repeat of the headline
     */
    List<String> filter(List<String> paragraphs, String title) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            if (p.length() <= 60 && FURNITURE.contains(Titles.key(p))) {
                continue;
            }
            if (kept.isEmpty() && title != null && p.length() <= title.length() + 10 && Titles.same(p, title)) {
                continue;
            }
            kept.add(p);
        }
        return kept;
    }
}
