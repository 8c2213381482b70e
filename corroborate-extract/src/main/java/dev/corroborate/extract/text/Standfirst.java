package dev.corroborate.extract.text;

import java.util.List;

import dev.corroborate.extract.meta.DateParsing;

/**
 * The standfirst: the sentence or two that news pages print right under the headline ("Tourists returned last year;
 * office workers not so much"), above the byline, the date and the lead photo. It opens the article's text, though
 * the byline block parts it from the paragraphs and it often lacks a final stop.
 */
final class Standfirst {
    /** Shorter than this it is a kicker or a label; longer, a paragraph the body locator would have judged. */
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;
    /** Share of its longer words the body takes up: a standfirst sums up the story, a teaser tells another. */
    private static final double MIN_SHARED = 0.4;

    private Standfirst() {
    }

    /**
     * @param headline the page's headline line, or null
     * @param body     the article's text as located
     * @return the line right under the headline when it is the article's standfirst, or null
     */
    static DumpLine under(DumpLine headline, List<DumpLine> lines, BodyLocator.Body body) {
        if (headline == null || headline.index() + 1 >= body.first()) {
            return null;
        }
        DumpLine line = lines.get(headline.index() + 1);
        if (line.kind() != LineKind.HEADING && line.kind() != LineKind.PROSE || line.words() < MIN_WORDS
            || line.words() > MAX_WORDS || LeadFinder.isStamp(line) || DateParsing.find(line.text()).isPresent()
            || TitleCase.isTitleCase(line.text()) // a second headline or a section's title: a standfirst is a sentence
            || HeadlinePicker.normalise(line.text()).equals(HeadlinePicker.normalise(headline.text()))) {
            return null;
        }
        return SameTopicJoiner.sharesWords(SameTopicJoiner.vocabulary(List.of(line)),
            SameTopicJoiner.vocabulary(body.lines()), MIN_SHARED) ? line : null;
    }
}
