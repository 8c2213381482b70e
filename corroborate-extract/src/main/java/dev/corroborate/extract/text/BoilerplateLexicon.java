package dev.corroborate.extract.text;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrases of site furniture in text dumps: prompts, appeals, menus, captions and section markers. Written as
 * general patterns of the trade, not of any one site.
 */
final class BoilerplateLexicon {
    /** Counted only where the line speaks of the browser's cookie ({@link #BROWSER_CONTEXT}). */
    private static final String BROWSER_COOKIE = "cookie";
    /** Phrases that mark a prompt or appeal; two in a line, or one in a short line, make it furniture. */
    private static final List<String> FURNITURE = List.of(
        "subscribe", "newsletter", "sign up", "sign in", "log in", BROWSER_COOKIE, "privacy policy", "terms of use",
        "terms of service", "all rights reserved", "advertisement", "skip to", "share this", "share on",
        "follow us", "donate", "donation", "support us", "become a member", "become a patron", "join our community",
        "join us in", "support independent journalism", "email address", "enter your email", "your inbox",
        "click here", "ad blocker", "indicates required", "signing up", "min read", "this audio is",
        "listen to this article", "leave a comment", "write to us", "suggest a correction", "ctrl + enter",
        "accept all", "manage preferences", "we use cookies", "create an account", "already a subscriber",
        "support our journalism", "independent journalism", "our reporting", "readers like you", "paywall",
        "unlimited access", "download the app", "print this", "edit post", "reprint", "written permission",
        "[email protected]", "all comments", "most read", "most popular", "trending now", "watch:", "photo gallery",
        "opt-out", "opt out", "personal information", "privacy", "third parties", "terms and conditions",
        "can be reached at", "contact the author", "follow him on", "follow her on", "as little as $",
        "your contribution", "support our newsroom", "keep news free", "keep our news free", "you agree to",
        "sign into", "we'll email you", "we will email you", "get the full recipe",
        // the site's disclosures and disclaimers: about how the page was made, not about the story
        "editorially independent", "independently selected", "reader-supported", "we may make money",
        "affiliate commission", "affiliate partnership", "informational purposes", "not a substitute for professional",
        "do not necessarily represent", "do not necessarily reflect", "may be reached at");

    /**
     * What a cookie notice talks about besides cookies: the site, the browser, consent, settings, data. A recipe's
     * or a bakery's "cookies" come without any of it.
     */
    private static final Pattern BROWSER_CONTEXT = Pattern.compile("\\b(?:web ?sites?|site|browser|browsing|consent"
        + "|polic(?:y|ies)|settings?|preferences|accept|allow|enable|privacy|tracking|notice|statement|choices|manage"
        + "|data|information|technolog(?:y|ies)|advertis\\w*|ads|analytics|users?|gdpr|opt"
        + "|(?:use[sd]?|using) (?:of )?cookies)\\b");
    /**
     * Furniture phrases that a news sentence uses as well: "respecting their privacy", "asked for donations", "the
     * most popular dish", "chose to opt out". In a sentence they do not make the line a prompt.
     */
    private static final Set<String> PROSE_PHRASES = Set.of("privacy", "personal information", "third parties",
        "terms and conditions", "donate", "donation", "most popular", "most read", "opt out", "opt-out",
        "our reporting", "advertisement", "paywall", "reprint", "trending now");
    /**
     * "Support Ledger", "Support The Northline", "Support independent local journalism": the heading of a reader
     * appeal, which ends the article. The kind of reporting it asks for is named last, so "Support for the plan
     * grows" is no appeal.
     */
    private static final Pattern APPEAL_HEADING = Pattern.compile("^(?:Support|SUPPORT)\\s+(?:(?:(?:The|the)\\s+)?\\p{Lu}[\\p{L}.&'’-]*"
        + "|(?:[\\p{L}-]+\\s+){0,3}(?i:journalism|reporting|news|newsroom)\\.?)$");
    /**
     * The credit under an embedded post: "— Ona Brask (@onabrask) March 12, 2025". Site furniture inside the
     * article, like a caption; the post's text above it is quoted from elsewhere.
     */
    private static final Pattern EMBED_CREDIT = Pattern.compile("^[—–-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)[^()]{0,40}$");
    /**
     * An embedded post's text as a page shows it: a tweet ends in its picture or short link ("… pic.twitter.com/x1",
     * "… https://t.co/x1"), an Instagram frame reads "View this post on Instagram", "A post shared by Name (@handle)",
     * and a frame the page could not load leaves its stand-in ("This content can also be viewed on the site it
     * originates from.").
     * The post is quoted from elsewhere; the article's own sentences do not carry such links.
     */
    private static final Pattern EMBED_TEXT = Pattern.compile(
        "(?:pic\\.twitter\\.com/\\w+|https?://t\\.co/\\w+)\\W*$"
        // the post's head: its writer's name and handle, alone on the line ("Ona Brask @onabrask")
        + "|^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} @\\w{1,30}$"
        + "|(?i)^(?:view this (?:post|profile) on (?:instagram|tiktok|facebook|x|threads)|a post shared by .{1,60}"
        + "|waiting for your permission to load the \\w+ media\\.?"
        + "|this content can (?:also )?be viewed on the site it originates from\\.?)$"
        // the post's embed code printed as it stands, where the page failed to run it: "<a href=...>#Tag</a> ..."
        + "|<a\\s+href=|</a>|<(?:iframe|blockquote)\\b");
    /**
     * The label over the page's own credits under the article: "Story Source:", "Cite This Page:", "How to cite this
     * article". The citation repeats the headline and the outlet, but none of it is the story.
     */
    private static final String CITATION_LABEL =
        "story source|cite this (?:page|article|story|post)|how to cite(?: this (?:page|article|story))?";
    private static final Pattern BOUNDARY_LINE = Pattern.compile(
        "(?i)^(?:related(?: posts| articles| stories| news| coverage| links| content| reading| videos| topics)?|read (?:more|also|next)|see also|more news|don['’]?t miss|more about(?: this)?|"
        + "more from [\\p{L} ]+|more stories|latest news|news feed|editors'? picks|recommended(?: for you)?|"
        + "you (?:may|might) also like|tags?|topics?|share(?: this(?: article)?)?|top stories|"
        + "most read|popular|trending|also read|follow us|(?:people|readers) (?:are )?also (?:read|reading|viewed|watching)|"
        // reader feedback under the article (the comment thread is COMMENT_HEADER's)
        + "was this (?:page|article) helpful\\??|post navigation|relevant tags|"
        // the author box under the article
        + "about the (?:authors?|writer|reporter)|meet the (?:authors?|writer))"
        + "\\s*(?::|…|\\.\\.\\.)?$"
        // the list of sources, references or notes under the article: "Our Sources", "7 Sources", "Footnotes"
        + "|(?i)^(?:our |\\d{1,3}\\s+)?(?:sources|references|footnotes|endnotes)$"
        + "|(?i)^(?:" + CITATION_LABEL + ")\\s*:?$");
    /**
     * The label over a block of links to other stories that sites set between an article's paragraphs as often as
     * under it: "Editor's Picks", "Other news", "Read this next". The article may go on after the block.
     */
    private static final Pattern WIDGET_LABEL = Pattern.compile(
        "(?i)^(?:editor(?:'s|’s|s’|s)? picks?|recommended(?: by our editors| stories| reading)|read this next|"
        + "what to read next|keep reading|more (?:features|videos|on this (?:issue|story|topic))|more about|other news|"
        + "featured stories|recent posts|top reads(?: [\\p{L} ]+)?|(?:latest|trending) videos|popular now|"
        + "trending stories|you (?:might|may) (?:also )?be interested in)\\s*(?::|…|\\.\\.\\.)?$");
    /**
     * A shopping button between a buying guide's paragraphs: "$26 at Velmart", "$22 $17 at Lumen", "View on
     * Velmart", "See It!", "Try Harbour VPN Now", "See Ferry Tycoon on Velmart", "View Deal", "See Details".
     */
    private static final Pattern SHOPPING_BUTTON = Pattern.compile(
        "^(?:\\$[\\d,.]+\\s+)+(?:at|on|from)\\s+\\S.{0,40}"
        + "|^(?:View|Shop|Buy|See|Check|Get)(?: [Ii]t| [Nn]ow)? (?:[Oo]n|[Aa]t) \\p{Lu}.{0,40}"
        + "|^See .{1,60} (?:on|at) \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?"
        + "|^Try .{1,40} (?:Now|Free|Today)"
        + "|(?i)^(?:see it|shop now|buy now|shop it|get it|shop the look|shop similar looks?|check price|see price|"
        + "get (?:the )?deal|(?:view|see) (?:the )?(?:deal|offer)s?|see details|buying options)!?");
    /** The prompt over a comment thread, which repeats the headline after it. */
    private static final Pattern COMMENT_PROMPT = Pattern.compile("(?i)^share or comment on this (?:article|story)\\b");
    /**
     * The opening of an author's bio: a name (and credentials) as the subject, then what the person is or does,
     * "Ana Lenz is a senior reporter …", "Ivo Lenz, MD, has been a columnist …", "Ana Lenz writes about …".
     */
    private static final Pattern BIO_SUBJECT = Pattern.compile(
        "^(?!(?:The|This|That|These|Those|There|It|He|She|They|We|I|You|His|Her|Their|Our|A|An)\\s)"
        + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}(?:,\\s*\\p{Lu}[\\p{L}.]{1,6})*,?"
        + "\\s+(?:is|was|has been|writes|covers|reports)\\b");
    /** A newsroom job, which is what a bio tells first: "… is a senior reporter at …", "… writes about …". */
    private static final Pattern NEWSROOM_ROLE = Pattern.compile(
        "(?i)\\b(?:writer|editor|reporter|journalist|correspondent|columnist|critic|contributor|freelancer|fact-checker"
        + "|editor-in-chief|writes about|covers|covering|reports on)\\b");
    /** A bio names the job early; an article's sentence that mentions a reporter in passing does so late if at all. */
    private static final int BIO_ROLE_WORDS = 20;
    /** "Senior Editor", "Ana Lenz Staff Writer": the job title a byline box prints under or beside the name. */
    private static final Pattern STAFF_TITLE = Pattern.compile(
        "^(?:(?!(?:To|The|Of|For|And|From|A)\\s)\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}(?:Editor|Writer|Reporter|Correspondent|Columnist|Contributor|Critic|"
        + "Producer|Journalist|Editor-in-Chief|Editor in Chief)$");
    /** A byline heads an article: the body never runs across one. */
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}"
        + "(?:\\s*$|\\s*[,|•·–—-]|\\s+(?:and|&)\\s+\\p{Lu}|\\s+(?:on\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\\d))");
    /** A comment thread's header: "8 Comments", "Comments (12)", "Comments are closed.", "Leave a reply". */
    private static final Pattern COMMENT_HEADER = Pattern.compile(
        "(?i)^\\d+\\s+(?:comments?|responses?|replies)\\b.{0,40}$"
        + "|^(?:reader |view |show |load )?(?:comments?|responses?)\\s*(?:\\(\\d+\\))?\\s*(?::|…|\\.\\.\\.)?$"
        + "|^comments are (?:closed|disabled)\\.?$|^(?:join|start) the (?:discussion|conversation)\\b.{0,30}$"
        + "|^(?:leave|post|add) (?:a |your )?(?:comment|reply)\\b.{0,30}$");
    /**
     * "Read more: …", "MORE: …", "REQUIRED READING: …": a link to another story set between paragraphs. A label and
     * a colon, then the linked headline; the article's own labelled lines ("Date: …") use other labels. Some pages set
     * the link in brackets, "(MORE: …)", an invisible zero-width space before the label.
     */
    private static final Pattern INLINE_TEASER = Pattern.compile(
        "(?i)^(?:[(\\[]\\s*)?[\\u200B\\uFEFF]*"
        + "(?:read(?: more| also| next)?|see(?: also)?|also(?: read| see)?|more|related(?: reading| story)?|watch|"
        + "listen|recommended(?: reading)?|required reading|don'?t miss|must read|exclusive\\s*read more)"
        + "(?:\\s*[:|>»]|\\s*[-–—](?=\\s*(?-i:\\p{Lu})))\\s*\\S.*");
    /**
     * "Read more at ledger.example", "(Excerpt) Read more at ledger.example ...": the credit under an excerpt, naming
     * the site that holds the whole story. It ends the excerpt.
     */
    private static final Pattern SOURCE_CREDIT = Pattern.compile("(?i)^(?:\\(excerpt\\)\\s*)?"
        + "(?:read more|continue reading|read the (?:full|whole) (?:story|article))\\s+(?:at|on)\\s+"
        + "(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.\\p{L}{2,}\\b.{0,40}$");
    /**
     * A note to the reader about the page rather than the story, whatever its length: "This interview has been
     * edited for length and clarity.", "Reviews have been edited for clarity.", "Follow the Ledger's news desk on
     * Facebook", "The opinions expressed here are the author's.", "... is for informational purposes only".
     */
    private static final Pattern PAGE_NOTE = Pattern.compile(
        "(?i)^(?:this|the) (?:interview|conversation|transcript|q&a|story|article)\\b.{0,40}?\\b(?:has|have) been"
        + " (?:edited|condensed)\\b"
        + "|^(?:\\S+\\s+){0,3}(?:reviews|responses|comments|quotes|answers|letters) (?:have|has) been (?:edited|condensed)\\b"
        // "Follow the Ledger's news desk on Facebook", bulleted or not: "* Follow ..."
        + "|^(?:[*•]\\s*)?follow\\b.{0,80}?\\bon"
        + " (?:facebook|twitter|instagram|x|threads|tiktok|snapchat|youtube|linkedin|bluesky)\\b"
        + "|^the (?:views|opinions) expressed (?:here|in this)\\b"
        + "|\\b(?:is|are) (?:intended )?for (?:general )?informational purposes only\\b");
    /**
     * The label an ad slot leaves in the text: "Advertisement", "Advertising", "Story continues below", "Article
     * continues below this ad".
     */
    private static final Pattern AD_MARKER = Pattern.compile(
        "(?i)^(?:ad|ads|advert|advertisement|advertising|sponsored(?: content)?|"
        + "(?:story|article) continues below(?: (?:this )?(?:ad|advertisement))?|"
        + "continue reading(?: below)?|scroll to continue)\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:copyright\\s*)?©|\\bcopyright\\b.*\\d{4}");
    private static final Pattern BREADCRUMB = Pattern.compile("^\\S[^/>»]{0,40}(?:\\s+[/>»|]\\s+[^/>»|]+){2,}$");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
        "(?i)(?:\\((?:[^()]*/[^()]*|[^()]*\\b(?:getty|afp|reuters|ap photo|epa|shutterstock|photo|photograph|"
        + "image|credit|courtesy|via)\\b[^()]*)\\)\\s*$)|(?:\\b(?:photo|photograph|image|picture|credit|illustration)"
        + "(?:\\s+(?:by|via|credit)|\\s*[:/])\\s*[^.]{0,60}\\.?\\s*$)"
        // an agency and photographer run together at the end: "... Northline/J. Perrin"
        + "|(?:[.,]\\s+\\p{Lu}[\\p{L}-]+\\s*/\\s*\\p{Lu}\\.?\\s*\\p{Lu}?[\\p{L}-]*\\.?\\s*$)"
        // a picture agency closing the line, after the photographer's name: "Ana Lenz via Getty Images, FILE"
        + "|(?:\\bgetty images(?:,\\s*file)?\\s*$)");
    /** A gallery's counter over a picture: "3 of 9", "Image 3 of 9", "Slide 3 of 9 |"; groups: number, total. */
    static final Pattern GALLERY_COUNTER =
        Pattern.compile("(?i)^(?:image |photo |slide )?(\\d{1,3}) of (\\d{1,3})\\s*\\|?$");
    private static final Pattern CAPTION_START = Pattern.compile(
        "(?i)^(?:photo|photos|photographer|photography|image|picture|file photo|caption|credit|screenshot|screengrab)\\s*[:|]"
        // a photo's own furniture: "Enlarge / …", "… hide caption" (a gallery's counter: GALLERY_COUNTER)
        + "|(?i)^(?:enlarge this image|toggle caption)$"
        + "|(?i)^enlarge\\s*/|(?i)\\bhide caption$");
    /**
     * The marks of a wire or gallery caption: an agency's credit run into the photographer's name near the line's
     * end ("NORTHLINE/Ana Lenz", "AP Photo/Ana Lenz"), a file picture's flag ("FILE - Riders wait ..."), a gallery
     * counter ("[1/3]"), a "left to right" key ("(L-R) Ana Lenz and ..."), a picture agency's dateline ("VELOR,
     * ITALY - MARCH 3: ..."), the day the picture was taken closing it ("... in Velor, Tuesday, March 3, 2025."). The
     * article's own sentences carry none of them.
     */
    private static final Pattern WIRE_CAPTION_MARK = Pattern.compile(
        "\\b(?:\\p{Lu}{3,}(?:-\\p{Lu}{2,})?|AP Photo)/\\s?\\p{Lu}[\\p{Ll}.][^.]{0,80}$"
        + "|^FILE\\s*[-–—]\\s|^\\[\\d{1,2}/\\d{1,2}\\]|^\\((?i:l)\\s*[-–—]\\s*(?i:r)\\)"
        + "|^\\p{Lu}[\\p{Lu} ,.'’-]{2,40}\\s[-–—]\\s(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER"
        + "|NOVEMBER|DECEMBER)\\s\\d{1,2}:"
        + "|,\\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s(?:Jan|Feb|March|April|May|June|July|Aug"
        + "|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s\\d{1,2},\\s\\d{4}\\.$");
    private static final int WIRE_CAPTION_WORDS = 150;
    /**
     * A credit run onto the caption's last word with no space between, as a dump joins the caption's text and its
     * credit's element: "... on Sunday.Ana Lenz", "... in Velor.NORTHLINE", "... at the pier.Ana Lenz/Instagram",
     * "... at the pierCredit: Harbour Press", "...(Photo courtesy of Velor Museum)Photo courtesy of Velor Museum". A
     * sentence in the article always has a space after its stop.
     */
    private static final Pattern GLUED_CREDIT = Pattern.compile(
        "[\\p{Ll}\\d][.!?)](?:\\p{Lu}[\\p{L}\\p{M}.'’-]*)(?:(?:\\s+|\\s*/\\s*)\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}$"
        + "|[\\p{Ll}\\d.!?)](?:Credits?:|(?:Photo|Image|Picture)s?\\s+(?:by|courtesy|credit|via)\\b|Courtesy of\\b)[^.!?]{0,60}$");
    /**
     * Where in the picture a person stands: "Ana Lenz (left) and Ivo Brask ...", "... (second from right)", "Ana Lenz,
     * centre, greets ...". Only a caption points into a photo; the article's own paragraphs name people without
     * placing them.
     */
    private static final String POSITION =
        "(?:(?:far|second|third|top|bottom|front|back)(?:[ -]from)?[ -])?(?:left|right|centre|center)";
    private static final Pattern PICTURE_POSITION = Pattern.compile("(?i)\\(" + POSITION + "\\)|,\\s" + POSITION + ",");
    /** A caption is a sentence or two: a line naming a position in a picture is judged only that short. */
    private static final int POSITIONED_CAPTION_WORDS = 40;
    /** A caption is a sentence or two; the glued credit is judged only on lines that short. */
    private static final int GLUED_CAPTION_WORDS = 120;
    /** A credit closing a caption's last sentence: "... at the pier. Courtesy of the Velor Museum." */
    private static final Pattern COURTESY_END = Pattern.compile(
        "(?:[.!?)]\\s*|\\b(?i:photo|photograph|image|picture)s?\\s+)(?i:courtesy(?: of)?)\\s+(?:the\\s+)?\\p{Lu}[^.]{0,60}\\.?\\s*$");
    /** "Courtesy of the Velor Museum": a credit, however the rest of it reads. */
    private static final Pattern COURTESY = Pattern.compile("(?i)^courtesy\\b");
    /** What parts a credit's photographer from the agency: "Ana Lenz/Getty Images", "Ana Lenz / Ledger", "…; …". */
    private static final Pattern CREDIT_SEPARATOR = Pattern.compile("\\s*/+\\s*|\\s+\\|\\s+|;\\s*");
    /** The lower-case words a name or an agency may hold: "Getty Images for the Velor Museum". */
    private static final Set<String> CREDIT_CONNECTORS = Set.of("of", "for", "via", "and", "the", "&", "de", "van", "von");
    /** Where a caption's sentence ends and the credit after it begins. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+");
    private static final int MAX_CREDIT_CHARS = 90;
    private static final int MAX_CREDIT_PART_WORDS = 4;

    /** A linked headline is one line; a paragraph opening with "See: …" is the article's. */
    private static final int MAX_TEASER_CHARS = 250;
    /** A breadcrumb trail: a few section names and at most a headline. */
    private static final int MAX_CRUMB_TRAIL_CHARS = 160;
    /**
     * The label over a block of other stories' teasers that a page may set between an article's paragraphs: "Most
     * Popular", "Most read in Music", "Related Stories", "Read More", "You may also like". Not the labels that only
     * close an article ("Tags", "Share", "Was this page helpful?").
     */
    private static final Pattern TEASER_BLOCK_LABEL = Pattern.compile(
        "(?i)^(?:most (?:read|popular|viewed|shared)|popular|trending|related(?: posts| articles| stories| news| coverage)?"
        + "|read (?:more|also|next)|also read|see also|more (?:news|stories|from [\\p{L}&' ]+)|latest news|top stories"
        + "|recommended(?: for you)?|you (?:may|might) also like|(?:people|readers) (?:are )?also (?:read|reading))"
        + "(?: (?:now|today|stories|articles|(?:in|on) [\\p{L}&' ]+))?\\s*(?::|…|\\.\\.\\.)?$");
    /** A button is a few words; a sentence that starts "See …" or "Get …" runs on. */
    private static final int SHOPPING_BUTTON_WORDS = 14;

    private BoilerplateLexicon() {
    }

    /**
     * Occurrences of furniture phrases: a cookie notice says "cookies" many times over.
     *
     * @param sentence whether the line reads as a sentence: then the phrases that news prose also uses ("privacy",
     *                 "donations", "most popular") are not counted, only those of prompts and appeals
     */
    static int furnitureHits(String lower, boolean sentence) {
        int hits = 0;
        for (String phrase : FURNITURE) {
            if (sentence && PROSE_PHRASES.contains(phrase)) {
                continue;
            }
            int found = 0;
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length())) {
                found++;
            }
            // the context is looked for only where a cookie is named: most lines name none, and it costs a scan
            boolean recipeCookie = found > 0 && phrase.equals(BROWSER_COOKIE) && !BROWSER_CONTEXT.matcher(lower).find();
            hits += recipeCookie ? 0 : found;
        }
        return hits;
    }

    static boolean isBoundaryLine(String line) {
        return line.length() < 60 && (BOUNDARY_LINE.matcher(line).matches() || APPEAL_HEADING.matcher(line).matches()
                || COMMENT_HEADER.matcher(line).matches())
            || line.length() < 160 && BYLINE.matcher(line).lookingAt()
            || line.length() < MAX_TEASER_CHARS && COMMENT_PROMPT.matcher(line).lookingAt()
            || line.length() < 200 && (isCopyright(line) || isSourceCredit(line))
            // a breadcrumb trail is a line of short links; a paragraph may hold "$1,199 / £1,199 / AU$2,199"
            || line.length() < MAX_CRUMB_TRAIL_CHARS && hasSeparator(line) && BREADCRUMB.matcher(line).matches();
    }

    static boolean isShoppingButton(String line, int words) {
        return words <= SHOPPING_BUTTON_WORDS && !line.endsWith(".") && SHOPPING_BUTTON.matcher(line).matches();
    }

    static boolean isWidgetLabel(String line) {
        return line.length() < 60 && WIDGET_LABEL.matcher(line).matches();
    }

    /**
     * What a page sets under the article's last line and never between its paragraphs: the list of sources, the
     * reader-feedback prompt, the author box, the tags.
     */
    private static final Pattern ARTICLE_END = Pattern.compile(
        "(?i)^(?:(?:our |\\d{1,3}\\s+)?(?:sources|references|footnotes|endnotes)|" + CITATION_LABEL
        + "|was this (?:page|article) helpful\\??"
        + "|about the (?:authors?|writer|reporter)|meet the (?:authors?|writer)|post navigation|(?:relevant )?(?:tags?|topics))\\s*:?$");

    /** A label that ends the article ({@link #ARTICLE_END}): nothing past it is the article's. */
    static boolean isArticleEnd(String line) {
        return line.length() < 60 && ARTICLE_END.matcher(line).matches();
    }

    /** A section label ("Related stories", "More from the Ledger"), not a comment thread's header. */
    static boolean isSectionLabel(String line) {
        return line.length() < 60 && BOUNDARY_LINE.matcher(line).matches()
            && !line.toLowerCase(Locale.ROOT).contains("comment");
    }

    /**
     * The head of a reader comment thread: "8 Comments", "Comments", "Comments are closed.", "Join the discussion".
     * What follows it is readers' text, never the article's.
     */
    static boolean isCommentThreadHeader(String line) {
        return line.length() < 60 && COMMENT_HEADER.matcher(line).matches();
    }

    private static boolean hasSeparator(String line) {
        return line.contains(" / ") || line.contains(" > ") || line.contains(" » ") || line.contains(" | ");
    }

    /**
     * The first sentence of an author's bio, set under the article or beside the byline: about the writer, not the
     * story.
     */
    static boolean isAuthorBio(String line) {
        if (!BIO_SUBJECT.matcher(line).lookingAt()) {
            return false;
        }
        String[] words = line.split("\\s+", BIO_ROLE_WORDS + 1);
        String opening = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, BIO_ROLE_WORDS)));
        return NEWSROOM_ROLE.matcher(opening).find();
    }

    /** A job title printed on its own line, or after the name, in a byline box. */
    static boolean isStaffTitle(String line) {
        return line.length() < 60 && STAFF_TITLE.matcher(line).matches();
    }

    /** An excerpt's credit to the site holding the whole story ({@link #SOURCE_CREDIT}). */
    static boolean isSourceCredit(String line) {
        return SOURCE_CREDIT.matcher(line).matches();
    }

    /** A label over a block of other stories' teasers ({@link #TEASER_BLOCK_LABEL}, {@link #WIDGET_LABEL}). */
    static boolean isTeaserBlockLabel(String line) {
        return isWidgetLabel(line) || line.length() < 60 && TEASER_BLOCK_LABEL.matcher(line).matches();
    }

    static boolean isInlineTeaser(String line) {
        return line.length() < MAX_TEASER_CHARS && INLINE_TEASER.matcher(line).matches();
    }

    static boolean isEmbedText(String line) {
        return EMBED_TEXT.matcher(line).find();
    }

    static boolean isAppealHeading(String line) {
        return line.length() < 60 && APPEAL_HEADING.matcher(line).matches();
    }

    static boolean isEmbedCredit(String line) {
        return line.indexOf("(@") > 0 && EMBED_CREDIT.matcher(line).matches();
    }

    /** A note to the reader about the page ({@link #PAGE_NOTE}): it sits among the article's lines, not in its text. */
    static boolean isPageNote(String line) {
        return PAGE_NOTE.matcher(line).find();
    }

    static boolean isAdMarker(String line) {
        return AD_MARKER.matcher(line).matches();
    }

    static boolean isCopyright(String line) {
        return (line.indexOf('©') >= 0 || line.contains("opyright") || line.contains("OPYRIGHT"))
            && COPYRIGHT.matcher(line).find();
    }

    static boolean isCaption(String line, int words) {
        if (CAPTION_START.matcher(line).find() || GALLERY_COUNTER.matcher(line).matches() || isCreditLine(line)) {
            return true;
        }
        if (words <= POSITIONED_CAPTION_WORDS && PICTURE_POSITION.matcher(line).find()) {
            return true;
        }
        if (line.indexOf('/') > 0 && creditEnds(line)) {
            return true; // "Riders wait at the pier. Ana Lenz/Getty Images"
        }
        // a wire caption runs longer than others: it tells the story behind the picture as well
        if (words <= GLUED_CAPTION_WORDS && GLUED_CREDIT.matcher(line).find()) {
            return true;
        }
        if (words <= WIRE_CAPTION_WORDS && WIRE_CAPTION_MARK.matcher(line).find() || words <= 60 && COURTESY_END.matcher(line).find()) {
            return true;
        }
        // Credits end a caption: "... (Name/Agency via Getty Images)", "... Photo via Wikimedia."
        return words <= 60 && mayHoldCredit(line) && CAPTION_CREDIT.matcher(line).find() && !endsLikeQuote(line);
    }

    /**
     * A photo credit on a line of its own: "Chris Jackson/Getty Images", "Getty Images | Ana Lenz", "Courtesy of the
     * Velor Museum". Names and agencies parted by slashes, each a few capitalised words and at least one a full name:
     * no figures, no colon, no sentence, where a spec ("Position: PG/SG", "24/7 support") or a pair of words
     * ("Sex/Life") has them or is shorter.
     */
    static boolean isCreditLine(String line) {
        if (line.length() > MAX_CREDIT_CHARS || line.indexOf(':') >= 0 || line.endsWith(".")) {
            return false;
        }
        if (COURTESY.matcher(line).lookingAt()) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return false;
            }
        }
        String[] parts = CREDIT_SEPARATOR.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        boolean fullName = false;
        for (String part : parts) {
            String[] words = part.strip().split("\\s+");
            if (part.isBlank() || words.length > MAX_CREDIT_PART_WORDS) {
                return false;
            }
            for (String word : words) {
                if (!Character.isUpperCase(word.charAt(0)) && !CREDIT_CONNECTORS.contains(word)) {
                    return false;
                }
            }
            fullName |= words.length >= 2;
        }
        return fullName;
    }

    /** Whether the text after a caption's last sentence is a credit. */
    private static boolean creditEnds(String line) {
        Matcher m = SENTENCE_END.matcher(line);
        int tail = -1;
        while (m.find()) {
            tail = m.end();
        }
        return tail > 0 && isCreditLine(line.substring(tail));
    }

    /** A cheap test before the credit pattern: a credit needs a bracket or one of its words. */
    private static boolean mayHoldCredit(String line) {
        if (line.indexOf(')') >= 0) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("photo") || lower.contains("image") || lower.contains("picture")
            || lower.contains("credit") || lower.contains("illustration");
    }

    private static boolean endsLikeQuote(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.endsWith("said.") || lower.endsWith("says.");
    }
}
