package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A sentence that names privacy, donations or "the most popular" in passing is the article's; a prompt that asks
 * the reader to sign up or to agree is furniture, sentence or not.
 */
class ProsePhrasesTest {
    private final LineClassifier classifier = new LineClassifier();

    @Test
    void aSentenceNamingPrivacyOrDonationsInPassingIsProse() {
        assertEquals(LineKind.PROSE, kind("The family asked that people respect their privacy, the attorney said."));
        assertEquals(LineKind.PROSE, kind("School counsellor Greta Holm said the donations had arrived every morning."));
        assertEquals(LineKind.PROSE, kind("Her lemon tart was the most popular dish at the Marden bakery for a decade."));
    }

    @Test
    void promptsStayFurniture() {
        assertEquals(LineKind.INTERSTITIAL, kind("Privacy"));
        assertEquals(LineKind.INTERSTITIAL, kind("Make a donation"));
        assertEquals(LineKind.INTERSTITIAL, kind("Sign up to receive the Marden Ledger's daily email."));
        assertEquals(LineKind.INTERSTITIAL, kind("By submitting your email, you agree to our Terms and Privacy Notice."));
        assertEquals(LineKind.INTERSTITIAL, kind("You'll be asked to sign into your Ledger account."));
    }

    @Test
    void aRecipesCookiesAreNoCookieNotice() {
        assertEquals(LineKind.HEADING, kind("Tips for Baking Almond Cookies"));
        assertEquals(LineKind.PROSE, kind("Let the cookies cool on the tray for ten minutes, then move them to a rack "
            + "with a spatula so the bottoms stay crisp and the almonds on top do not slide off before they set."));
        assertEquals(LineKind.INTERSTITIAL, kind("Cookie Settings"));
        assertEquals(LineKind.INTERSTITIAL, kind("This website uses cookies to remember your choices."));
    }

    private LineKind kind(String line) {
        return classifier.classify(0, line).kind();
    }
}
