package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;

/** An organisation named by its acronym speaks under the name the article spells out. */
class AcronymsTest {

    @Test
    void anAcronymStandsForTheCapitalisedPhraseItsLettersBegin() {
        Acronyms acronyms = new Acronyms("On Monday the Wessex Harbour Authority on Pier 4 closed. And the Marden "
            + "Port Board met.");

        assertEquals("Wessex Harbour Authority", acronyms.expand("WHA"));
        assertEquals("Marden Port Board", acronyms.expand("MPB"));
    }

    @Test
    void anAcronymTheArticleNeverSpellsOutStaysAsWritten() {
        Acronyms acronyms = new Acronyms("The U.N. Security Council met on Friday. The Wessex Harbour Authority did not.");

        assertEquals("U.S.", acronyms.expand("U.S."));
        assertEquals("XYZ", acronyms.expand("XYZ"));
    }

    @Test
    void theLowerCaseTheLeadsAnOrganisationThatSpeaksByItsAcronym() {
        String body = "The Wessex Harbour Authority closed the pier on Monday.\n\n"
            + "In a letter to traders, the WHA said the pier would reopen before the summer.";
        List<String> said = new ArticleReader().read(new Article("a1", "a1.txt", null, "H", null, null, List.of(), "en",
            body)).statements().stream().map(s -> s.speaker() + " | " + s.content().of(body)).toList();

        assertEquals(List.of("Wessex Harbour Authority | the pier would reopen before the summer"), said);
    }

    @Test
    void aCueFollowedByToTakesNoClause() {
        String body = "The Wessex Harbour Authority wrote to the mayor of Marden last month about the pier.";

        assertEquals(List.of(), new ArticleReader().read(new Article("a1", "a1.txt", null, "H", null, null, List.of(),
            "en", body)).statements());
    }

    @Test
    void aLeadingAbbreviationBelongsToTheNameAndACountrySpellsOutToo() {
        Acronyms acronyms = new Acronyms("News outlets report that the U.S. Drug Enforcement Administration warned "
            + "pharmacies. The United States said nothing. The DEA said the products were illegal.");

        assertEquals("U.S. Drug Enforcement Administration", acronyms.expand("DEA"));
        assertEquals("United States", acronyms.expand("U.S."));
        assertEquals("NHS", acronyms.expand("NHS"));
    }

    @Test
    void anOrganisationHeadBeforeOfBelongsToTheName() {
        Acronyms acronyms = new Acronyms("The Department of Harbours and Coastal Works met on Monday. The HCW said no.");

        assertEquals("Department of Harbours and Coastal Works", acronyms.expand("HCW"));
    }
}
