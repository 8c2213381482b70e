package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.Event;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.core.Storyline;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;

/** Events and storylines over a small hand-written corpus from the Republic of Veloria. */
class GroupingTest {
    private static final ArticleReader READER = new ArticleReader();

    /** The Marden Ledger on Labour Minister Orlik's press conference on the apprentice fund, 4 March. */
    private static final AnalysedArticle LEDGER_FUND = analysed("a-ledger-fund", "The Marden Ledger",
        "Apprentice fund opens to every Velorian trade", LocalDate.of(2025, 3, 4), """
        Labour Minister Hana Orlik told a press conference in Marden on Tuesday that the apprentice fund will open \
        to every trade from next month.

        Until now only builders and electricians could draw on the apprentice fund, which pays half of an \
        apprentice's wage during training.

        "A baker's apprentice deserves the same start as a bricklayer's," Orlik said at the press conference.

        Ivo Rask, president of the Chamber of Crafts, welcomed the wider fund but asked for shorter application \
        forms for small workshops.""");

    /** The Oska Valley Post on the same press conference, the same day, in its own words. */
    private static final AnalysedArticle POST_FUND = analysed("a-post-fund", "Oska Valley Post",
        "Orlik widens apprentice fund to all trades", LocalDate.of(2025, 3, 4), """
        Bakers, tailors and mechanics will be able to claim money from the apprentice fund from next month, \
        Labour Minister Hana Orlik announced at a press conference on Tuesday.

        The apprentice fund pays half of an apprentice's wage and was until now open only to builders and \
        electricians.

        "Every trade needs apprentices, and every apprentice deserves a fair wage," Orlik told the press conference.

        The Chamber of Crafts, led by Ivo Rask, said the wider apprentice fund was good news for small workshops.""");

    /** The Ledger ten days later: the same minister on the same fund, a new happening. */
    private static final AnalysedArticle LEDGER_FIRST_PAYMENTS = analysed("a-ledger-payments", "The Marden Ledger",
        "First apprentice fund payments reach bakers and tailors", LocalDate.of(2025, 3, 14), """
        The first payments from the wider apprentice fund reached bakers and tailors on Friday, Labour Minister \
        Hana Orlik said.

        Orlik said that more than four hundred apprentices in trades outside building had applied to the fund in \
        its first ten days.

        Ivo Rask of the Chamber of Crafts said small workshops had found the application forms shorter than \
        feared, and that the fund would help them keep their apprentices.""");

    /** An unrelated story: the Oska dam after heavy rain. */
    private static final AnalysedArticle POST_DAM = analysed("a-post-dam", "Oska Valley Post",
        "Oska dam opens spillways after record rain", LocalDate.of(2025, 3, 5), """
        Engineers at the Oska dam opened two spillways on Wednesday after a week of heavy rain filled the \
        reservoir to its highest level in forty years.

        Chief engineer Aurel Benko said the reservoir had risen by almost two metres since Saturday and would \
        keep rising until the weekend.

        Farmers downstream were told to move livestock away from the river meadows, and the regional council \
        opened a shelter in the school gym of Lower Oska.""");

    private static final List<AnalysedArticle> CORPUS = List.of(LEDGER_FUND, POST_FUND, LEDGER_FIRST_PAYMENTS, POST_DAM);

    private final Grouping grouping = new Grouping();

    @Test
    void twoReportsOfOnePressConferenceOnTheSameDayAreOneEvent() {
        Event event = eventOf(grouping.group(CORPUS), "a-ledger-fund");

        assertEquals(List.of("a-ledger-fund", "a-post-fund"), event.articleIds());
        assertEquals(LocalDate.of(2025, 3, 4), event.date());
        assertEquals("ev-a-ledger-fund", event.id());
    }

    @Test
    void sameSpeakerOnTheSameTopicTenDaysLaterIsASeparateEvent() {
        Grouping.Result result = grouping.group(CORPUS);

        Event conference = eventOf(result, "a-ledger-fund");
        Event payments = eventOf(result, "a-ledger-payments");

        assertNotEquals(conference.id(), payments.id());
        assertEquals(List.of("a-ledger-payments"), payments.articleIds());
        assertEquals(LocalDate.of(2025, 3, 14), payments.date());
    }

    @Test
    void sameSpeakerOnTheSameTopicTenDaysLaterIsInTheSameStoryline() {
        Grouping.Result result = grouping.group(CORPUS);

        Event conference = eventOf(result, "a-ledger-fund");
        Event payments = eventOf(result, "a-ledger-payments");

        assertEquals(conference.storyline(), payments.storyline());
        Storyline storyline = storyline(result, conference.storyline());
        assertEquals(List.of(conference.id(), payments.id()), storyline.eventIds());
        assertFalse(storyline.why().isEmpty(), "a storyline of two events says why they are linked");
        assertEquals("apprentice · fund · First · payments", storyline.title());
    }

    @Test
    void unrelatedTopicHasItsOwnEventAndStoryline() {
        Grouping.Result result = grouping.group(CORPUS);

        Event dam = eventOf(result, "a-post-dam");

        assertEquals(List.of("a-post-dam"), dam.articleIds());
        assertNotEquals(eventOf(result, "a-ledger-fund").storyline(), dam.storyline());
        assertEquals(List.of(dam.id()), storyline(result, dam.storyline()).eventIds());
    }

    @Test
    void corpusGivesThreeEventsInTwoStorylines() {
        Grouping.Result result = grouping.group(CORPUS);

        assertEquals(List.of("ev-a-ledger-fund", "ev-a-post-dam", "ev-a-ledger-payments"),
            result.events().stream().map(Event::id).toList(), "events in date order");
        assertEquals(List.of("st-a-ledger-fund", "st-a-post-dam"),
            result.storylines().stream().map(Storyline::id).toList());
    }

    @Test
    void eventTitleIsAMembersHeadline() {
        Event event = eventOf(grouping.group(CORPUS), "a-ledger-fund");

        assertEquals(POST_FUND.article().title(), event.title(), "the headline of the member nearest the centre");
    }

    @Test
    void everyEventSaysWhyItsMembersAreTogether() {
        Grouping.Result result = grouping.group(CORPUS);

        for (Event event : result.events()) {
            assertFalse(event.why().isEmpty(), event.id());
        }
        Event conference = eventOf(result, "a-ledger-fund");
        assertEquals("opened by a-ledger-fund", conference.why().get(0));
        assertTrue(conference.why().get(1).startsWith("a-post-fund joined: similarity "), conference.why().get(1));
    }

    @Test
    void shuffledInputGivesIdenticalEventsAndStorylines() {
        Grouping.Result expected = grouping.group(CORPUS);
        List<AnalysedArticle> shuffled = new ArrayList<>(CORPUS);
        Random random = new Random(42L);
        for (int i = 0; i < 12; i++) {
            Collections.shuffle(shuffled, random);
            Grouping.Result again = grouping.group(shuffled);
            assertEquals(expected.events(), again.events(), shuffled.toString());
            assertEquals(expected.storylines(), again.storylines(), shuffled.toString());
        }
    }

    @Test
    void everyArticleIsInExactlyOneEvent() {
        List<String> members = grouping.group(CORPUS).events().stream().flatMap(e -> e.articleIds().stream())
            .sorted().toList();

        assertEquals(List.of("a-ledger-fund", "a-ledger-payments", "a-post-dam", "a-post-fund"), members);
    }

    @Test
    void noArticlesGiveNoEvents() {
        Grouping.Result result = grouping.group(List.of());

        assertEquals(List.of(), result.events());
        assertEquals(List.of(), result.storylines());
    }

    private static Event eventOf(Grouping.Result result, String articleId) {
        return result.events().stream().filter(e -> e.articleIds().contains(articleId)).findFirst()
            .orElseThrow(() -> new AssertionError("no event holds " + articleId));
    }

    private static Storyline storyline(Grouping.Result result, String id) {
        return result.storylines().stream().filter(s -> s.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError("no storyline " + id));
    }

    private static AnalysedArticle analysed(String id, String outlet, String title, LocalDate published, String body) {
        Article article = new Article(id, id + ".txt", null, title, Published.ofDate(published), outlet, List.of(),
            "en", body);
        Understanding u = READER.read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline());
    }
}
