package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;

/** Who a statement belongs to when the article names its speaker loosely, on hand-written bodies. */
class SpeakerAttributionTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void aNameInAppositionAfterARoleIsAPerson() {
        String body = "Ferry traffic stopped for a day after the storm in Marden.\n\n"
            + "Hans Rikard said the harbour would reopen on Monday.\n\n"
            + "The town's mayor, Petra Olsk, thanked the crews who cleared the quay overnight.\n\n"
            + "\"Nobody asked them to stay, and every one of them did,\" she wrote on social media.";

        assertEquals(List.of("Hans Rikard | the harbour would reopen on Monday",
                "Petra Olsk | Nobody asked them to stay, and every one of them did,"),
            speakers(body));
    }

    @Test
    void aNameWithAnAgeIsAPersonEvenWithoutSurname() {
        String body = "Hans Rikard said the harbour would reopen on Monday.\n\n"
            + "Another passenger, Ivo Marek, 43, waited on the pier for six hours. "
            + "\"The boats just sat there and nobody told us anything,\" he told the Marden Ledger.\n\n"
            + "Lotta, 40, runs a cafe by the quay. \"We fed about two hundred people that night,\" she says.";

        assertEquals(List.of("Hans Rikard | the harbour would reopen on Monday",
                "Ivo Marek | The boats just sat there and nobody told us anything,",
                "Lotta | We fed about two hundred people that night,"),
            speakers(body));
    }

    @Test
    void aNameThatAHeFollowsIsAPerson() {
        String body = "Hans Rikard said the harbour would reopen on Monday.\n\n"
            + "Martin Voss, the regional relief chief, criticised the delay.\n\n"
            + "\"Three days without a ferry is three days too many for an island,\" he said.";

        assertEquals(List.of("Hans Rikard | the harbour would reopen on Monday",
                "Martin Voss | Three days without a ferry is three days too many for an island,"),
            speakers(body));
    }

    @Test
    void aNameInAHeadlineLineIsNoAntecedent() {
        String body = "Harbour director Hans Rikard said the harbour would reopen on Monday.\n\n"
            + "Rikard said the quay needed new steel.\n\n"
            + "Jonas Brekk reviews the storm season: was Marden ready?\n\n"
            + "\"We have done a lot of work on the sea wall this year,\" he said.";

        assertEquals(List.of("Hans Rikard | the harbour would reopen on Monday",
                "Hans Rikard | the quay needed new steel",
                "Hans Rikard | We have done a lot of work on the sea wall this year,"),
            speakers(body));
    }

    @Test
    void aHonorificDoesNotHideThatTheNameIsAnObject() {
        String body = "Nurse Alma Test said her shifts had doubled since spring.\n\n"
            + "On one night she was left looking like Dr Vornik after a double shift. "
            + "\"I could barely keep my eyes open on the ward by the morning,\" she says.";

        assertEquals(List.of("Alma Test | her shifts had doubled since spring",
                "Alma Test | I could barely keep my eyes open on the ward by the morning,"),
            speakers(body));
    }

    @Test
    void academicAndLegalTitlesAreNoPartOfTheName() {
        String body = "\"The new hall will be open to every student by the spring,\" said Graduate School Dean Ilka Marr.";

        assertEquals(List.of("Ilka Marr | The new hall will be open to every student by the spring,"), speakers(body));
    }

    @Test
    void aNameEndsAtTheSentenceStop() {
        String body = "\"I heard the crash and ran out to the road straight away,\" says Olga Mirek. May 19th 2022. "
            + "Standing in her driveway, Olga heard the sirens.";

        assertEquals(List.of("Olga Mirek | I heard the crash and ran out to the road straight away,"), speakers(body));
    }

    @Test
    void aGivenNameAloneNamesTheOnePersonWhoBearsIt() {
        String body = "Talia Brandt opened her bakery on the quay in 2019.\n\n"
            + "Talia added, \"We bake through the night so the ferry crews have bread at five.\"";

        assertEquals(List.of("Talia Brandt | We bake through the night so the ferry crews have bread at five."),
            speakers(body));
    }

    @Test
    void aPronounPrefersTheSubjectOverANameInTheObject() {
        String body = "Hans Rikard said the harbour would reopen on Monday.\n\n"
            + "Nurse Toni Fell, 64, came to hear the candidates. "
            + "While Fell still likes Rikard, she said the ferry fund had been badly run.";

        assertEquals(List.of("Hans Rikard | the harbour would reopen on Monday",
                "Toni Fell | the ferry fund had been badly run"),
            speakers(body));
    }

    @Test
    void aSharedSurnameGoesToTheOneNotCalledByGivenName() {
        String body = "Harbour director Hans Rikard said the harbour would reopen on Monday.\n\n"
            + "His niece, Mara Rikard, an outspoken critic of the board, disagreed. "
            + "Mara said the quay had been neglected for years.\n\n"
            + "Rikard said the board would meet again in June.";

        assertEquals(List.of("Hans Rikard | the harbour would reopen on Monday",
                "Mara Rikard | the quay had been neglected for years",
                "Hans Rikard | the board would meet again in June"),
            speakers(body));
    }

    @Test
    void anOrganisationSpeaksUnderTheFullNameTheArticleGivesIt() {
        String body = "The United Nations sent two ships to the island in May.\n\n"
            + "The UN said the stores would last until the end of the month.\n\n"
            + "Grain prices rose by a fifth, according to the Department of Agriculture's monthly monitoring.";

        assertEquals(List.of("United Nations | the stores would last until the end of the month",
                "Department of Agriculture | Grain prices rose by a fifth"),
            speakers(body));
    }

    @Test
    void aPronounAfterAnotherSubjectTeachesNoGender() {
        String body = "Lawyer Andrea Lomb said Palacios was hired by a security firm that paid him monthly. "
            + "Lomb said Palacios was recruited with twenty others who trained him in Marden.\n\n"
            + "Citing the plea, she said the group was told of the plan a day before it began.";

        assertEquals(List.of("Andrea Lomb | Palacios was hired by a security firm that paid him monthly",
                "Andrea Lomb | Palacios was recruited with twenty others who trained him in Marden",
                "Andrea Lomb | the group was told of the plan a day before it began"),
            speakers(body));
    }

    @Test
    void aCapitalisedRunBeforeANumberIsAProductNoAntecedent() {
        String body = "Another Corvan driver, Ada Vell, a nurse from Marden, said she would also go to court.\n\n"
            + "Ms Vell bought her first Corvan Estate 3 in 2021 and was promised self-parking by the end of that year.\n\n"
            + "She said she doubted the feature would ever come.";

        assertEquals(List.of("Ada Vell | she would also go to court",
                "Ada Vell | she doubted the feature would ever come"),
            speakers(body));
    }

    @Test
    void itSpeaksForTheOrganisationThatSpokeJustBefore() {
        String body = "The Corvan Agency said the stolen files held staff records. "
            + "It said the police had been told on Friday.";

        assertEquals(List.of("Corvan Agency | the stolen files held staff records",
                "Corvan Agency | the police had been told on Friday"),
            speakers(body));
    }

    @Test
    void itAfterAPersonSpeaksForNobody() {
        String body = "Ada Vell said the stolen files held staff records. It said nothing about the police.";

        assertEquals(List.of("Ada Vell | the stolen files held staff records"), speakers(body));
    }

    @Test
    void theBoardSpeaksAsTheBoardTheArticleNamedAndTheStudioAsNobodyUnnamed() {
        String body = "The Wessex Board of Harbours began taking bids in May. "
            + "Eleven firms have already sent theirs, the board said.\n\n"
            + "Corvan Studios lost its files last week. The studio said the leak hurt its staff badly.";

        assertEquals(List.of("Wessex Board of Harbours | Eleven firms have already sent theirs"), speakers(body));
    }

    @Test
    void ofAndToJoinAnOrganisationsNameButNotAPersonsAffiliation() {
        String body = "The Wessex Bureau of Tide Records noted in a 2022 report that the sea rose by a hand.\n\n"
            + "Grain prices rose by a fifth, according to the Alliance to End Hunger.\n\n"
            + "Ada Vell, a pharmacist, runs a shop by the quay. "
            + "Ada Vell of Marden Pharmacy told the Ledger that she would stay open.";

        assertEquals(List.of("Wessex Bureau of Tide Records | the sea rose by a hand",
                "Alliance to End Hunger | Grain prices rose by a fifth",
                "Ada Vell | she would stay open"),
            speakers(body));
    }

    @Test
    void aDescriptionStandsForThePersonWhoJustSpoke() {
        String body = "Ivo Marek was on the pier when the ferry came in. The boat came in sideways, he said.\n\n"
            + "\"Nobody on the pier knew where to stand,\" the 43-year-old told the Ledger.\n\n"
            + "\"I have never seen a crossing like it,\" said the singer of his trip home.";

        assertEquals(List.of("Ivo Marek | The boat came in sideways",
                "Ivo Marek | Nobody on the pier knew where to stand,",
                "Ivo Marek | I have never seen a crossing like it,"),
            speakers(body));
    }

    @Test
    void aRelativeTitleLeadsTheNameAfterAQuote() {
        String body = "\"We crawled out of the window in fear,\" the uncle, Tomas Vell, said.";

        assertEquals(List.of("Tomas Vell | We crawled out of the window in fear,"), speakers(body));
    }

    @Test
    void theFirstOfTwoSpeakersSharingACueSpeaks() {
        String body = "Harbour Director Ada Vell and Marden Mayor Ivo Marek, who chairs the port board, said the quay "
            + "would reopen in May.";

        assertEquals(List.of("Ada Vell | the quay would reopen in May"), speakers(body));
    }

    @Test
    void aNationalityWordOpensNoPersonsName() {
        String body = "Danish Corvan drivers may be owed refunds after the carmaker missed its own deadline.\n\n"
            + "Corvan has denied any wrongdoing.\n\n"
            + "Another driver, Ada Vell, a nurse from Marden, said she would also go to court.\n\n"
            + "Ms Vell, 39, bought her first car from Corvan in 2021.\n\n"
            + "She said she doubted the feature would ever come.";

        assertEquals(List.of("Ada Vell | she would also go to court",
                "Ada Vell | she doubted the feature would ever come"),
            speakers(body));
    }

    @Test
    void newCuesRuledAndSpecifiesTakeTheirClause() {
        String body = "Judge Ada Vell ruled that the harbour board must publish its accounts.\n\n"
            + "Ivo Marek, a ferry captain, specifies that the crossing takes two hours.";

        assertEquals(List.of("Ada Vell | the harbour board must publish its accounts",
                "Ivo Marek | the crossing takes two hours"),
            speakers(body));
    }

    @Test
    void cuesWithANounReadingNeedThat() {
        String body = "As Wessex states race to build new ferries, Marden launched its own yard on Monday.\n\n"
            + "The Marden police have continued a search of the harbour.";

        assertEquals(List.of(), speakers(body));
    }

    @Test
    void aPluralTitleMayLeadTwoNamesInATrailingAttribution() {
        String body = "Unlike four other men, Vell played a \u201cminor role,\u201d federal prosecutors Ada Vell and Rosa "
            + "Marek said, because he was not involved in the plan.";

        assertEquals(List.of("Ada Vell | " + body.substring(0, body.length() - 1)), speakers(body));
    }

    @Test
    void aConjunctionLeadingTheNameIsNoTitle() {
        String body = "The ferry left the quay at noon, soon after Ada Vell said the storm had passed.";

        assertTrue(speakers(body).stream().noneMatch(s -> s.contains("The ferry left")));
    }

    @Test
    void aTrailingAttributionFollowedByASecondCueKeepsItsClause() {
        String body = "The quay is sinking, Ada Vell said, although she noted it would hold for years.";

        assertTrue(speakers(body).stream().noneMatch(s -> s.contains("sinking, Ada Vell said, although")));
    }

    @Test
    void aSpeakerWithAnAffiliationAndAPlaceLeadsTheCue() {
        String body = "Ira Katz of Pier Pharmacy in Marden told the Ledger that he thought pharmacies should sell it.";

        assertEquals(List.of("Ira Katz | he thought pharmacies should sell it"), speakers(body));
    }

    @Test
    void anAccordingToAsideInsideTheSentenceAttributesAllOfIt() {
        String body = "Ivo Marek spoke on Monday. The album, according to the singer, will be his most sincere.";

        assertEquals(List.of("Ivo Marek | The album, according to the singer, will be his most sincere"), speakers(body));
    }

    @Test
    void theOutletIsTheOutletTheArticleLastNamed() {
        String body = "Ada Vell, 75, told Wessex Radio News that the quay first hired her in 1970.\n\n"
            + "Since then, she has worked at the Marden pier and at others on the coast, the outlet reported.";

        assertEquals(List.of("Ada Vell | the quay first hired her in 1970",
                "Wessex Radio News | Since then, she has worked at the Marden pier and at others on the coast"),
            speakers(body));
    }

    @Test
    void aPronounObjectOfToldIsNoPartOfTheContent() {
        String body = "Harbour Director Ada Vell told them the quay would reopen in May.";

        assertEquals(List.of("Ada Vell | the quay would reopen in May"), speakers(body));
    }

    private List<String> speakers(String body) {
        Article article = new Article("a1", "a1.txt", null, "Headline", null, "The Marden Ledger", List.of(), "en",
            body);
        return reader.read(article).statements().stream()
            .map(s -> s.speaker() + " | " + s.content().of(body)).toList();
    }
}
