package dev.corroborate.extract.html;

import dev.corroborate.extract.Prices;
import dev.corroborate.extract.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.corroborate.extract.meta.DateParsing;
import dev.corroborate.extract.meta.Titles;

/**
 * The last pass over rendered paragraphs: drops the lines that survive inside article zones but are not article —
 * "Advertisement", "Story continues below", "Read more", affiliate disclosures and donation appeals, captions and
 * photo-shoot credits, prices left by shopping widgets, a repeat of the headline.
 */
public final class BoilerplateLines {
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
        "close", "menu", "search", "login", "logout", "signin", "register", "followusonsocialmedia", "taggedin",
        "thanksforsigningup", "relatedtopics", "keepreading", "swipetoscrollhorizontally", "dontmiss", "relatedvideo",
        "relatedvideos", "likewhatyourereading", "editorsrecommendations", "wasthispagehelpful");
    /** A picture caption: a short line that ends by crediting the picture ("... Credit: Jane Doe", "(Photo: X)"). */
    private static final Pattern CAPTION = Pattern.compile(
        "(?i)(?:(?:^|[\\s.(\\[|])(?:image |photo |picture )?(?:credits?|photo(?:graph)?s?|images?|pictures?)"
            + "|(?:^|[(\\[|]\\s?)sources?)\\s*:"
            + "\\s*[^.:]{1,80}[)\\]]?\\.?$|(?:/|via |\\()Getty Images\\)?\\.?$|\\(AP Photo[^)]{0,80}\\)\\.?$");
    /**
     * A picture caption credited the wire's way: ending "(AP)" or "[Image via Agency]", or opening "PHOTO BY Jane Doe",
     * "SUBMITTED PHOTO". Prose neither ends on an agency's name in brackets nor opens with a shouted photo credit.
     */
    private static final Pattern WIRE_CAPTION = Pattern.compile(
        "(?:\\((?:AP|Reuters|AFP|EPA|UPI|Getty(?: Images)?|Shutterstock|iStock|[Ff]ile(?: [Pp]hoto)?)\\)"
            + "|[\\[(](?:Image|Photo|Picture)s? (?:via|by|courtesy of) [^\\])]{1,60}[\\])])\\.?$"
            + "|^(?:PHOTOS? BY|(?:SUBMITTED|COURTESY|FILE|CONTRIBUTED|STAFF) PHOTO)\\b.*");
    /**
     * A photo shoot's credit line, one or several on a paragraph: "Hair: Jane Doe", "Makeup: ...", "Prop styling: ...".
     */
    private static final Pattern SHOOT_CREDIT = Pattern.compile(
        "(?i)(?:[\\p{L}&,' -]{0,40}\\s)?(?:hair|make-?up|nails|manicure|grooming|styling|stylist|fashion editor"
            + "|set design(?:er)?|tailoring|production|casting|lighting|art direction|creative direction|illustrations?"
            + "|wardrobe|videographer|director of photography|photographer|photography)"
            + "(?: (?:and|&) [\\p{L} -]{1,30})?(?: assistance| assistant)?\\s*:\\s*\\S.{0,200}");
    /**
     * What a shopping widget leaves in the text: a price alone or with its shop ("$449", "$2,499 at Apple", "From
     * $59 - $69"), a price box ("Best Prices Today: $0 at Example"), a link to the full review.
     */
    private static final Pattern SHOPPING = Pattern.compile(
        "(?i)(?:(?:was|now|from|only|sale price|price)\\s*:?\\s*)?" + Prices.AMOUNT
            + "(?:\\s*(?:[-–—/]|to)\\s*" + Prices.AMOUNT + ")?"
            + "(?:\\s+(?:at|from|on)\\s+[\\p{L}\\d.&' -]{1,30})?\\.?"
            + "|best prices? today\\s*:.*|read our full [^.]{1,40} review[.!]?");
    /** The attribution line of an embedded post: "— Jane Doe (@janedoe) May 5, 2023". */
    private static final Pattern EMBED_ATTRIBUTION = Pattern.compile(
        "^[—–-]\\s*.{0,80}\\(@\\w{1,30}\\)\\s+\\p{L}+\\.?\\s+\\d{1,2},\\s+\\d{4}$");
    /** Copyright and rights lines: "© 2023 Example Media", "Copyright 2023 ... All rights reserved." */
    private static final Pattern COPYRIGHT = Pattern.compile(
        "(?i)^(?:©|\\(c\\)\\s|copyright\\b).*|.*\\ball rights reserved\\.?$");
    /** Newsletter prompts: "Sign up for our newsletter ...", "Subscribe to ... newsletter", "... to your inbox". */
    private static final Pattern NEWSLETTER = Pattern.compile(
        "(?i).*\\b(?:sign up (?:for|to)|subscribe to|register for)\\b.{0,120}\\b(?:newsletters?|inbox(?:es)?)\\b.*"
            + "|.*\\b(?:direct(?:ly)?|delivered|straight|sent) (?:in)?to your inbox\\b.*");
    /** Tip-line prompts: "Got a news tip? Email ...", "Do you have info to share with our reporters? Here's how." */
    private static final Pattern TIP_LINE = Pattern.compile(
        "(?i)^(?:do you have|have you got|got|have) (?:a |any )?(?:news |story )?(?:tips?|info(?:rmation)?|story ideas?)\\b"
            + ".{0,80}\\?.*");
    /** A way to reach the writer: "Jane Doe can be reached at jdoe@...", "Contact Jane at ...", "Follow her on X @jd". */
    private static final Pattern CONTACT = Pattern.compile(
        ".*(?:\\b(?i:can be reached)\\b|\\b(?i:contact|e-?mail)\\s+(?:(?i:reporter|writer|columnist|him|her|them|me|us)\\b|\\p{Lu}\\p{L})"
            + "|\\b(?i:follow (?:him|her|them|me|us))\\b).*");
    /**
     * Notes about the story rather than the story: "This story was originally published in ...", "Jane Doe contributed
     * to this report.", "Contributing: ...", "Editor's note: ...", "Reporting by A; Editing by B", a correction notice
     * ("Correction: ...", "A previous version of this article ...", "Updated to add ..."), a source credit ("Includes
     * information from ...", "Provided by ...").
     */
    private static final Pattern STORY_NOTE = Pattern.compile(
        "(?i)^this (?:story|article|piece) (?:was )?(?:originally|first) (?:appeared|published|ran)\\b.*"
            + "|.*\\bcontributed (?:reporting )?to this (?:report|story|article)\\b.*|^contributing:.*"
            + "|^editor[’']?s note\\b.*|^(?:correction|clarification)s?\\b[^:]{0,40}:.*"
            + "|^an? (?:previous|earlier) version of this (?:article|story|report)\\b.*"
            + "|^updated to (?:add|include|reflect|correct|clarify)\\b.*|^includes (?:information|reporting) from\\b.*"
            + "|^provided by\\b[^.,]{0,80}\\.?$"
            + "|^(?:additional )?reporting by\\b.*\\b(?:editing|additional reporting) by\\b.*");
    /** The writer's biography closing a story: "Jane Doe is a senior reporter for ...", "Jane Doe writes about ...". */
    private static final Pattern BIO = Pattern.compile(
        "^(?:\\p{Lu}[\\p{L}.'’-]*\\s){1,3}\\p{Lu}[\\p{L}'’-]*\\s(?:(?:is|was) (?:a|an|the)\\s(?:[\\p{L}-]+\\s){0,3}"
            + "(?:reporter|writer|editor|correspondent|columnist|journalist|critic)\\b"
            + "|(?:writes|reports) (?:about|on)\\b).*");
    /** A teaser left in the text: "Read more: (headline)", "Also read - ...", "Watch | ...". */
    private static final Pattern TEASER = Pattern.compile(
        "(?i)^(?:also read|read more|read also|see also|related|recommended|watch|listen|read next|don[’']t miss"
            + "|must read)\\s*[:|–—-]\\s*\\S.*");
    /** Longest teaser line, in words: a headline and no more. */
    private static final int MAX_TEASER_WORDS = 30;
    /** An e-mail address or a social-media handle. */
    private static final Pattern ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+|(?:^|\\s)@\\w{2,}");
    /** Names of share targets: a line of nothing else is what is left of a share bar ("Facebook Email"). */
    private static final Set<String> SHARE_TARGETS = Set.of(
        "facebook", "twitter", "x", "email", "e", "mail", "linkedin", "whatsapp", "reddit", "pinterest", "print",
        "share", "copy", "link", "flipboard", "threads", "messenger", "telegram", "tumblr", "bluesky", "mastodon");
    /** Only the last paragraphs of an article are searched for the writer's contact line. */
    private static final int CONTACT_TAIL = 4;
    /**
     * Affiliate disclosures and donation appeals: "... we may earn a commission", "may contain affiliate links",
     * "Support us by contributing as little as $1". Publishers place them inside the article's container.
     */
    private static final Pattern APPEAL = Pattern.compile(
        "(?i).*\\b(?:we|site|us) (?:may|might|could) (?:receive|earn|get|make) (?:an? )?(?:small )?"
            + "(?:compensation|commission|share of (?:sales|revenue)|affiliate (?:fee|commission)s?)\\b.*"
            + "|.*\\bmay contain [^.]{0,40}\\baffiliate links\\b.*"
            + "|.*\\b(?:giving|give|donat\\w*|contribut\\w*)(?: us)?(?: of)? as little as\\b.*");
    /**
     * Lines that speak to the reader about the page rather than the story: a form's status ("Your subscription has
     * been confirmed."), a reading-time stamp ("5 min read"), a site disclaimer ("Disclaimer: ...").
     */
    private static final Pattern PAGE_NOTE = Pattern.compile(
        "(?i)^your (?:subscription|sign-?up|registration) (?:has been|was|could not be|couldn[’']t be)\\b.*"
            + "|^\\d{1,3} min(?:ute)?s? read.{0,40}|^disclaimer\\s*:.*");
    /** Reference blocks that close science press releases: "More information: ...", "Journal information: ...". */
    private static final Pattern REFERENCE = Pattern.compile("(?i)^(?:more|journal) information:.*");
    /** A time ending a line: "10:57 AM", "3 p.m. EST". */
    private static final Pattern ENDS_WITH_TIME = Pattern.compile("(?is).*\\d\\s*[ap]\\.?m\\.?\\s*\\p{L}{0,4}$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that belong to a date line: month names, am/pm, zone abbreviations, "published". */
    private static final Pattern DATE_WORD = Pattern.compile(
        "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*|[ap]m|[a-z]{2,4}t|utc|gmt|at|on|published|updated|posted");
    /** Lower-case words of which every caption form has one (a credit, a photo, an image, a picture, a source). */
    private static final String[] CAPTION_WORDS = {"credit", "photo", "image", "picture", "source"};
    /**
     * Heads of a box of short items that is not the story: a review's verdict box ("Pros" ... "Cons" ...), which
     * repeats the review, and a shoot's credits ("Photo Credits", "Photographer: ...").
     */
    private static final Set<String> VERDICT_HEADS = Set.of("pros", "cons", "theprosandcons", "prosandcons",
        "photocredits", "photographycredits", "credits");
    /** Longest item, in words, of a verdict box; a longer line is prose again. */
    public static final int MAX_VERDICT_ITEM_WORDS = 10;
    /** Most items under one verdict head: a box lists a few points, so a run past them is the article again. */
    public static final int MAX_VERDICT_ITEMS = 10;
    /** Longest line, in words, of a price or price box: a product's name and shop beside the price at most. */
    private static final int MAX_SHOPPING_WORDS = 12;
    /** Longest line, in words, that a caption, prompt or date line may run to; past it the line is prose. */
    private static final int MAX_FURNITURE_WORDS = 40;

    /**
     * @param paragraphs the rendered paragraphs
     * @param title      the headline, or null
     * @return the paragraphs without furniture lines, and without a leading repeat of the headline or the crumbs,
     *         byline and date lines set over the story ({@link LeadingFurniture#underHeadline})
     */
    List<String> filter(List<String> paragraphs, String title) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        int verdictItemsLeft = 0;
        for (int i = 0, n = paragraphs.size(); i < n; i++) {
            String p = paragraphs.get(i);
            if (p.length() <= 60) {
                String key = Titles.key(p);
                if (VERDICT_HEADS.contains(key)) {
                    verdictItemsLeft = MAX_VERDICT_ITEMS;
                    continue;
                }
                if (verdictItemsLeft > 0 && Words.count(p) <= MAX_VERDICT_ITEM_WORDS) {
                    verdictItemsLeft--;
                    continue;
                }
                if (furnitureKey(key)) {
                    verdictItemsLeft = 0;
                    continue;
                }
            }
            verdictItemsLeft = 0;
            if (furnitureLine(p) || i >= n - CONTACT_TAIL && (contactLine(p) || BIO.matcher(p).matches())) {
                continue;
            }
            if (kept.isEmpty() && (LeadingFurniture.underHeadline(p)
                || title != null && p.length() <= title.length() + 10 && Titles.same(p, title))) {
                continue;
            }
            kept.add(p);
        }
        return kept;
    }

    /** The head of a verdict or credits box ({@link #VERDICT_HEADS}): "Pros", "Cons", "Photo Credits". */
    public static boolean isVerdictHead(String line) {
        return line.length() <= 60 && VERDICT_HEADS.contains(Titles.key(line));
    }

    /** A whole-line label ("Advertisement"), an ad-break notice ("Article continues below this ad"). */
    private static boolean furnitureKey(String key) {
        return FURNITURE.contains(key) || key.startsWith("articlecontinues") || key.startsWith("storycontinues");
    }

    /** The writer's contact line at the end of a story: an address or a handle, and a word that offers it. */
    static boolean contactLine(String p) {
        return (p.indexOf('@') >= 0) && Words.count(p) <= MAX_FURNITURE_WORDS && ADDRESS.matcher(p).find()
            && CONTACT.matcher(p).matches();
    }

    /** What a share bar leaves behind: two or more share targets and nothing else ("Facebook Email"). */
    private static boolean shareResidue(String p, int words) {
        if (words < 2 || words > 8) {
            return false;
        }
        for (String w : NON_WORD.split(p.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !SHARE_TARGETS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A caption, a copyright or newsletter line, an embed's attribution, a line that is only a date, a note about the
     * story ("… contributed to this report.", "Editor's note: …"), an affiliate disclosure or a tip-line prompt: a
     * line of furniture however the page sets it, which the text-dump extractor asks too.
     */
    public static boolean furnitureLine(String p) {
        int words = Words.count(p);
        // each pattern runs only where a cheap test finds the words it needs: most prose lines have none of them
        char first = p.isEmpty() ? ' ' : (char) (p.charAt(0) | 0x20);
        // only an 'm' or a 'j' lower-cases to the start of a reference line, so a long line is lower-cased only then
        String lower = first == 'm' || first == 'j' || words <= MAX_FURNITURE_WORDS ? p.toLowerCase(Locale.ROOT) : "";
        boolean mayBeReference = lower.startsWith("more information:") || lower.startsWith("journal information:");
        if (words > MAX_FURNITURE_WORDS) {
            // a reference block or a disclosure with the site's terms appended runs longer than a caption
            return words <= 2 * MAX_FURNITURE_WORDS
                && (mayBeReference && REFERENCE.matcher(p).matches() || appeal(p)
                    || p.regionMatches(true, 0, "disclaimer", 0, 10) && PAGE_NOTE.matcher(p).matches());
        }
        // every caption form has a colon or a wire credit, and names a picture, its credit or its source
        boolean mayBeCaption = (p.indexOf(':') >= 0 || p.contains("Getty") || p.contains("AP Photo"))
            && containsAny(lower, CAPTION_WORDS);
        boolean mayBeEmbed = !p.isEmpty() && "—–-".indexOf(p.charAt(0)) >= 0;
        boolean mayBeCopyright = lower.startsWith("©") || lower.startsWith("(c)") || lower.startsWith("copyright")
            || lower.contains("all rights reserved");
        return mayBeCaption && CAPTION.matcher(p).find() || mayBeEmbed && EMBED_ATTRIBUTION.matcher(p).matches()
            || mayBeCopyright && COPYRIGHT.matcher(p).matches()
            || (lower.contains("sign up") || lower.contains("subscribe") || lower.contains("register")
                || lower.contains("inbox")) && NEWSLETTER.matcher(p).matches()
            || (lower.startsWith("do you have") || lower.startsWith("got ") || lower.startsWith("have "))
                && TIP_LINE.matcher(p).matches()
            || shareResidue(p, words) || words <= MAX_SHOPPING_WORDS && shopping(p, lower) || wireCaption(p)
            || p.indexOf(':') >= 0 && shootCredits(p)
            || mayBeReference && REFERENCE.matcher(p).matches() || appeal(p) || onlyDate(p, words)
            || (lower.startsWith("your ") || lower.startsWith("disclaimer") || lower.contains(" read"))
                && PAGE_NOTE.matcher(p).matches()
            || words <= MAX_TEASER_WORDS && teaserStart(lower) && TEASER.matcher(p).matches()
            || (lower.contains("originally") || lower.contains("first") || lower.contains("contribut")
                || lower.startsWith("editor") || lower.contains("reporting by") || lower.startsWith("correction")
                || lower.startsWith("clarification") || lower.contains("version of this")
                || lower.startsWith("updated to") || lower.startsWith("includes ") || lower.startsWith("provided by"))
                && STORY_NOTE.matcher(p).matches();
    }

    /** A price or a price box left by a shopping widget; the currency sign or the opening words spare most lines. */
    private static boolean shopping(String p, String lower) {
        boolean may = p.indexOf('$') >= 0 || p.indexOf('£') >= 0 || p.indexOf('€') >= 0
            || lower.startsWith("best price") || lower.startsWith("read our full");
        return may && SHOPPING.matcher(p).matches();
    }

    /** A caption credited to a wire or agency at its end, or opening with a shouted photo credit. */
    private static boolean wireCaption(String p) {
        boolean shouted = p.length() > 5 && Character.isUpperCase(p.charAt(0)) && Character.isUpperCase(p.charAt(1));
        return (shouted || endsWithBracket(p)) && WIRE_CAPTION.matcher(p).find();
    }

    /**
     * True when the line ends with a closing bracket, a full stop after it at most, as every credit at a line's end
     * does: most prose ends with a full stop after a word, and is spared the pattern's search of every place.
     */
    private static boolean endsWithBracket(String p) {
        String s = p.strip();
        int end = s.endsWith(".") ? s.length() - 1 : s.length();
        char last = end > 0 ? s.charAt(end - 1) : ' ';
        return last == ')' || last == ']';
    }

    /** A paragraph of a shoot's credits, one a line ("Hair: ...", "Makeup: ..."). */
    static boolean shootCredits(String p) {
        for (String line : p.split("\n")) {
            if (!line.isBlank() && !SHOOT_CREDIT.matcher(line.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean teaserStart(String lower) {
        return lower.startsWith("also") || lower.startsWith("read") || lower.startsWith("see") || lower.startsWith("related")
            || lower.startsWith("recommended") || lower.startsWith("watch") || lower.startsWith("listen")
            || lower.startsWith("don") || lower.startsWith("must");
    }

    /** An affiliate disclosure or a donation appeal; the cheap word checks spare most lines the pattern. */
    private static boolean appeal(String p) {
        boolean may = p.contains("ommission") || p.contains("ompensation") || p.contains("affiliate")
            || p.contains("share of") || p.contains("as little as");
        return may && APPEAL.matcher(p).matches();
    }

    private static boolean containsAny(String text, String[] needles) {
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** True for a line that is a timestamp, at most a name beside it: "Dec 5, 2023", "Jane Doe - May 2, 2020". */
    static boolean dateLine(String p) {
        return onlyDate(p, Words.count(p));
    }

    /** "January 19, 2024, 10:57 AM" or "Jane Doe - January 24, 2020": a timestamp line, at most a name beside it. */
    private static boolean onlyDate(String p, int words) {
        if (words > 10 || p.length() > 80 || !Character.isDigit(lastNonSpace(p)) && !ENDS_WITH_TIME.matcher(p).matches()) {
            return false;
        }
        return DateParsing.find(p).isPresent() && words - dateWords(p) <= 3;
    }

    private static char lastNonSpace(String p) {
        String s = p.strip();
        return s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
    }

    /** Words in the date and time part of the line: digits, month names, am/pm and zone abbreviations. */
    private static int dateWords(String p) {
        int n = 0;
        for (String w : NON_WORD.split(p)) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isDigit(w.charAt(0)) || DATE_WORD.matcher(w).matches()) {
                n++;
            }
        }
        return n;
    }

}
