package dev.corroborate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.corroborate.extract.meta.DateParsing;

/**
 * Widens a located body back over its lead: the standfirst paragraph that sites print between the headline and the
 * byline, so that the byline and date lines part it from the rest of the article.
 */
final class LeadFinder {
    /** The most lines of byline, date, share buttons and caption between the lead and the body. */
    private static final int MAX_GAP = 8;
    private static final int MIN_LEAD_WORDS = 8;
    /** A heading this long in the gap is another story's teaser: the gap is no byline block. */
    private static final int TEASER_WORDS = 6;
    /** "By Ann Lee", "Written by …", and "ByAnn Lee": the label glued to the name where the page set it inline. */
    private static final Pattern BYLINE_START = Pattern.compile("(?i)^(?:by|author:?|written by)\\b|^By(?=\\p{Lu}\\p{Ll})");

    /** @return the body with its lead paragraph in front, or the body as it was when no lead sits above it */
    BodyLocator.Body widen(BodyLocator.Body body, List<DumpLine> lines) {
        boolean bylineBlock = false;
        for (int k = body.first() - 1; k >= 0 && body.first() - k <= MAX_GAP + 1; k--) {
            DumpLine line = lines.get(k);
            if (line.kind() == LineKind.PROSE) {
                return bylineBlock && line.words() >= MIN_LEAD_WORDS ? withLead(body, line) : body;
            }
            boolean stamp = isStamp(line);
            if (line.kind() == LineKind.HEADING && line.words() >= TEASER_WORDS && !stamp) {
                return body;
            }
            bylineBlock |= stamp;
        }
        return body;
    }

    /** A byline or a dateline: what parts a standfirst from the article it introduces. */
    static boolean isStamp(DumpLine line) {
        return BYLINE_START.matcher(line.text()).find() || line.words() <= 16 && DateParsing.find(line.text()).isPresent();
    }

    private static BodyLocator.Body withLead(BodyLocator.Body body, DumpLine lead) {
        List<DumpLine> text = new ArrayList<>(body.lines().size() + 1);
        text.add(lead);
        text.addAll(body.lines());
        return new BodyLocator.Body(lead.index(), body.last(), text);
    }
}
