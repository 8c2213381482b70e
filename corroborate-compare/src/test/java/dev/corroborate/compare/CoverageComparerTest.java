package dev.corroborate.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.Claim;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Evidence;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Published;
import dev.corroborate.nlp.ArticleReader;
import dev.corroborate.nlp.Understanding;

/** Claims across the articles of one hand-built event from the Republic of Veloria. */
class CoverageComparerTest {
    private static final ArticleReader READER = new ArticleReader();

    private static final String LEDGER_BODY = """
        Labour Minister Hana Orlik spoke to reporters in Marden on Tuesday.

        "The apprentice fund will open to every trade from next month," Orlik said.

        Orlik said that the money would come from the existing training levy paid by large employers.""";

    private static final String POST_BODY = """
        Labour Minister Hana Orlik held a press conference in Marden on Tuesday.

        Orlik said that the apprentice fund would open to every trade from next month.

        "Bakers and tailors have waited long enough for their apprentices to be paid," the minister added.""";

    /** The Ledger's article republished by a partner site with a new first line: a copy, not a second source. */
    private static final String SYNDICATED_BODY = """
        Labour Minister Hana Orlik spoke to reporters in the city of Marden on Tuesday.

        "The apprentice fund will open to every trade from next month," Orlik said.

        Orlik said that the money would come from the existing training levy paid by large employers.""";

    private static final AnalysedArticle LEDGER = analysed("a-ledger", "The Marden Ledger", LEDGER_BODY);
    private static final AnalysedArticle POST = analysed("a-post", "Oska Valley Post", POST_BODY);
    private static final AnalysedArticle SYNDICATED = analysed("a-partner", "Kestrel Daily Wire", SYNDICATED_BODY);

    private final CoverageComparer comparer = new CoverageComparer();

    @Test
    void twoArticlesStatingTheSameThingMakeOneCorroboratedClaim() {
        EventCoverage coverage = compare(LEDGER, POST);

        List<Claim> corroborated = coverage.corroborated();
        assertEquals(1, corroborated.size(), coverage.toString());
        Claim claim = corroborated.get(0);
        assertEquals("Hana Orlik", claim.speaker());
        assertEquals(2, claim.articleCount());
        assertEquals("The apprentice fund will open to every trade from next month,", claim.summary());
        assertEquals(List.of(
            new Evidence("a-ledger", "The Marden Ledger", claim.evidence().get(0).sentence(),
                "\"The apprentice fund will open to every trade from next month,\" Orlik said."),
            new Evidence("a-post", "Oska Valley Post", claim.evidence().get(1).sentence(),
                "Orlik said that the apprentice fund would open to every trade from next month.")),
            claim.evidence());
    }

    @Test
    void evidenceSentenceSpansPointIntoTheirOwnArticles() {
        Claim claim = compare(LEDGER, POST).corroborated().get(0);

        assertEquals(claim.evidence().get(0).text(), claim.evidence().get(0).sentence().of(LEDGER_BODY));
        assertEquals(claim.evidence().get(1).text(), claim.evidence().get(1).sentence().of(POST_BODY));
    }

    @Test
    void statementInOnlyOneArticleIsSingleSource() {
        EventCoverage coverage = compare(LEDGER, POST);

        assertEquals(List.of(
            "Hana Orlik: the money would come from the existing training levy paid by large employers [a-ledger]",
            "Hana Orlik: Bakers and tailors have waited long enough for their apprentices to be paid, [a-post]"),
            coverage.singleSource().stream().map(CoverageComparerTest::line).toList());
    }

    @Test
    void corroboratedClaimsComeBeforeSingleSourceOnes() {
        List<Claim.Support> order = compare(LEDGER, POST).claims().stream().map(Claim::support).toList();

        assertEquals(List.of(Claim.Support.CORROBORATED, Claim.Support.SINGLE_SOURCE, Claim.Support.SINGLE_SOURCE),
            order);
    }

    @Test
    void nearVerbatimSyndicatedCopyDoesNotCorroborate() {
        EventCoverage coverage = compare(LEDGER, SYNDICATED);

        assertEquals(List.of(), coverage.corroborated());
        Claim fund = coverage.singleSource().get(0);
        assertEquals(List.of("a-ledger", "a-partner"), fund.evidence().stream().map(Evidence::articleId).toList());
        assertEquals(2, fund.articleCount(), "both copies are shown as evidence");
        assertEquals(Claim.Support.SINGLE_SOURCE, fund.support());
    }

    @Test
    void syndicatedCopyBesideAnIndependentReportStillCorroboratesOnce() {
        EventCoverage coverage = compare(LEDGER, SYNDICATED, POST);

        List<Claim> corroborated = coverage.corroborated();
        assertEquals(1, corroborated.size(), coverage.toString());
        assertEquals(List.of("a-ledger", "a-partner", "a-post"),
            corroborated.get(0).evidence().stream().map(Evidence::articleId).toList());
        assertEquals(List.of("Hana Orlik: the money would come from the existing training levy paid by large "
                + "employers [a-ledger, a-partner]",
            "Hana Orlik: Bakers and tailors have waited long enough for their apprentices to be paid, [a-post]"),
            coverage.singleSource().stream().map(CoverageComparerTest::line).toList());
    }

    @Test
    void claimCarriedByAnOriginalAndTwoCopiesCountsOneSource() {
        AnalysedArticle reprint = analysed("a-reprint", "Marden Evening Star", LEDGER_BODY);
        EventCoverage coverage = compare(SYNDICATED, reprint, LEDGER);

        assertEquals(List.of(), coverage.corroborated());
        Claim levy = coverage.singleSource().stream().filter(c -> c.summary().contains("levy")).findFirst().orElseThrow();
        assertEquals(3, levy.articleCount(), coverage.toString());
        assertEquals(1, levy.sourceCount());
        assertEquals(List.of("a-partner -> a-ledger", "a-reprint -> a-ledger"), levy.evidence().stream()
            .filter(e -> e.copyOf() != null).map(e -> e.articleId() + " -> " + e.copyOf()).sorted().toList());
    }

    @Test
    void copyWhoseOriginalIsInAnotherEventStillAddsNoSource() {
        Copies corpus = new Copies(List.of(new dev.corroborate.core.CopyLink("a-partner", "a-elsewhere", 0.8)));
        Map<String, AnalysedArticle> byId = Map.of("a-partner", SYNDICATED, "a-post", POST);

        EventCoverage coverage = comparer.compare(event(SYNDICATED, POST), byId, corpus);

        Claim fund = coverage.corroborated().get(0);
        assertEquals(2, fund.sourceCount(), "the copy stands for its original, which is a second source beside the Post");
        assertEquals("a-elsewhere", fund.evidence().get(0).copyOf());
    }

    @Test
    void articleAloneHasOnlySingleSourceClaims() {
        EventCoverage coverage = compare(LEDGER);

        assertEquals("ev-test", coverage.eventId());
        assertEquals(2, coverage.claims().size());
        assertEquals(List.of(), coverage.corroborated());
    }

    @Test
    void comparisonDoesNotDependOnMapOrder() {
        assertEquals(compare(LEDGER, POST), comparer.compare(event(LEDGER, POST),
            new java.util.TreeMap<>(Map.of("a-post", POST, "a-ledger", LEDGER))));
    }

    private EventCoverage compare(AnalysedArticle... members) {
        Map<String, AnalysedArticle> byId = new java.util.HashMap<>();
        for (AnalysedArticle a : members) {
            byId.put(a.id(), a);
        }
        return comparer.compare(event(members), byId);
    }

    private static Event event(AnalysedArticle... members) {
        return new Event("ev-test", "Apprentice fund", "st-test", LocalDate.of(2025, 3, 4),
            java.util.Arrays.stream(members).map(AnalysedArticle::id).toList(), List.of("hand-built"));
    }

    private static String line(Claim claim) {
        return claim.speaker() + ": " + claim.summary() + " "
            + claim.evidence().stream().map(Evidence::articleId).toList();
    }

    private static AnalysedArticle analysed(String id, String outlet, String body) {
        Article article = new Article(id, id + ".txt", null, "Apprentice fund", Published.ofDate(LocalDate.of(2025, 3, 5)),
            outlet, List.of(), "en", body);
        Understanding u = READER.read(article);
        return new AnalysedArticle(article, u.sentences(), u.people(), u.statements(), HeadlineCheck.noHeadline());
    }
}
