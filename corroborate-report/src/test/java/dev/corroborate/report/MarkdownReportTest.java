package dev.corroborate.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {
    private final String md = new MarkdownReport().render(ReportFixtures.analysis());

    @Test
    void summarisesCounts() {
        assertTrue(md.startsWith("# Corroborate report\n"));
        assertTrue(md.contains("| Articles | 2 |"));
        assertTrue(md.contains("| Claims several outlets report | 1 |"));
        assertTrue(md.contains("| Headlines not supported by their article | 1 |"));
    }

    @Test
    void listsStorylineEventArticlesAndClaims() {
        int storyline = md.indexOf("## Storyline: Port Vell bridge");
        int event = md.indexOf("### Event: Bridge to reopen in March (2023-11-14)");
        int agree = md.indexOf("#### What several outlets report");
        int single = md.indexOf("#### Reported by one outlet only");
        assertTrue(storyline > 0 && event > storyline && agree > event && single > agree, md);
        assertTrue(md.contains("| Northern Ledger | Mayor cancels bridge project | date unknown | pages/ledger.txt |"));
        assertTrue(md.contains("- **Ana Reyes:** The bridge will reopen in March _(2 articles)_"));
        assertTrue(md.contains("- **Li Wei:** Funding was secure _(1 article)_"));
        assertTrue(md.contains("— _Northern Ledger_"));
        assertTrue(md.contains("Headline not supported by its own article: “Mayor cancels bridge project”"));
    }

    @Test
    void eventsNameTheirOrganisationsAndPlacesWithHowManyArticlesNameThem() {
        int event = md.indexOf("### Event: Bridge to reopen in March");
        int named = md.indexOf("Organisations: Harbour Transit Board (2) · Places: Marden (1)");
        assertTrue(named > event && event > 0, md);
    }

    @Test
    void copiesAreCountedInTheSummaryAndAddNoSourceToAClaim() {
        String withCopy = new MarkdownReport().render(ReportFixtures.analysisWithLedgerAsCopy());

        assertTrue(md.contains("| Copies of another article (counted once) | 0 |"));
        assertTrue(withCopy.contains("| Copies of another article (counted once) | 1 |"), withCopy);
        assertTrue(withCopy.contains("- **Ana Reyes:** The bridge will reopen in March _(2 articles, 1 source)_"));
        assertTrue(withCopy.contains("— _Northern Ledger_ (copy)"));
    }

    @Test
    void whoSaidWhatGroupsBySpeaker() {
        String who = md.substring(md.indexOf("## Who said what"));
        assertTrue(who.indexOf("### Ana Reyes") < who.indexOf("### Li Wei"));
        assertTrue(who.contains("- 2023-11-13 (“on Nov. 13”) · reported · “told reporters”"));
        assertTrue(who.contains("> Transport chief Li Wei said **funding was secure**."));
        assertTrue(who.contains("as “She”"));
    }

    @Test
    void escapesMarkdownInPageText() {
        String hostile = new MarkdownReport().render(
                ReportFixtures.analysis("*Breaking* [click](javascript:x) <b>|</b>", ReportFixtures.GAZETTE_BODY));
        assertFalse(hostile.contains("[click]("));
        assertFalse(hostile.contains("<b>"));
        assertTrue(hostile.contains("\\*Breaking\\* \\[click\\](javascript:x) \\<b\\>\\|\\</b\\>"));
    }

    @Test
    void sameAnalysisGivesIdenticalOutput() {
        assertEquals(md, new MarkdownReport().render(ReportFixtures.analysis()));
    }
}
