package dev.corroborate.report;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.EventCoverage;

/**
 * The headline numbers of a report.
 *
 * @param articles          articles analysed
 * @param events            events found
 * @param storylines        storylines found
 * @param statements        statements found across all articles
 * @param speakers          distinct speakers
 * @param corroborated      claims stated by two or more articles
 * @param singleSource      claims stated by one article only
 * @param headlinesFlagged  headlines not supported by their own article
 * @param copies            articles that copy or lightly rewrite another (syndication), counted once
 */
record ReportCounts(int articles, int events, int storylines, int statements, int speakers, int corroborated,
                    int singleSource, int headlinesFlagged, int copies) {

    static ReportCounts of(Analysis analysis) {
        int statements = 0;
        int flagged = 0;
        for (AnalysedArticle a : analysis.articles()) {
            statements += a.statements().size();
            if (a.headline() != null && Boolean.FALSE.equals(a.headline().supported())) {
                flagged++;
            }
        }
        int speakers = (int) analysis.articles().stream()
                .flatMap(a -> a.statements().stream())
                .map(s -> s.speaker())
                .distinct()
                .count();
        int corroborated = 0;
        int single = 0;
        for (EventCoverage c : analysis.coverage()) {
            corroborated += c.corroborated().size();
            single += c.singleSource().size();
        }
        return new ReportCounts(analysis.articles().size(), analysis.events().size(), analysis.storylines().size(),
                statements, speakers, corroborated, single, flagged, analysis.copies().size());
    }
}
