package dev.corroborate.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;

/**
 * Events are occasions, not topics: the same minister saying the same thing at two press conferences two days
 * apart makes two events; her retraction the next day is an event of its own; a report that recaps the first
 * conference while covering the second does not pull the two together. Fictional pages from the Republic of
 * Veloria.
 */
class HardPairsTest {
    private static final ArticleReader READER = new ArticleReader();

    private static final AnalysedArticle MONDAY_LEDGER = analysed("h-mon-ledger", "Ferry fares frozen for a year, "
        + "says Velk", LocalDate.of(2025, 4, 7), """
        Transport Minister Dara Velk told a press conference in Port Halden on Monday that ferry fares to the \
        islands will be frozen for a year.

        "Islanders should not pay more to reach a doctor or a school," Velk said at the press conference.

        The ferry company had asked for a rise of six percent to cover the price of fuel.""");

    private static final AnalysedArticle MONDAY_GAZETTE = analysed("h-mon-gazette", "Velk freezes island ferry "
        + "fares", LocalDate.of(2025, 4, 7), """
        Ferry fares to the islands will not rise this year, Transport Minister Dara Velk announced at a press \
        conference in Port Halden on Monday.

        "A ferry ticket is a bus ticket for islanders," Velk said. The ferry company had sought a six percent rise \
        to pay for fuel.""");

    private static final AnalysedArticle TUESDAY_RETRACTION = analysed("h-tue-retraction", "Velk retracts ferry "
        + "fare freeze a day after announcing it", LocalDate.of(2025, 4, 8), """
        Transport Minister Dara Velk withdrew her pledge to freeze ferry fares on Tuesday, a day after she \
        announced it at a press conference in Port Halden.

        "I spoke too soon; the ferry company's fuel costs must be met," Velk said on Tuesday.

        Fares to the islands may now rise by up to six percent.""");

    private static final AnalysedArticle WEDNESDAY_LEDGER = analysed("h-wed-ledger", "Ferry fares frozen for a "
        + "year, Velk says again", LocalDate.of(2025, 4, 9), """
        Transport Minister Dara Velk told a second press conference, in Oska Harbour on Wednesday, that ferry fares \
        to the islands will be frozen for a year after all.

        "Islanders should not pay more to reach a doctor or a school," Velk said at the press conference on \
        Wednesday.

        The government will pay the ferry company's extra fuel costs, she said.""");

    private static final AnalysedArticle THURSDAY_RECAP = analysed("h-thu-recap", "Velk pledges ferry fare freeze "
        + "at Oska Harbour", LocalDate.of(2025, 4, 10), """
        Transport Minister Dara Velk promised at a press conference in Oska Harbour on Wednesday that ferry fares \
        will be frozen for a year, with the government paying the fuel bill.

        "The islands will not pay for the price of fuel," Velk said on Wednesday.

        Velk had first announced a freeze at a press conference in Port Halden on Monday, saying on Monday that \
        islanders should not pay more to reach a doctor.""");

    /** The statement-day rule is on by default; the hard pairs need nothing switched on. */
    private final Grouping grouping = new Grouping();

    @Test
    void twoPressConferencesAreTwoEventsAndTheRetractionIsItsOwn() {
        Grouping.Result result = grouping.group(List.of(MONDAY_LEDGER, MONDAY_GAZETTE, TUESDAY_RETRACTION,
            WEDNESDAY_LEDGER, THURSDAY_RECAP));

        assertEquals(Set.of(Set.of("h-mon-ledger", "h-mon-gazette"), Set.of("h-tue-retraction"),
            Set.of("h-wed-ledger", "h-thu-recap")), partition(result));
    }

    @Test
    void aRecapOfTheFirstConferenceDoesNotJoinTheTwoOccasions() {
        Grouping.Result result = grouping.group(List.of(MONDAY_LEDGER, THURSDAY_RECAP, WEDNESDAY_LEDGER));

        assertEquals(Set.of(Set.of("h-mon-ledger"), Set.of("h-wed-ledger", "h-thu-recap")), partition(result));
    }

    private static Set<Set<String>> partition(Grouping.Result result) {
        return result.events().stream().map(e -> Set.copyOf(e.articleIds())).collect(Collectors.toSet());
    }

    private static AnalysedArticle analysed(String id, String title, LocalDate published, String body) {
        Article article = new Article(id, id + ".txt", null, title, Published.ofDate(published), "Veloria Wire",
            List.of(), "en", body);
        Understanding u = READER.read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline());
    }
}
