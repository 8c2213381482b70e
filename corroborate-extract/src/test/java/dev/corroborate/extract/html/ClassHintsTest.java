package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

class ClassHintsTest {
    private static boolean boilerplate(String value) {
        List<String> words = new ArrayList<>();
        ClassHints.split(value, words);
        return ClassHints.boilerplate(words);
    }

    @Test
    void supportIsAWeakWord() {
        // "support" alone may name anything; beside another weak word ("hidden", "banner") it is a reader-support box
        assertFalse(boilerplate("support-grid"));
        assertTrue(boilerplate("hidden support-us__message"));
        assertTrue(boilerplate("support-banner"));
    }

    @Test
    void aNegatedWordIsNoBoilerplate() {
        // "not-a-paywall" wraps text free to read, "no-sidebar" a layout without one
        assertTrue(boilerplate("paywall"));
        assertFalse(boilerplate("site-not-a-paywall"));
        assertFalse(boilerplate("layout no-sidebar"));
        assertTrue(boilerplate("not-a-paywall share-bar"));
    }

    @Test
    void aNutritionFactsLabelIsBoilerplateAndATopicIsNot() {
        // a recipe's nutrition table is no prose; a post filed under the topic "nutrition" is
        assertTrue(boilerplate("site-nutrition-facts-label__table"));
        assertFalse(boilerplate("post category-nutrition"));
        assertFalse(boilerplate("fast-facts"));
    }

    @Test
    void anAbbreviatedCaptionIsBoilerplate() {
        assertTrue(boilerplate("cj2hz img_cptn"));
    }

    @Test
    void hiddenReaderSupportVariantsAreNotKeptAsPaywalledProse() throws NoArticleException {
        String story = "<p>The ferry from Larkholm to the islands will run twice a day from June, the harbour office said on "
            + "Friday, after a winter in which it sailed only on weekends.</p><p>The office said the new timetable, agreed with "
            + "the island councils, would be reviewed in the autumn, when the number of passengers is known.</p>";
        // a hidden variant of a donation appeal, long enough to pass for subscriber-only text
        String appeal = "<div class=\"hidden support-ledger__message\"><p>At the Larkholm Ledger we think that everyone "
            + "deserves good local reporting, but we know that not everyone can pay for it. That is why our stories stay "
            + "free to read, for everyone, in every town on the coast.</p></div>";
        String html = "<html><body><article><div class=\"story-body\">" + story + appeal + "</div></article></body></html>";
        String body = new HtmlArticleExtractor().extract(
            new Page("id", "t.html", "https://ledger.example.com/ferry", null, PageFormat.HTML, html)).body();
        assertEquals(2, body.split("\n\n").length, body);
    }
}
