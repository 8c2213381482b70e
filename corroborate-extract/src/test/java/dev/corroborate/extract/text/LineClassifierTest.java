package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Line kinds on fictional dump lines. */
class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier();

    private LineKind kindOf(String line) {
        return classifier.classify(0, line).kind();
    }

    @Test
    void longParagraphNamingPrivacyInPassingIsProse() {
        String paragraph = "Most of the tunnel services on the Velorian market cost less than four crowns a month in the"
            + " first year, but the price often doubles when the plan renews, so it pays to read the terms and conditions"
            + " before you commit, and to check what each provider promises about your privacy once the trial ends.";
        assertEquals(LineKind.PROSE, kindOf(paragraph));
    }

    @Test
    void longAppealDenseWithAsksEndsTheArticle() {
        String appeal = "The Marden Ledger is independent journalism funded by readers like you. Please donate today or"
            + " become a member, subscribe to our newsletter and support our journalism so that our reporting stays free"
            + " for everyone in the valley, now and for years to come, whatever happens.";
        assertEquals(LineKind.BOUNDARY, kindOf(appeal));
    }

    @Test
    void shortPromptIsAnInterstitial() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("Sign up for our morning newsletter."));
    }

    @Test
    void photographerCreditLineIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Photographer: Mara Feld. Creative Director: Ivo Lenz."));
    }

    @Test
    void excerptCreditNamingASiteEndsTheArticle() {
        assertEquals(LineKind.BOUNDARY, kindOf("(Excerpt) Read more at marden-ledger.example ..."));
        assertEquals(LineKind.BOUNDARY, kindOf("Continue reading at www.northline.example"));
    }

    @Test
    void readMoreOnATopicIsNoSourceCredit() {
        assertFalse(BoilerplateLexicon.isSourceCredit("Read more on the harbour strike"));
    }
}
