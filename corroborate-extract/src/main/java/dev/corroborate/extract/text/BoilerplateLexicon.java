package dev.corroborate.extract.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The phrases of site furniture in text dumps: prompts, appeals, menus, captions and section markers. Written as
 * general patterns of the trade, not of any one site.
 */
final class BoilerplateLexicon {
    /** Phrases that mark a prompt or appeal; two in a line, or one in a short line, make it furniture. */
    private static final List<String> FURNITURE = List.of(
        "subscribe", "newsletter", "sign up", "sign in", "log in", "cookie", "privacy policy", "terms of use",
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
        "your contribution", "support our newsroom", "keep news free", "keep our news free");
    /** "Support Ledger", "Support The Northline": the heading of a reader appeal, which ends the article. */
    private static final Pattern APPEAL_HEADING = Pattern.compile("^(?:Support|SUPPORT)\\s+(?:(?:The|the)\\s+)?\\p{Lu}[\\p{L}.&'’-]*$");
    /**
     * The credit under an embedded post: "— Ona Brask (@onabrask) March 12, 2025". Site furniture inside the
     * article, like a caption; the post's text above it is quoted from elsewhere.
     */
    private static final Pattern EMBED_CREDIT = Pattern.compile("^[—–-]\\s*[^()]{1,60}\\(@\\w{1,30}\\)[^()]{0,40}$");
    private static final Pattern BOUNDARY_LINE = Pattern.compile(
        "(?i)^(?:related(?: posts| articles| stories| news| coverage| links| content| reading| videos| topics)?|read (?:more|also|next)|see also|more news|don['’]?t miss|more about(?: this)?|"
        + "more from [\\p{L} ]+|more stories|latest news|news feed|editors'? picks|recommended(?: for you)?|"
        + "you (?:may|might) also like|tags?|topics?|comments?|share(?: this(?: article)?)?|top stories|"
        + "most read|popular|trending|also read|follow us|(?:people|readers) (?:are )?also (?:read|reading|viewed|watching))"
        + "\\s*(?::|…|\\.\\.\\.)?$"
        // a comment thread's header: "8 Comments", "12 comments Comment from the forums"
        + "|(?i)^\\d+\\s+comments?\\b.{0,40}$");
    /** A byline heads an article: the body never runs across one. */
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}"
        + "(?:\\s*$|\\s*[,|•·–—-]|\\s+(?:and|&)\\s+\\p{Lu}|\\s+(?:on\\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\\d))");
    private static final Pattern COMMENT_HEADER = Pattern.compile(
        "(?i)^\\d+\\s+(?:comments?|responses?|replies)\\b.{0,40}$|^(?:reader )?(?:comments?|responses?)\\s*(?:\\(\\d+\\))?:?$"
        + "|^comments are (?:closed|disabled)\\.?$|^(?:join|start) the (?:discussion|conversation)\\b.{0,30}$"
        + "|^(?:leave|post|add) a (?:comment|reply)\\b.{0,30}$");
    private static final Pattern INLINE_TEASER = Pattern.compile(
        "(?i)^(?:read (?:more|also|next)|see also|also read|related|watch|listen|recommended)\\s*[:|>-]\\s*\\S.*");
    private static final Pattern AD_MARKER = Pattern.compile(
        "(?i)^(?:ad|ads|advert|advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|"
        + "continue reading(?: below)?|scroll to continue)\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:copyright\\s*)?©|\\bcopyright\\b.*\\d{4}");
    private static final Pattern BREADCRUMB = Pattern.compile("^\\S[^/>»]{0,40}(?:\\s+[/>»|]\\s+[^/>»|]+){2,}$");
    private static final Pattern CAPTION_CREDIT = Pattern.compile(
        "(?i)(?:\\((?:[^()]*/[^()]*|[^()]*\\b(?:getty|afp|reuters|ap photo|epa|shutterstock|photo|photograph|"
        + "image|credit|courtesy|via)\\b[^()]*)\\)\\s*$)|(?:\\b(?:photo|photograph|image|picture|credit|illustration)"
        + "(?:\\s+(?:by|via|credit)|\\s*[:/])\\s*[^.]{0,60}\\.?\\s*$)"
        // an agency and photographer run together at the end: "... Northline/J. Perrin"
        + "|(?:[.,]\\s+\\p{Lu}[\\p{L}-]+\\s*/\\s*\\p{Lu}\\.?\\s*\\p{Lu}?[\\p{L}-]*\\.?\\s*$)");
    private static final Pattern CAPTION_START = Pattern.compile("(?i)^(?:photo|photos|photographer|photography|image|picture|file photo|caption)\\s*[:|]");

    private BoilerplateLexicon() {
    }

    /** Occurrences of furniture phrases: a cookie notice says "cookies" many times over. */
    static int furnitureHits(String lower) {
        int hits = 0;
        for (String phrase : FURNITURE) {
            for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length())) {
                hits++;
            }
        }
        return hits;
    }

    static boolean isBoundaryLine(String line) {
        return line.length() < 60 && (BOUNDARY_LINE.matcher(line).matches() || APPEAL_HEADING.matcher(line).matches())
            || line.length() < 160 && BYLINE.matcher(line).lookingAt()
            || line.length() < 200 && isCopyright(line)
            || hasSeparator(line) && BREADCRUMB.matcher(line).matches();
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

    static boolean isInlineTeaser(String line) {
        return INLINE_TEASER.matcher(line).matches();
    }

    static boolean isAppealHeading(String line) {
        return line.length() < 60 && APPEAL_HEADING.matcher(line).matches();
    }

    static boolean isEmbedCredit(String line) {
        return line.indexOf("(@") > 0 && EMBED_CREDIT.matcher(line).matches();
    }

    static boolean isAdMarker(String line) {
        return AD_MARKER.matcher(line).matches();
    }

    static boolean isCopyright(String line) {
        return (line.indexOf('©') >= 0 || line.contains("opyright") || line.contains("OPYRIGHT"))
            && COPYRIGHT.matcher(line).find();
    }

    static boolean isCaption(String line, int words) {
        if (CAPTION_START.matcher(line).find()) {
            return true;
        }
        // Credits end a caption: "... (Name/Agency via Getty Images)", "... Photo via Wikimedia."
        return words <= 60 && mayHoldCredit(line) && CAPTION_CREDIT.matcher(line).find() && !endsLikeQuote(line);
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
