package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class BackMatterTest {
    private static final List<String> STORY = List.of(
        "The Larkholm museum has found the ship's log of the Grey Heron in a box of unsorted papers.",
        "The log, kept by the ship's mate, covers the winter of 1871, when the ship was caught in the ice.",
        "Curators plan to show it next spring, beside a model of the ship made by a local carpenter.");

    @Test
    void aFootnotesSectionClosingTheArticleIsCut() {
        List<String> paragraphs = new java.util.ArrayList<>(STORY);
        paragraphs.addAll(List.of("Footnotes", "[1] Grey Heron log, 1871, Larkholm Museum archive.",
            "[2] Letter from the mate to his sister, March 1872."));
        assertEquals(STORY, BackMatter.cut(paragraphs));
    }

    @Test
    void creditsAndShoppingBoxesAreBackMatter() {
        List<String> credits = new java.util.ArrayList<>(STORY);
        credits.addAll(List.of("Video Credits", "Director: Ada Brook", "Editor: Tom Reed"));
        assertEquals(STORY, BackMatter.cut(credits));
        List<String> shop = new java.util.ArrayList<>(STORY);
        shop.addAll(List.of("Shop This Story", "Westmere canvas tote"));
        assertEquals(STORY, BackMatter.cut(shop));
    }

    @Test
    void aHeadingInTheFirstHalfIsASectionOfTheStory() {
        List<String> paragraphs = List.of("References", STORY.get(0), STORY.get(1), STORY.get(2));
        assertEquals(paragraphs, BackMatter.cut(paragraphs));
    }
}
