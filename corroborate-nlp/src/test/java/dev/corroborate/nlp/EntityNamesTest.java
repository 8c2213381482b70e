package dev.corroborate.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.Entity;
import dev.corroborate.core.EntityKind;

class EntityNamesTest {
    private final EntityNames names = new EntityNames();

    @Test
    void anAcronymOneArticleSpellsOutTakesThatNameEverywhere() {
        AnalysedArticle full = article("a", org("Velorian Space Agency", 3, "VSA"));
        AnalysedArticle wire = article("b", org("VSA", 2), place("Oska Basin"));

        List<AnalysedArticle> out = names.canonical(List.of(full, wire));

        assertSame(full, out.get(0));
        assertEquals(List.of(org("Velorian Space Agency", 2, "VSA"), place("Oska Basin")), out.get(1).entities());
    }

    @Test
    void aFormTwoNamesClaimStaysAsWritten() {
        AnalysedArticle one = article("a", org("Marden Port Authority", 1, "MPA"));
        AnalysedArticle two = article("b", org("Marden Pension Association", 1, "MPA"));
        AnalysedArticle three = article("c", org("MPA", 1));

        assertEquals(List.of(org("MPA", 1)), names.canonical(List.of(one, two, three)).get(2).entities());
    }

    @Test
    void twoFormsOfOneNameInAnArticleFoldIntoOne() {
        AnalysedArticle spelled = article("a", org("Velorian Space Agency", 1, "VSA"));
        AnalysedArticle both = article("b", org("Velorian Space Agency", 1), org("VSA", 2));

        assertEquals(List.of(org("Velorian Space Agency", 3, "VSA")),
            names.canonical(List.of(spelled, both)).get(1).entities());
    }

    private static Entity org(String name, int mentions, String... aliases) {
        return new Entity(name, EntityKind.ORGANISATION, List.of(aliases), mentions);
    }

    private static Entity place(String name) {
        return new Entity(name, EntityKind.PLACE, List.of(), 1);
    }

    private static AnalysedArticle article(String id, Entity... entities) {
        Article a = new Article(id, id + ".txt", null, "t", null, null, List.of(), "en", "body");
        return new AnalysedArticle(a, List.of(), List.of(), List.of(), null, List.of(), List.of(entities));
    }
}
