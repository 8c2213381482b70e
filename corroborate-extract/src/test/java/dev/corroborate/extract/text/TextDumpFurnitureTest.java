package dev.corroborate.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.Page;
import dev.corroborate.core.PageFormat;
import dev.corroborate.extract.NoArticleException;

/** Blocks a news page sets around and inside an article: top-ten teaser lists, reader appeals, embedded posts, lists. */
class TextDumpFurnitureTest {
    private final TextDumpExtractor extractor = new TextDumpExtractor(
        Clock.fixed(Instant.parse("2025-03-20T12:00:00Z"), ZoneOffset.UTC));
    private final LineClassifier classifier = new LineClassifier();

    @Test
    void numberedTopTenTeasersAreNotTheArticleEvenWhenLonger() throws Exception {
        StringBuilder dump = new StringBuilder("Top 10 right now\n");
        String[] stories = {"Ferry strike enters second week", "Harbour bridge vote delayed again",
            "Rovers sign keeper from Harlan", "Valley farmers count flood losses", "Museum reopens its north wing"};
        for (int n = 0; n < stories.length; n++) {
            dump.append(n + 1).append('\n').append(stories[n]).append('\n').append("LABEL").append('\n')
                .append("The story behind this headline is told in one sentence of about fifteen words here.\n");
        }
        dump.append("""
            Ferry fares to rise in April
            By Ona Brask
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            """);

        String body = body(dump.toString());

        assertTrue(body.startsWith("The Velor ferry company will raise its fares"), body);
        assertFalse(body.contains("one sentence"), body);
    }

    @Test
    void numberedTeasersOnTheArticlesTopicAreNotJoinedToIt() throws Exception {
        StringBuilder dump = new StringBuilder("Top 10 right now\n");
        for (int n = 1; n <= 4; n++) {
            dump.append(n).append("\nFerry story number ").append(n).append(" of the week\nFERRIES\n")
                .append("The Velor ferry company and its commuters argue again about island fares and season tickets.\n");
        }
        dump.append("""
            Ferry fares to rise in April
            By Ona Brask
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            The company said the rise would pay for two new ferries, which are due to enter service on the island routes next year.
            """);

        String body = body(dump.toString());

        assertTrue(body.startsWith("The Velor ferry company will raise its fares"), body);
    }

    @Test
    void readerAppealUnderItsSupportHeadingIsNeitherJoinedNorChosen() throws Exception {
        String body = body("""
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            Support Northline
            Our Work Needs You
            At Northline we believe everyone deserves good local reporting, but we know not everyone can pay for a subscription to read it.
            That is why our reporting stays open to all readers in the valley, whatever they can afford, and why we ask for help.
            Our reporters cover the council, the courts, the schools and the harbour every single day of the year for you.
            Help keep news free for everyone by giving as little as $2. Your contribution goes a long way.
            Support Northline
            """);

        assertTrue(body.endsWith("the discount they had."), body);
    }

    @Test
    void supportHeadingEndsTheArticle() {
        assertEquals(LineKind.BOUNDARY, classifier.classify(0, "Support Northline").kind());
    }

    @Test
    void embeddedPostCreditIsFurnitureInsideTheArticle() {
        assertEquals(LineKind.INTERSTITIAL,
            classifier.classify(0, "— Ona Brask (@onabrask) March 12, 2025").kind());
    }

    @Test
    void alsoReadingLabelEndsTheArticle() {
        assertEquals(LineKind.BOUNDARY, classifier.classify(0, "People are also reading…").kind());
    }

    @Test
    void featureListInSentenceCaseBetweenSectionsStaysInTheArticle() throws Exception {
        String body = body("""
            Phones
            Every Velphone model in five years, compared
            The Velphone line has changed more than its owners think, and the differences add up over five years of models.
            We went through each model to list what it added, from the first one with two cameras to this year's.
            Velphone 3
            The Velphone 3 was the first to ship with two cameras and a bigger battery than the model before it.
            Camera features
            Night mode for the main camera
            Slow motion video for the front camera
            Faster autofocus on the wide camera with better low light shots
            A wider field of view for the second camera
            Deeper colours in portrait mode for skin tones
            Sharper zoom on the telephoto camera in daylight
            Longer video recording at the highest quality setting
            Display
            Brighter display for reading outside in summer
            Velphone 4
            The Velphone 4 kept the two cameras and the bigger battery of the model before it, and the camera features got quicker too.
            """);

        assertTrue(body.contains("Night mode for the main camera"), body);
        assertTrue(body.endsWith("the camera features got quicker too."), body);
    }

    @Test
    void titleCaseTellsHeadlinesFromSentences() {
        assertTrue(TitleCase.isTitleCase("Fifteen Soldiers Killed in Three Days of Fighting"));
        assertFalse(TitleCase.isTitleCase("Updated wide camera with faster autofocus"));
    }

    @Test
    void teaserWidgetBetweenParagraphsIsDroppedAndTheArticleGoesOn() throws Exception {
        String body = body("""
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            Editor’s Picks
            Harbour bridge vote delayed again as councillors disagree
            Rovers sign a keeper from Harlan for the rest of the season
            Valley farmers count their losses after the spring floods
            The company said the rise would pay for two new ferries, which are due on the island routes next year.
            Island councillors said they would ask the company to keep the season ticket discount for pupils.
            """);

        assertTrue(body.contains("the discount they had."), body);
        assertTrue(body.endsWith("the season ticket discount for pupils."), body);
        assertFalse(body.contains("Harbour bridge"), body);
        assertFalse(body.contains("Editor"), body);
    }

    @Test
    void articleGoesOnPastAWidgetWhoseTeaserThePageRepeats() throws Exception {
        String body = body("""
            Harbour bridge vote delayed again as councillors disagree
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            The ferry company said that fuel and crew costs had risen faster than its fares over the last three years.
            Other news
            Harbour bridge vote delayed again as councillors disagree
            The company said the rise would pay for two new ferries, which are due on the island routes next year.
            The new ferries will carry more cars and will cut the crossing to the islands by ten minutes, it said.
            Island councillors said the ferry company should keep the season ticket discount for pupils on the routes.
            """);

        assertTrue(body.startsWith("The Velor ferry company"), body);
        assertTrue(body.endsWith("for pupils on the routes."), body);
        assertFalse(body.contains("Harbour bridge"), body);
    }

    @Test
    void readerFeedbackAndCommentPromptsEndTheArticle() {
        assertEquals(LineKind.BOUNDARY, classifier.classify(0, "Was this page helpful?").kind());
        assertEquals(LineKind.BOUNDARY, classifier.classify(0, "Comments are closed.").kind());
        assertEquals(LineKind.BOUNDARY,
            classifier.classify(0, "Share or comment on this article: Ferry fares to rise in April").kind());
        assertEquals(LineKind.WIDGET, classifier.classify(0, "Recommended by Our Editors").kind());
        assertEquals(LineKind.WIDGET, classifier.classify(0, "You might be interested in").kind());
    }

    @Test
    void aGallerysRepeatedPhotoCountIsNoNumberedTeaserList() throws Exception {
        String body = body("""
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, it said on Friday.
            4
            Riders wait for the first ferry of the season at the Velor pier. NORTHLINE/Ana Lenz
            Commuters on the island routes will pay the most, since their tickets lose the discount.
            4
            The new ferry leaves the Velor pier on its first crossing. NORTHLINE/Ana Lenz
            The company said the rise would pay for two new ferries, due to enter service next year.
            4
            Ona Brask, the company's chair, on the deck of the new ferry. NORTHLINE/Ana Lenz
            Season tickets will still be sold at the pier office and online, the company said.
            """);

        assertTrue(body.startsWith("The Velor ferry company will raise its fares"), body);
        assertTrue(body.endsWith("the company said."), body);
        assertFalse(body.contains("NORTHLINE"), body);
    }

    @Test
    void theNextStoryInAFeedIsNotTakenPastItsHeadlineAndDate() throws Exception {
        String body = body("""
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            Travel
            Harbour bridge vote delayed again as the council argues over costs
            March 14, 2025
            The Velor council put off its vote on the harbour bridge for a third time on Thursday, citing the rising costs.
            Councillors asked the engineers for a cheaper design before the summer, when the money runs out.
            """);

        assertTrue(body.endsWith("lose the discount they had."), body);
    }

    @Test
    void aLiveBlogsNextEntryIsNotTakenPastItsTimeAndHeadline() throws Exception {
        String body = body("""
            Ferry strike live: what we know
            The Velor ferry crews walked out at dawn on Friday, and no boat has left the pier since, the company said.
            Talks between the union and the company are due to resume on Monday in the harbour hall, officials said.
            2h ago / 9:15 AM
            Island shops run short of bread and milk as the strike drags on
            Shopkeepers on the island said their shelves were half empty by noon, with no delivery since Thursday.
            """);

        assertTrue(body.endsWith("officials said."), body);
    }

    @Test
    void anEmbeddedPostsTextIsKeptOutOfTheArticle() throws Exception {
        String body = body("""
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            Riders took to social media to complain about the rise within the hour.
            Six percent again? The island pays for everything.
            — Ivo Lenz (@ivolenz) March 14, 2025
            I rode this ferry for twenty years and this is the worst
            it has ever been pic.twitter.com/ab12cd
            — Mara Feld (@marafeld) March 14, 2025
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            """);

        assertTrue(body.contains("complain about the rise"), body);
        assertTrue(body.endsWith("lose the discount they had."), body);
        assertFalse(body.contains("island pays"), body);
        assertFalse(body.contains("twenty years"), body);
    }

    @Test
    void aParagraphPrintedTwiceOverIsReadOnce() throws Exception {
        String summary = "The Velor ferry company will raise its fares by six percent in April, the second rise in a year.";
        String body = body("""
            Ferry fares to rise in April
            By Ona Brask
            """ + summary + "\n" + summary + "\n" + """
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            The company blamed the price of fuel, which has doubled since the winter, and the cost of its new pier.
            """);

        assertEquals(body.indexOf(summary), body.lastIndexOf(summary), body);
        assertTrue(body.contains("cost of its new pier."), body);
    }

    @Test
    void aReviewsProsAndConsBoxIsNotItsText() throws Exception {
        String body = body("""
            Harbour VPN review: fast, cheap and a little plain
            By Ona Brask
            Harbour VPN costs less than four crowns a month in its first year and kept up with every test we ran on it.
            Its servers in Velor and Marden gave us the fastest downloads of any tunnel service we tried this spring.
            Pros
            Fast servers
            Works with streaming sites
            Cons
            Plain app
            Its app is plain, and the settings hide the kill switch three menus deep, but it does its job well enough.
            We would still pick it over the pricier services for anyone who mostly streams and browses at home.
            """);

        assertFalse(body.contains("Pros"), body);
        assertFalse(body.contains("Fast servers"), body);
        assertFalse(body.contains("Plain app\n"), body);
        assertTrue(body.contains("three menus deep"), body);
    }

    @Test
    void thePagesCitationUnderTheArticleIsNotItsText() throws Exception {
        String body = body("""
            Science News
            Harbour seals of the Velor coast sleep longer in winter, survey finds
            Date:
            March 18, 2025
            Marine biologists at the Velor Institute tagged forty harbour seals along the coast and followed them for a year.
            The seals slept on average two hours longer each day in winter than in summer, the survey of the Velor coast found.
            The team says the longer rest saves the seals energy when the fish they hunt move to deeper and colder water.
            Story Source:
            Materials provided by the Velor Institute. Note: Content may be edited for style and length.
            Cite This Page:
            Velor Institute. "Harbour seals of the Velor coast sleep longer in winter, survey finds." Science News, 18 March 2025.
            Velor Institute. (2025, March 18). Harbour seals of the Velor coast sleep longer in winter, survey finds. Science News.
            """);

        assertTrue(body.endsWith("move to deeper and colder water."), body);
        assertFalse(body.contains("Materials provided"), body);
    }

    @Test
    void theFootnotesUnderAnArticleAreNotItsText() throws Exception {
        String body = body("""
            History
            The winter the Velor ferry froze in the harbour
            By Ona Brask
            In January 1963 the Velor ferry froze fast in the harbour ice and stayed there for nineteen days.
            The islanders crossed the ice on foot to fetch bread and post from the mainland, a walk of two hours each way.
            The ferry company paid for a horse and sledge when the ice grew thick enough, the harbour master wrote later.
            Footnotes
            [1] Harbour master's log, January 1963, Velor Town Archive, box 12, folder 3, pages 40 to 52 of the log.
            [2] Letter from the harbour master to the ferry company, February 2, 1963, Velor Town Archive, box 12.
            """);

        assertTrue(body.endsWith("the harbour master wrote later."), body);
    }

    @Test
    void adSlotLabelsAreDroppedAndTheArticleGoesOn() throws Exception {
        String body = body("""
            Ferry fares to rise in April
            The Velor ferry company will raise its fares by six percent in April, the second rise in a year, it said on Friday.
            ARTICLE CONTINUES BELOW
            Commuters on the island routes will pay the most, since their season tickets lose the discount they had.
            Advertising
            The harbour board said it would review the rise in May, after the spring timetable has been published.
            Article continues below this ad
            Advertising on the ferries themselves will pay for a new shelter at the northern pier, the company added.
            """);

        assertFalse(body.contains("CONTINUES BELOW"), body);
        assertFalse(body.contains("continues below this ad"), body);
        assertFalse(body.contains("\nAdvertising\n"), body);
        assertTrue(body.contains("review the rise in May"), body);
        assertTrue(body.contains("Advertising on the ferries themselves"), body);
    }

    @Test
    void captionPlacingPeopleInThePictureIsDroppedAndTheArticleGoesOn() throws Exception {
        String body = body("""
            Velor opens its new ferry terminal
            The new ferry terminal at Velor opened on Tuesday, two years late and a third over its budget, the council said.
            Mara Feld (left) and Ivo Lenz cut the ribbon at the terminal's north gate on Tuesday.
            The terminal will handle twice as many passengers as the old one, and its car deck opens in June.
            The harbour master, Ivo Lenz, centre, walks the first passengers to the gangway of the morning ferry.
            The first ferry from the new terminal left for Harlan at six o'clock with forty passengers on board.
            Harbour staff (second from right) show visitors the new ticket hall
            Mara Feld, who left the harbour board in May, said the delays had been worth it for the town.
            """);

        assertFalse(body.contains("cut the ribbon"), body);
        assertFalse(body.contains("ticket hall"), body);
        assertFalse(body.contains("walks the first passengers"), body);
        assertTrue(body.contains("forty passengers on board"), body);
        assertTrue(body.contains("its car deck opens in June"), body);
        assertTrue(body.contains("who left the harbour board in May"), body);
    }

    @Test
    void embedCodePrintedAsTextIsDroppedAndTheArticleGoesOn() throws Exception {
        String body = body("""
            Rovers keeper fit for the cup final
            Rovers keeper Ona Brask will be fit for Saturday's cup final against Harlan, her manager said on Thursday.
            <a href="https://social.example/hashtag/Rovers">#Rovers</a> manager says Brask trained in full on Thursday <a href="https://social.example/p/1">social.example/p/1</a>
            Brask missed the last three games with a sprained wrist, and her stand-in conceded seven goals in them.
            Embed <iframe src="https://radio.example/player/42" width="100%" height="290"></iframe>
            The final kicks off at three o'clock at the Velor Stadium, where the Rovers have not lost since August.
            """);

        assertFalse(body.contains("href"), body);
        assertFalse(body.contains("iframe"), body);
        assertTrue(body.contains("sprained wrist"), body);
        assertTrue(body.contains("have not lost since August"), body);
    }

    @Test
    void tableCellsOfBareFiguresAreNotTheArticlesText() throws Exception {
        String body = body("""
            Rovers top the valley league at the winter break
            The Rovers go into the winter break top of the valley league, two points clear of Harlan after fourteen games.
            Rovers
            11-3
            34
            Harlan
            10-4
            32
            48.2%
            Their keeper Ona Brask has kept nine clean sheets, a club record for the first half of a season, 12 more to go.
            The league resumes on the first Saturday of February, when the Rovers travel to Harlan for the top game.
            """);

        assertFalse(body.contains("11-3"), body);
        assertFalse(body.contains("48.2%"), body);
        assertTrue(body.contains("nine clean sheets"), body);
        assertTrue(body.contains("travel to Harlan for the top game"), body);
    }

    private String body(String dump) throws NoArticleException {
        return extractor.extract(new Page("id", "dump.txt", null, null, PageFormat.TEXT, dump)).body();
    }
}
