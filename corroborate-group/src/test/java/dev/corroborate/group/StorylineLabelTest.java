package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Terms;
import dev.corroborate.nlp.Understanding;

/** Storyline labels in real words; fictional headlines from the Republic of Veloria. */
class StorylineLabelTest {
    private static final List<String> HEADLINES = List.of(
        "Veloria and Norland sign ferry negotiations deal",
        "Ferry negotiations stall as Norland walks out",
        "Norland's ferries return to Oska after negotiations",
        "NORLAND ferry strike ends");

    @Test
    void eachStemShowsAsItsMostFrequentWord() {
        List<String> stems = List.of(Terms.stem("negotiations"), Terms.stem("norland"), Terms.stem("ferry"));

        assertEquals("negotiations · Norland · ferry", StorylineLabel.of(stems, HEADLINES));
    }

    @Test
    void aHeadlinesCapitalisedFirstWordCountsLessThanTheWordWrittenInside() {
        assertEquals("strike", StorylineLabel.of(List.of(Terms.stem("strike")),
            List.of("Strike closes the port", "Strike enters day two", "Dockers end strike")));
    }

    @Test
    void aStemNoHeadlineWritesStaysAStem() {
        assertEquals("harbour · crane", StorylineLabel.of(List.of("harbour", "crane"), List.of("Nothing here")));
    }

    @Test
    void aStorylineIsLabelledInWordsItsMembersHeadlinesWrite() {
        List<String> headlines = List.of("Storm halts Oska ferries", "Oska ferries halted by storm");
        Grouping.Result result = new Grouping().group(List.of(
            analysed("sl-1", headlines.get(0), "Storm winds halted the Oska ferries. Ferries stayed in port."),
            analysed("sl-2", headlines.get(1), "All Oska ferries were halted by the storm. They sail when winds drop.")));

        String label = result.storylines().get(0).title();
        for (String word : label.split(" · ")) {
            assertTrue(headlines.stream().anyMatch(h -> h.contains(word)), word + " in " + label);
        }
        assertTrue(label.contains("ferries"), label);
    }

    private static AnalysedArticle analysed(String id, String title, String body) {
        Article article = new Article(id, id + ".txt", null, title, Published.ofDate(LocalDate.of(2025, 2, 3)),
            "Veloria Wire", List.of(), "en", body);
        Understanding u = new ArticleReader().read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline());
    }
}
