package dev.corroborate.extract.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {
    private final BoilerplateLines lines = new BoilerplateLines();

    @Test
    void dropsPictureCaptionsThatCreditThePicture() {
        assertTrue(BoilerplateLines.furnitureLine("The old mill by the river, seen from the bridge. Credit: Jane Doe"));
        assertTrue(BoilerplateLines.furnitureLine("Volunteers count birds at dawn. (Photo: City Wildlife Trust)"));
        assertTrue(BoilerplateLines.furnitureLine("Jane Doe/Getty Images"));
    }

    @Test
    void dropsEmbedAttributionCopyrightNewsletterAndReferenceLines() {
        assertTrue(BoilerplateLines.furnitureLine("— Sam Smith (@samsmith) March 3, 2023"));
        assertTrue(BoilerplateLines.furnitureLine("© 2023 Example Media Group"));
        assertTrue(BoilerplateLines.furnitureLine("Copyright 2023 Example Wire. All rights reserved."));
        assertTrue(BoilerplateLines.furnitureLine("Sign up for our free morning newsletter to get the day's news."));
        assertTrue(BoilerplateLines.furnitureLine("Sign up for our Weekly Harbour Brief for the latest news, delivered "
            + "right to your inbox."));
        assertTrue(BoilerplateLines.furnitureLine("More information: A. Author et al, A study of things, Some Journal (2023)."));
    }

    @Test
    void aLongReferenceBlockIsDroppedAndLongProseKept() {
        String authors = "R. Vell, T. Ammon, K. Osei, L. Brandt, P. Marrow, J. Okafor, S. Lind, H. Tarrow, M. Quill, "
            + "D. Fenn, A. Rowe, B. Hale, C. Stroud and E. Penhallow, ";
        assertTrue(BoilerplateLines.furnitureLine("Journal Information: " + authors + "Tidal patterns of the Brackwater "
            + "estuary over four decades, Journal of Coastal Things (2024)."));
        assertFalse(BoilerplateLines.furnitureLine("Morning tides at the Brackwater estuary have risen by a hand's width "
            + "in four decades, said the team of fourteen researchers, who measured them at the same pier every week "
            + "and compared the readings with harbour logs kept since the ferry service began."));
    }

    @Test
    void dropsTipLinesInboxPromptsShareResidueAndAdBreaks() {
        assertTrue(BoilerplateLines.furnitureLine("Got a news tip or want to reach us? Email desk@harbour.example"));
        assertTrue(BoilerplateLines.furnitureLine("Do you have info to share with Harbour Post reporters? Here's how."));
        assertTrue(BoilerplateLines.furnitureLine("Get the week's best reviews and interviews, direct to your inbox."));
        assertTrue(BoilerplateLines.furnitureLine("Facebook Email"));
        assertFalse(BoilerplateLines.furnitureLine("SMS"));
        assertFalse(BoilerplateLines.furnitureLine("Do you have a plan for the winter, the mayor asked the council."));
        List<String> kept = lines.filter(List.of("The ferry will run twice a day.", "Article continues below this ad",
            "Story continues after the advertisement", "The harbour office said so."), null);
        assertEquals(List.of("The ferry will run twice a day.", "The harbour office said so."), kept);
    }

    @Test
    void dropsTheWritersContactLineAtTheEndOnly() {
        String contact = "Contact Ada Brook at abrook@harbour.example. Follow her on X @adabrook.";
        String prose = "Anyone who saw the crash should contact police at tips@police.example, the constable said.";
        List<String> story = List.of(prose, "The road reopened at noon.", "Two drivers were hurt.", "Both went home.",
            "The inquiry goes on.", contact);
        assertEquals(story.subList(0, 5), lines.filter(story, null));
        assertFalse(BoilerplateLines.contactLine("Interested labs should contact experiments@agency.example for more."));
        assertTrue(BoilerplateLines.contactLine("• Sam Reed can be reached at sreed@harbour.example."));
    }

    @Test
    void dropsTeaserLinesLeftInTheText() {
        assertTrue(BoilerplateLines.furnitureLine("Read more: Larkholm's ferry gets a second boat"));
        assertTrue(BoilerplateLines.furnitureLine("Also read - Ten walks along the northern coast"));
        assertTrue(BoilerplateLines.furnitureLine("WATCH | The new pier opens"));
        assertFalse(BoilerplateLines.furnitureLine("Watch the tide, the harbour master said, because it turns fast."));
        assertEquals(List.of("The ferry runs twice a day."),
            lines.filter(List.of("The ferry runs twice a day.", "Swipe to scroll horizontally", "Related Topics"), null));
    }

    @Test
    void dropsNotesAboutTheStory() {
        assertTrue(BoilerplateLines.furnitureLine("This story was originally published December 2, 2023, 9:15 AM."));
        assertTrue(BoilerplateLines.furnitureLine("This article originally appeared in the Harbour Review."));
        assertTrue(BoilerplateLines.furnitureLine("Harbour Post reporter Sam Reed contributed to this report."));
        assertTrue(BoilerplateLines.furnitureLine("Contributing: Ada Brook, Larkholm Ledger"));
        assertTrue(BoilerplateLines.furnitureLine("Editor's note: This story is part of a series on the coast's ferries."));
        assertTrue(BoilerplateLines.furnitureLine("Reporting by Sam Reed; Editing by Ada Brook"));
        assertFalse(BoilerplateLines.furnitureLine("Reporting by the wire services."));
        assertFalse(BoilerplateLines.furnitureLine("The mill was originally built in 1820, the museum said."));
    }

    @Test
    void dropsTheWritersBiographyAtTheEndOnly() {
        String bio = "Ada Brook is a senior reporter for the Larkholm Ledger, where she covers the harbour.";
        String writes = "Sam Reed writes about courts and crime for the Harbour Post.";
        List<String> story = List.of(bio, "The road reopened at noon.", "Two drivers were hurt.", "Both went home.",
            "The inquiry goes on.", writes);
        assertEquals(story.subList(0, 5), lines.filter(story, null));
    }

    @Test
    void dropsLinesThatAreOnlyATimestamp() {
        assertTrue(BoilerplateLines.furnitureLine("March 3, 2023, 10:57 AM"));
        assertTrue(BoilerplateLines.furnitureLine("Sam Smith - March 3, 2023"));
    }

    @Test
    void keepsProseThatMentionsTheseWords() {
        assertFalse(BoilerplateLines.furnitureLine("Open source: No"));
        assertFalse(BoilerplateLines.furnitureLine("The vote took place on March 3, 2023, after a long debate in the council."));
        assertFalse(BoilerplateLines.furnitureLine("He said the credit union would keep its branches open."));
        assertFalse(BoilerplateLines.furnitureLine("Readers who subscribe get the paper at home; the newsletter is free."));
        assertFalse(BoilerplateLines.furnitureLine("She asked the court to register for a brief hearing on Monday."));
    }

    @Test
    void dropsAffiliateDisclosuresAndDonationAppeals() {
        assertTrue(BoilerplateLines.furnitureLine(
            "When you buy through links on our pages, we may earn a commission. That keeps the Larkholm Ledger going."));
        assertTrue(BoilerplateLines.furnitureLine("This bulletin may contain deals or affiliate links."));
        assertTrue(BoilerplateLines.furnitureLine("Keep local news free for all by giving us as little as $3 a month."));
        assertTrue(BoilerplateLines.furnitureLine("Support our reporters by contributing as little as $2."));
        // the disclosure with the site's terms of use appended runs past a caption's length
        assertTrue(BoilerplateLines.furnitureLine("If you buy a product or open an account through a link on our site, we "
            + "may receive compensation. By using this site, you agree to our User Agreement and agree that your clicks, "
            + "interactions and personal details may be collected, recorded and stored by us and our partners in line "
            + "with our Privacy Policy."));
    }

    @Test
    void keepsProseAboutCommissionsAndSmallSums() {
        assertFalse(BoilerplateLines.furnitureLine("The council may receive a commission report on the harbour next week."));
        assertFalse(BoilerplateLines.furnitureLine("Savers can open the new account with as little as $50, the bank said."));
        assertFalse(BoilerplateLines.furnitureLine("Agents earn a commission of 3% on each sale in Larkholm."));
    }

    @Test
    void filterDropsFollowTagAndSignUpThanksLines() {
        assertEquals(List.of("The story."), lines.filter(
            List.of("The story.", "FOLLOW US ON SOCIAL MEDIA", "Tagged in:", "Thanks for signing up!"), null));
    }

    @Test
    void filterKeepsTheArticleAroundFurniture() {
        assertEquals(List.of("First paragraph of the story.", "Second paragraph of the story."),
            lines.filter(List.of("First paragraph of the story.", "A view of the harbour. Credit: Jane Doe",
                "Second paragraph of the story.", "© 2023 Example Media"), null));
    }

    @Test
    void dropsFormStatusReadingTimeAndDisclaimerLines() {
        assertTrue(BoilerplateLines.furnitureLine("Your subscription has been confirmed. Keep an eye on your inbox!"));
        assertTrue(BoilerplateLines.furnitureLine("Your subscription could not be saved. Please try again."));
        assertTrue(BoilerplateLines.furnitureLine("4 min readMar 3, 2024"));
        assertTrue(BoilerplateLines.furnitureLine("Disclaimer: Pictures on the Larkholm Ledger belong to their owners. "
            + "No rights are claimed for any image unless stated, and if you own one of them and want it taken down, "
            + "write to the editors and we will remove it within two working days of hearing from you, with thanks "
            + "for your patience and for reading the Ledger every week."));
        assertTrue(BoilerplateLines.furnitureLine("If you buy through these links, we may earn an affiliate fee."));
        assertFalse(BoilerplateLines.furnitureLine("Your subscription to the harbour pool rises by $4 next year."));
        assertFalse(BoilerplateLines.furnitureLine("The report took her 30 min reading aloud, the mayor said."));
    }

    @Test
    void filterDropsAReviewVerdictBoxButKeepsTheProseAfterIt() {
        String prose = "The Larkholm Breeze kettle boils a litre in under three minutes and keeps the water warm for "
            + "an hour, which is more than its rivals manage.";
        assertEquals(List.of("Our verdict on the kettle.", prose), lines.filter(List.of("Our verdict on the kettle.",
            "Pros", "Quick to boil", "Quiet", "Cons", "Heavy lid", "Short cord", prose), null));
    }

    @Test
    void aVerdictBoxEndsAfterAFewItems() {
        List<String> items = List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten");
        List<String> page = new java.util.ArrayList<>(List.of("Cons"));
        page.addAll(items);
        page.add("A short heading");
        assertEquals(List.of("A short heading"), lines.filter(page, null));
    }

    @Test
    void filterDropsEditorsRecommendationsAndDontMissLabels() {
        assertEquals(List.of("The story."), lines.filter(
            List.of("The story.", "Editors' Recommendations", "Don't Miss:", "Related Video:"), null));
    }

    @Test
    void dropsCorrectionNotices() {
        assertTrue(BoilerplateLines.furnitureLine("Correction: March 3, 2024:"));
        assertTrue(BoilerplateLines.furnitureLine("A previous version of this article gave the wrong date for the vote."));
        assertTrue(BoilerplateLines.furnitureLine("Clarification, 3 March 2024, 9:15 a.m.: This story was updated."));
        assertTrue(BoilerplateLines.furnitureLine("Updated to add a comment from the harbour board."));
        assertTrue(BoilerplateLines.furnitureLine("Includes information from the Larkholm Wire"));
        assertTrue(BoilerplateLines.furnitureLine("Provided by Westmere University"));
        assertFalse(BoilerplateLines.furnitureLine("Correction officers at Larkholm jail voted to strike on Monday."));
        assertFalse(BoilerplateLines.furnitureLine("Provided by the council, the new buses run every ten minutes, and "
            + "riders say they are always on time."));
    }

    @Test
    void filterDropsAShootsPhotoCreditsBox() {
        assertEquals(List.of("The interview ends here."), lines.filter(List.of("The interview ends here.",
            "Photo Credits", "Photographer: Ida Marsh", "Stylist: Tom Reed", "Hair: Ada Brook"), null));
    }

    @Test
    void dropsCaptionsCreditedToAWireOrAnAgency() {
        assertTrue(BoilerplateLines.furnitureLine("The mayor of Larkholm, Ida Fenn, speaks at the harbour on May 3. (AP)"));
        assertTrue(BoilerplateLines.furnitureLine("[Image via Westmere Pictures]"));
        assertTrue(BoilerplateLines.furnitureLine("PHOTO BY TOM REED Larkholm's goalkeeper saves a penalty on Friday."));
        assertTrue(BoilerplateLines.furnitureLine("SUBMITTED PHOTO The choir sings at the town hall."));
        assertFalse(BoilerplateLines.furnitureLine("The council (which met on Monday) agreed to the plan."));
        assertFalse(BoilerplateLines.furnitureLine("Photo booths will be set up in the square, the council said."));
    }

    @Test
    void findsAWireCreditBeforeAFullStopOnlyRightAfterItsBracket() {
        assertTrue(BoilerplateLines.furnitureLine("Fans cheer the team home in Larkholm on Sunday. (Reuters)."));
        assertTrue(BoilerplateLines.furnitureLine("Boats wait out the storm at Westmere. [Photo via Tom Reed]."));
        assertFalse(BoilerplateLines.furnitureLine("Boats wait out the storm at Westmere (AP) on the quay."));
        assertFalse(BoilerplateLines.furnitureLine("The council met on Monday (AP reporting)."));
    }

    @Test
    void dropsAPhotoShootsCreditLines() {
        assertTrue(BoilerplateLines.furnitureLine("Hair: Ada Brook at Studio Nine\nMakeup: Tom Reed\nNails: Ida Marsh"));
        assertTrue(BoilerplateLines.furnitureLine("Styling: Tom Reed. Styling assistance: Ida Marsh. Production: Marsh & Co."));
        assertTrue(BoilerplateLines.furnitureLine("Prop and Food Stylist: Ada Brook"));
        assertFalse(BoilerplateLines.furnitureLine("Hair: that was what the judges looked at first, Brook said."
            + "\nThe show ended late."));
        assertFalse(BoilerplateLines.furnitureLine("The mayor said: the baths will close."));
    }

    @Test
    void dropsPricesLeftByShoppingWidgets() {
        assertTrue(BoilerplateLines.furnitureLine("$449"));
        assertTrue(BoilerplateLines.furnitureLine("£1,199.99 at Westmere Outfitters"));
        assertTrue(BoilerplateLines.furnitureLine("From $59 - $69"));
        assertTrue(BoilerplateLines.furnitureLine("Best Prices Today: $0 at Example Shop"));
        assertTrue(BoilerplateLines.furnitureLine("Read our full Lanternfish Notes review"));
        assertFalse(BoilerplateLines.furnitureLine("The tickets cost $12 at the door, and children go free."));
    }
}
