package dev.corroborate.report;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Article;
import dev.corroborate.core.Claim;
import dev.corroborate.core.CopyLink;
import dev.corroborate.core.Entity;
import dev.corroborate.core.EntityKind;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Evidence;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Person;
import dev.corroborate.core.Published;
import dev.corroborate.core.Span;
import dev.corroborate.core.SpeechKind;
import dev.corroborate.core.Statement;
import dev.corroborate.core.Storyline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small hand-built analysis: two articles from fictional outlets reporting one event in one storyline, with
 * direct and reported statements, a corroborated and a single-source claim, and one unsupported headline.
 */
final class ReportFixtures {
    static final String GAZETTE_ID = "a1b2c3";
    static final String LEDGER_ID = "d4e5f6";
    static final String EVENT_ID = "event-a1b2c3";
    static final String STORYLINE_ID = "storyline-a1b2c3";

    static final String GAZETTE_BODY = "Mayor Ana Reyes spoke in Port Vell on Tuesday.\n\n"
            + "\"The bridge will reopen in March,\" Reyes said. She added that the city would not raise fares.";
    static final String LEDGER_BODY = "The bridge will reopen in March, Mayor Ana Reyes told reporters on Nov. 13. "
            + "Transport chief Li Wei said funding was secure.";

    private ReportFixtures() {
    }

    static Analysis analysis() {
        return analysis("Bridge to reopen in March, mayor says", GAZETTE_BODY);
    }

    /** The same analysis with the first article's title and body replaced (offsets recomputed on the new body). */
    static Analysis analysis(String gazetteTitle, String gazetteBody) {
        AnalysedArticle gazette = gazette(gazetteTitle, gazetteBody);
        AnalysedArticle ledger = ledger();
        Event event = new Event(EVENT_ID, "Bridge to reopen in March", STORYLINE_ID, LocalDate.of(2023, 11, 14),
                List.of(GAZETTE_ID, LEDGER_ID), List.of("shared speaker Ana Reyes", "title similarity 0.62 >= 0.5"));
        Storyline storyline = new Storyline(STORYLINE_ID, "Port Vell bridge", List.of(EVENT_ID),
                List.of("shared terms: bridge, reopen"));
        Claim reopen = new Claim("Ana Reyes", "The bridge will reopen in March", List.of(
                evidence(gazette, "\"The bridge will reopen in March,\" Reyes said."),
                evidence(ledger, "The bridge will reopen in March, Mayor Ana Reyes told reporters on Nov. 13.")),
                Claim.Support.CORROBORATED);
        Claim funding = new Claim("Li Wei", "Funding was secure",
                List.of(evidence(ledger, "Transport chief Li Wei said funding was secure.")),
                Claim.Support.SINGLE_SOURCE);
        return new Analysis(List.of(gazette, ledger), List.of(event), List.of(storyline),
                List.of(new EventCoverage(EVENT_ID, List.of(reopen, funding))));
    }

    /** The same analysis with the Ledger's article found to be a copy of the Gazette's: its evidence adds no source. */
    static Analysis analysisWithLedgerAsCopy() {
        Analysis a = analysis();
        List<EventCoverage> coverage = a.coverage().stream().map(c -> new EventCoverage(c.eventId(),
                c.claims().stream().map(claim -> new Claim(claim.speaker(), claim.summary(), claim.evidence().stream()
                        .map(e -> new Evidence(e.articleId(), e.outlet(), e.sentence(), e.text(),
                                e.articleId().equals(LEDGER_ID) ? GAZETTE_ID : null)).toList(),
                        Claim.Support.SINGLE_SOURCE)).toList())).toList();
        return new Analysis(a.articles(), a.events(), a.storylines(), coverage,
                List.of(new CopyLink(LEDGER_ID, GAZETTE_ID, 0.75)));
    }

    private static AnalysedArticle gazette(String title, String body) {
        Article article = new Article(GAZETTE_ID, "pages/gazette.txt", "https://gazette.example/bridge", title,
                new Published(LocalDate.of(2023, 11, 14), LocalTime.of(14, 50), ZoneOffset.ofHours(1)),
                "The Harbour Gazette", List.of("Jo Marsh"), "en", body);
        List<Statement> statements = List.of(
                new Statement("Ana Reyes", "Reyes", SpeechKind.DIRECT, "said",
                        span(body, "The bridge will reopen in March"),
                        span(body, "\"The bridge will reopen in March,\" Reyes said."), null, null),
                new Statement("Ana Reyes", "She", SpeechKind.REPORTED, "added",
                        span(body, "the city would not raise fares"),
                        span(body, "She added that the city would not raise fares."), null, null));
        return new AnalysedArticle(article, List.of(), List.of(new Person("Ana Reyes", List.of("Reyes"),
                List.of("Mayor"))), statements, new HeadlineCheck(true, 1.0, "all headline words found in the body"),
                List.of(), List.of(new Entity("Harbour Transit Board", EntityKind.ORGANISATION, List.of("HTB"), 2),
                        new Entity("Marden", EntityKind.PLACE, List.of(), 1)));
    }

    private static AnalysedArticle ledger() {
        String body = LEDGER_BODY;
        Article article = new Article(LEDGER_ID, "pages/ledger.txt", null, "Mayor cancels bridge project", null,
                "Northern Ledger", List.of(), "en", body);
        List<Statement> statements = List.of(
                new Statement("Ana Reyes", "Mayor Ana Reyes", SpeechKind.REPORTED, "told reporters",
                        span(body, "The bridge will reopen in March"),
                        span(body, "The bridge will reopen in March, Mayor Ana Reyes told reporters on Nov. 13."),
                        LocalDate.of(2023, 11, 13), "on Nov. 13"),
                new Statement("Li Wei", "Transport chief Li Wei", SpeechKind.REPORTED, "said",
                        span(body, "funding was secure"),
                        span(body, "Transport chief Li Wei said funding was secure."), null, null));
        return new AnalysedArticle(article, List.of(), List.of(), statements,
                new HeadlineCheck(false, 0.33, "“cancels” and “project” do not occur in the body"), List.of(),
                List.of(new Entity("Harbour Transit Board", EntityKind.ORGANISATION, List.of(), 1)));
    }

    private static Evidence evidence(AnalysedArticle a, String sentence) {
        return new Evidence(a.id(), a.article().outlet(), span(a.article().body(), sentence), sentence);
    }

    /** The span of the first occurrence of {@code part} in {@code body}. */
    static Span span(String body, String part) {
        int start = body.indexOf(part);
        if (start < 0) {
            throw new IllegalArgumentException("not in body: " + part);
        }
        return new Span(start, start + part.length());
    }
}
