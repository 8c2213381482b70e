package dev.corroborate.compare;

import static dev.corroborate.compare.SyndicationFixtures.OWN_REPORT;
import static dev.corroborate.compare.SyndicationFixtures.REWRITE;
import static dev.corroborate.compare.SyndicationFixtures.SHORT;
import static dev.corroborate.compare.SyndicationFixtures.WIRE;
import static dev.corroborate.compare.SyndicationFixtures.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Article;
import dev.corroborate.core.CopyLink;

class CopyFinderTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 6, 6);
    private static final LocalDate SATURDAY = FRIDAY.plusDays(1);

    private final CopyFinder finder = new CopyFinder();

    @Test
    void rewriteAndReprintAreLinkedToTheWireOriginal() {
        Copies copies = finder.find(List.of(
            article("wire", "Strait Wire", FRIDAY, WIRE),
            article("rewrite", "Orra Islander", SATURDAY, REWRITE),
            article("reprint", "Pell Gazette", SATURDAY, WIRE),
            article("own", "Lissen Herald", FRIDAY, OWN_REPORT),
            article("short", "Strait Wire", FRIDAY, SHORT)));

        assertEquals(List.of("reprint -> wire (1.0)", "rewrite -> wire"), lines(copies));
        assertEquals("own", copies.originalOf("own"));
        assertEquals("short", copies.originalOf("short"));
        assertEquals(null, copies.copyOf("wire"));
    }

    @Test
    void earliestPublishedIsTheOriginalWhateverTheInputOrder() {
        Copies copies = finder.find(List.of(
            article("a-late", "Orra Islander", SATURDAY, WIRE),
            article("z-early", "Strait Wire", FRIDAY, REWRITE)));

        assertEquals(List.of("a-late -> z-early"), lines(copies));
    }

    @Test
    void sameDayTiesGoToTheSmallerIdAndUndatedPagesComeLast() {
        Copies copies = finder.find(List.of(
            article("undated", "Pell Gazette", null, WIRE),
            article("b", "Orra Islander", FRIDAY, REWRITE),
            article("a", "Strait Wire", FRIDAY, WIRE)));

        assertEquals(List.of("b -> a", "undated -> a (1.0)"), lines(copies));
    }

    @Test
    void identicalShortPagesAreCopiesButAShortPageInsideALongOneIsNot() {
        Copies copies = finder.find(List.of(
            article("short-1", "Strait Wire", FRIDAY, SHORT),
            article("short-2", "Pell Gazette", SATURDAY, SHORT),
            article("long", "Orra Islander", SATURDAY, SHORT + "\n\n" + OWN_REPORT)));

        assertEquals(List.of("short-2 -> short-1 (1.0)"), lines(copies));
    }

    @Test
    void copiesOfACopyPointToTheFirstOriginal() {
        Copies copies = finder.find(List.of(
            article("wire", "Strait Wire", FRIDAY, WIRE),
            article("rewrite", "Orra Islander", SATURDAY, REWRITE),
            article("reprint-of-rewrite", "Pell Gazette", SATURDAY.plusDays(1), REWRITE)));

        assertEquals("wire", copies.originalOf("reprint-of-rewrite"));
    }

    @Test
    void manyIndependentPagesMakeNoCopies() {
        List<Article> pages = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            pages.add(article("p" + i, "Outlet " + i, FRIDAY, "Page " + i + " reports on matter number " + i
                + " in district " + (i * 7) + ", where council member " + (i * 13) + " opened hall " + (i * 31)
                + " on street " + (i * 17) + " before meeting committee " + (i * 3) + " about budget line "
                + (i * 11) + " for year " + (2000 + i) + "."));
        }
        assertEquals(List.of(), finder.find(pages).links());
    }

    private static List<String> lines(Copies copies) {
        List<String> lines = new ArrayList<>();
        for (CopyLink l : copies.links()) {
            assertTrue(l.similarity() >= CopyFinder.SAME_TEXT, l.toString());
            lines.add(l.copyId() + " -> " + l.originalId() + (l.similarity() == 1.0 ? " (1.0)" : ""));
        }
        return lines.stream().sorted().toList();
    }
}
