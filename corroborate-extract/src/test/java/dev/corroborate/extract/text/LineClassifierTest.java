package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
    void appealHeadingNamingTheReportingItFundsEndsTheArticle() {
        assertEquals(LineKind.BOUNDARY, kindOf("Support independent harbour journalism"));
        assertEquals(LineKind.BOUNDARY, kindOf("Support local news"));
        assertNotEquals(LineKind.BOUNDARY, kindOf("Support for the harbour plan grows among Velor fishermen"));
    }

    @Test
    void shortPromptIsAnInterstitial() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("Sign up for our morning newsletter."));
    }

    @Test
    void promptsToFollowOrFetchMoreAreInterstitials() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("Follow a topic and we'll email you when the Ledger writes about it."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Get the full recipe for Mara Feld's harbour fish stew here."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("* Follow Ledger Sport on Threads, Instagram and Facebook."));
        assertEquals(LineKind.PROSE, kindOf("Fans who follow the Rovers on their away trips will pay more for the ferry"
            + " this spring, the club said."));
    }

    @Test
    void photographerCreditLineIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Photographer: Mara Feld. Creative Director: Ivo Lenz."));
    }

    @Test
    void labelledLinkToAnotherStoryIsAnInterstitial() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("MORE: Ferry fares rise again as island routes lose their discount"));
        assertEquals(LineKind.INTERSTITIAL, kindOf("REQUIRED READING: Why the Velor bridge still has no opening date"));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Also Read- Harbour board names a new chair"));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Read: The quiet rise of the island ferries"));
        assertEquals(LineKind.INTERSTITIAL, kindOf("(MORE: Harbour board names a new chair)"));
        assertEquals(LineKind.INTERSTITIAL, kindOf("(\u200BMORE: Ferry fares rise again as island routes lose their discount)"));
    }

    @Test
    void paragraphOpeningWithMoreIsStillProse() {
        assertEquals(LineKind.PROSE, kindOf("More-than-expected rain fell on the valley overnight, and the ferry company"
            + " cancelled its first two crossings."));
        assertEquals(LineKind.PROSE, kindOf("More than two hundred commuters waited at the pier on Monday morning."));
    }

    @Test
    void embeddedPostIsKeptOutOfTheTextLikeACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Third delay this week on the island route. pic.twitter.com/Ab12Cd34Ef"));
        assertEquals(LineKind.CAPTION, kindOf("Nobody told us the ferry was cancelled https://t.co/Xy98Zw76"));
        assertEquals(LineKind.CAPTION, kindOf("View this post on Instagram"));
        assertEquals(LineKind.CAPTION, kindOf("A post shared by Ona Brask (@onabrask)"));
    }

    @Test
    void photoCreditOnItsOwnLineIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Mara Feld/Velor Press Agency"));
        assertEquals(LineKind.CAPTION, kindOf("Harbour Pictures / Ivo Lenz"));
        assertEquals(LineKind.CAPTION, kindOf("Ona Brask/Ledger; Tam Oduya/Northline Images"));
        assertEquals(LineKind.CAPTION, kindOf("Courtesy of the Marden Museum"));
        assertEquals(LineKind.CAPTION, kindOf("Screenshot: Ledger / Velor Games"));
    }

    @Test
    void captionEndingInItsCreditIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Commuters wait for the first ferry at Marden pier on Monday morning."
            + " Ivo Lenz/Northline Images/Velor Press"));
    }

    @Test
    void captionWithItsCreditRunOntoTheLastWordIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Frost lay on the valley floor for most of Friday afternoon.NORTHLINE"));
        assertEquals(LineKind.CAPTION, kindOf("Ona Brask wears a wool coat, boots and a knitted scarf.Ivo Lenz"));
        assertEquals(LineKind.CAPTION, kindOf("Ona Brask waves from the deck of the ferry to Marden.Ona Brask/Instagram"));
        assertEquals(LineKind.CAPTION, kindOf("The mayor cuts the ribbon at the new pier in MardenCredit: Harbour Press"));
        assertEquals(LineKind.CAPTION, kindOf("Officers pose at the swearing-in on Monday. (Photo courtesy of the"
            + " Marden Police)Photo courtesy of the Marden Police"));
    }

    @Test
    void sentencesWithSpacesAfterTheirStopsAreNotGluedCredits() {
        assertEquals(LineKind.PROSE, kindOf("Frost lay on the valley floor for most of Friday afternoon. Ivo Lenz"
            + " said the ferry would still run."));
        assertEquals(LineKind.PROSE, kindOf("The council met on Monday and voted to keep the pier open all winter."));
    }

    @Test
    void notesToTheReaderAboutThePageAreNotTheArticlesText() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("This interview has been edited for length and clarity."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Reader reviews have been edited for length and clarity."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Follow the Marden Ledger news desk on Facebook to make sure you"
            + " never miss a story from the valley."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("The opinions expressed here are the author's own."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Ask Ona is for informational purposes only, does not constitute"
            + " medical advice and is no substitute for a visit to your doctor, whatever the column may say about it."));
    }

    @Test
    void sentencesAboutFollowingOrEditingStayProse() {
        assertEquals(LineKind.PROSE, kindOf("Fans follow the band from town to town, and many post about it on"
            + " Facebook."));
        assertEquals(LineKind.PROSE, kindOf("The council said the plan has been edited twice since the spring."));
    }

    @Test
    void machineTimestampIsABylineStamp() {
        assertEquals(LineKind.BOUNDARY, kindOf("2025-06-01T09:30:00Z"));
    }

    @Test
    void specsAndPairsWithSlashesAreNotCredits() {
        assertEquals(LineKind.HEADING, kindOf("Position: Guard/Forward"));
        assertEquals(LineKind.HEADING, kindOf("24/7 customer support"));
        assertEquals(LineKind.HEADING, kindOf("Rail/Ferry"));
    }

    @Test
    void photoFurnitureAndGalleryCountersAreCaptions() {
        assertEquals(LineKind.CAPTION, kindOf("3 of 12 |"));
        assertEquals(LineKind.CAPTION, kindOf("Enlarge this image"));
        assertEquals(LineKind.CAPTION, kindOf("The new ferry on its first crossing. Mara Feld hide caption"));
        assertEquals(LineKind.CAPTION, kindOf("toggle caption"));
    }

    @Test
    void authorBioIsKeptOutOfTheText() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("Ona Brask is a senior reporter at the Marden Ledger, covering"
            + " transport and the islands. She joined the paper in 2019."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Ivo Lenz writes about energy and climate from Velor City."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Tam Oduya, MD, is a contributing editor and a practising doctor."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Senior Editor"));
        assertEquals(LineKind.BOUNDARY, kindOf("About the author"));
    }

    @Test
    void sentencesAboutPeopleInTheStoryAreNotBios() {
        assertEquals(LineKind.PROSE, kindOf("Dana Pirelli is a ferry captain who has sailed the island route for"
            + " twenty years, and she says the new boats are the best she has handled."));
        assertEquals(LineKind.PROSE, kindOf("Corvin is the author of three books on the harbour, and he says the"
            + " bridge vote will decide its future."));
        assertEquals(LineKind.PROSE, kindOf("The Marden Ledger is a weekly paper, and its editor said the island"
            + " routes matter to every reader."));
    }

    @Test
    void notesAboutTheStoryAreKeptOutOfTheText() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("Ona Brask contributed to this report."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Editor's note: This story first ran in the spring issue of the Ledger."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("We may earn a commission from links on this page."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("March 12, 2025"));
    }

    @Test
    void sourceListsEndTheArticle() {
        assertEquals(LineKind.BOUNDARY, kindOf("Our Sources"));
        assertEquals(LineKind.BOUNDARY, kindOf("4 Sources"));
    }

    @Test
    void jobTitleLineIsNotAMenuEntryWithArticles() {
        assertEquals(LineKind.HEADING, kindOf("Letters To The Editor"));
    }

    @Test
    void shopButtonsAreKeptOutOfTheTextLikeCaptions() {
        assertEquals(LineKind.CAPTION, kindOf("$26 at Velmart"));
        assertEquals(LineKind.CAPTION, kindOf("$22 $17 at Lumen Beauty"));
        assertEquals(LineKind.CAPTION, kindOf("View On Velmart"));
        assertEquals(LineKind.CAPTION, kindOf("See It!"));
        assertEquals(LineKind.CAPTION, kindOf("Try Harbour VPN Now"));
        assertEquals(LineKind.CAPTION, kindOf("See Ferry Tycoon 2 on Velmart"));
    }

    @Test
    void dealAndDetailButtonsOfABuyingGuideAreKeptOutOfTheText() {
        assertEquals(LineKind.CAPTION, kindOf("View Deal"));
        assertEquals(LineKind.CAPTION, kindOf("See Details"));
        assertEquals(LineKind.CAPTION, kindOf("Buying Options"));
        assertEquals(LineKind.HEADING, kindOf("See the Details of the Harbour Plan"));
    }

    @Test
    void embeddedPostsHeadOfNameAndHandleIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Ona Brask @onabrask"));
        assertNotEquals(LineKind.CAPTION, kindOf("Write to Ona Brask at @onabrask"));
    }

    @Test
    void placeholderOfAnEmbedThePageCouldNotLoadIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("This content can also be viewed on the site it originates from."));
    }

    @Test
    void wireCaptionClosingOnTheDayThePictureWasTakenIsACaption() {
        assertEquals(LineKind.CAPTION, kindOf("Volunteers stack sandbags along the river wall in the old town of Velor,"
            + " Tuesday, March 3, 2025."));
        assertEquals(LineKind.CAPTION, kindOf("A ferry waits at the northern pier in Harlan, Sunday, Dec. 7, 2025."));
        assertEquals(LineKind.PROSE, kindOf("The council will vote on the flood plan for the old town of Velor on"
            + " Tuesday, March 3, 2025."));
    }

    @Test
    void sentencesAboutBuyingAreStillProse() {
        assertEquals(LineKind.PROSE, kindOf("Get it at Velmart for $9.99, in nine colours, before the sale ends."));
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

    @Test
    void wireCaptionsAreCaptionsWhateverTheirLength() {
        assertEquals(LineKind.CAPTION, kindOf("FILE - Riders wait for the first ferry of the season at the Velor pier,"
            + " March 3, 2024. The ferry company will raise its fares in April. (AP Photo/Ana Lenz, File)"));
        assertEquals(LineKind.CAPTION, kindOf("Trucks queue at the Harlan crossing on the Velor border, March 3, 2024."
            + " NORTHLINE/Ana Lenz/File Photo Purchase Licensing Rights"));
        assertEquals(LineKind.CAPTION, kindOf("[1/3] Ona Brask speaks to supporters at the harbour hall in Velor on"
            + " Friday, March 1, 2024."));
        assertEquals(LineKind.CAPTION, kindOf("(L-R) Ivo Lenz, Ona Brask and Mara Feld stand on the deck of the new"
            + " Velor ferry before its first crossing."));
        assertEquals(LineKind.CAPTION, kindOf("VELOR, NORTHLAND - MARCH 3: Riders wait for the first ferry of the"
            + " season at the Velor pier."));
        assertEquals(LineKind.CAPTION, kindOf("Ona Brask tours the new ferry terminal on the Velor pier."
            + " Courtesy of the Velor Ferry Company."));
    }

    @Test
    void sentencesNamingAgenciesOrFilesAreStillProse() {
        assertEquals(LineKind.PROSE, kindOf("The NATO/Velor defence group met on Friday and agreed to share the cost of"
            + " the new radar."));
        assertEquals(LineKind.PROSE, kindOf("File clerks at the harbour office - all twelve of them - went on strike on"
            + " Monday over pay."));
    }

    @Test
    void sitesDisclosuresAreFurniture() {
        assertEquals(LineKind.INTERSTITIAL, kindOf("Northline content and product picks are editorially independent."
            + " We may make money when you click on links to our partners."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("The opinions expressed by contributors are their own and do not"
            + " necessarily represent the views of Northline."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("Ona Brask may be reached at obrask@northline.example."));
        assertEquals(LineKind.INTERSTITIAL, kindOf("This column is for informational purposes only and is not a"
            + " substitute for professional advice."));
    }
}
