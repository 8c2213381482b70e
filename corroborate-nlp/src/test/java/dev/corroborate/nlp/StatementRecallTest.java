package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;

/** Statement patterns that the finder used to miss, each on a fictional sentence: speaker | kind | content. */
class StatementRecallTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void fourWordQuoteWithItsOwnCueIsAStatement() {
        String body = "Harbour master Ilse Varga opened the new quay on Monday.\n\n\"This changes everything here,\" Varga said.";

        assertEquals(List.of("Ilse Varga | DIRECT | This changes everything here,"), described(body));
    }

    @Test
    void lowerCaseTitleAndPlaceLeadTheNameAfterAQuote() {
        String body = "\"The water rose faster than anyone expected,\" Marden resident Oskar Lind said.";

        assertEquals(List.of("Oskar Lind | DIRECT | The water rose faster than anyone expected,"), described(body));
    }

    @Test
    void possessiveTitleWithTheNameInCommasAfterAQuote() {
        String body = "\"We will rebuild the boathouse before the summer,\" her older brother, Tomas Vell, posted online.";

        assertEquals(List.of("Tomas Vell | DIRECT | We will rebuild the boathouse before the summer,"), described(body));
    }

    @Test
    void leadingWordsThatAreNoTitleGiveNoSpeaker() {
        String body = "\"The water rose faster than anyone expected,\" so quickly Oskar Lind said.";

        assertEquals(List.of(), described(body));
    }

    @Test
    void theAndAPluralTeamNameSpeakAfterAQuote() {
        String body = "\"Our thoughts are with his family and his friends,\" the Gulls said in a statement.";

        assertEquals(List.of("Gulls | DIRECT | Our thoughts are with his family and his friends,"), described(body));
    }

    @Test
    void theZooSpeaksAsAGroup() {
        String body = "\"The results are in and the father is known at last,\" the zoo said on Monday.";

        assertEquals(List.of("zoo | DIRECT | The results are in and the father is known at last,"), described(body));
    }

    @Test
    void straightOpeningQuoteClosedByACurlyOne() {
        String body = "\"Look at what is left of it,\" said Oskar Lind. \"The whole roof came down in one night.”";

        assertEquals(List.of("Oskar Lind | DIRECT | The whole roof came down in one night."), described(body).subList(1, 2));
    }

    @Test
    void quoteLeftOpenRunsToTheEndOfItsParagraph() {
        String body = "\"I knew the bridge would hold,\" Oskar Lind said. \"It was built to last a hundred years.\n\n"
            + "The council met on Tuesday.";

        assertEquals(List.of(
            "Oskar Lind | DIRECT | I knew the bridge would hold,",
            "Oskar Lind | DIRECT | It was built to last a hundred years."), described(body));
    }

    @Test
    void quoteAfterAnAttributionEndingInAnInitialContinuesIt() {
        String body = "\"We lost a great friend and a greater sailor this week,\" the club posted on X. "
            + "\"Our flags fly at half mast until Sunday.\"";

        assertEquals(List.of(
            "club | DIRECT | We lost a great friend and a greater sailor this week,",
            "club | DIRECT | Our flags fly at half mast until Sunday."), described(body));
    }

    @Test
    void quoteRightAfterReportedSpeechGoesOnInItsSpeakersVoice() {
        String body = "Oskar Lind, a ferry pilot, was on deck when the storm broke. The waves came over the rail, he said. "
            + "\"We held on to the ropes and waited for the light.\"";

        assertEquals(List.of(
            "Oskar Lind | REPORTED | The waves came over the rail",
            "Oskar Lind | DIRECT | We held on to the ropes and waited for the light."), described(body));
    }

    @Test
    void quoteTwoSentencesAfterReportedSpeechIsNoContinuation() {
        String body = "The waves came over the rail, Oskar Lind said. The ferry docked at noon. "
            + "\"We held on to the ropes and waited for the light.\"";

        assertEquals(List.of("Oskar Lind | REPORTED | The waves came over the rail"), described(body));
    }

    @Test
    void attributionEndingInAColonIntroducesTheQuoteParagraphAfterIt() {
        String body = "The harbour reopened on Monday. Her uncle, Tomas Vell, told the Ledger:\n\n"
            + "\"Nobody here has seen a tide like that in forty years.\"\n\n"
            + "Vell also said that the boathouse would be rebuilt, adding:\n\n"
            + "\"We start again as soon as the timber arrives.\"";

        assertEquals(List.of(
            "Tomas Vell | DIRECT | Nobody here has seen a tide like that in forty years.",
            "Tomas Vell | REPORTED | the boathouse would be rebuilt",
            "Tomas Vell | DIRECT | We start again as soon as the timber arrives."), described(body));
    }

    @Test
    void anAcronymEndingAnAppositionIsNoSpeakerBeforeAQuote() {
        String body = "Ada Vell, the commissioner in charge of the MHA, said: \"Safer harbours come first for us.\"";

        assertEquals(List.of("Ada Vell | DIRECT | Safer harbours come first for us."), described(body));
    }

    private List<String> described(String body) {
        Article article = new Article("a1", "a1.txt", null, "Headline", null, "The Marden Ledger", List.of(), "en", body);
        return reader.read(article).statements().stream()
            .map(s -> String.join(" | ", s.speaker(), s.kind().name(), s.content().of(body))).toList();
    }
}
