package dev.corroborate.report;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Article;
import dev.corroborate.core.Claim;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Evidence;
import dev.corroborate.core.Statement;
import dev.corroborate.core.Storyline;

import java.util.List;
import java.util.Map;

/**
 * Renders an {@link Analysis} as {@code report.md}: the counts, then each storyline with its events (articles,
 * what several outlets report, what only one does, headline flags), then who said what, by speaker.
 *
 * <p>All text from pages is escaped with {@link MarkdownText}, so it reads as text and never as Markdown.
 */
public final class MarkdownReport {
    /** The file name this format is written to. */
    public static final String FILE_NAME = "report.md";

    /** Returns the Markdown document for {@code analysis}; '\n' line ends, ending in a newline. */
    public String render(Analysis analysis) {
        ReportIndex index = new ReportIndex(analysis);
        StringBuilder md = new StringBuilder(4096);
        md.append("# Corroborate report\n\n");
        summary(md, ReportCounts.of(analysis));
        for (Storyline storyline : analysis.storylines()) {
            md.append("## Storyline: ").append(MarkdownText.inline(Texts.orElse(storyline.title(), storyline.id())))
                    .append("\n\n");
            why(md, "Why these events are together", storyline.why());
            for (Event event : index.eventsOf(storyline)) {
                event(md, index, event);
            }
        }
        List<Event> loose = index.eventsWithoutStoryline();
        if (!loose.isEmpty()) {
            md.append("## Events in no storyline\n\n");
            loose.forEach(e -> event(md, index, e));
        }
        List<AnalysedArticle> alone = index.articlesWithoutEvent();
        if (!alone.isEmpty()) {
            md.append("## Articles in no event\n\n");
            articleTable(md, alone);
            headlineFlags(md, alone);
        }
        whoSaidWhat(md, index.statementsBySpeaker());
        return md.toString();
    }

    private static void summary(StringBuilder md, ReportCounts n) {
        md.append("| | |\n|---|---:|\n")
                .append("| Articles | ").append(n.articles()).append(" |\n")
                .append("| Events | ").append(n.events()).append(" |\n")
                .append("| Storylines | ").append(n.storylines()).append(" |\n")
                .append("| Statements | ").append(n.statements()).append(" |\n")
                .append("| Speakers | ").append(n.speakers()).append(" |\n")
                .append("| Claims several outlets report | ").append(n.corroborated()).append(" |\n")
                .append("| Claims one outlet reports | ").append(n.singleSource()).append(" |\n")
                .append("| Headlines not supported by their article | ").append(n.headlinesFlagged()).append(" |\n")
                .append("| Copies of another article (counted once) | ").append(n.copies()).append(" |\n\n");
    }

    private static void event(StringBuilder md, ReportIndex index, Event event) {
        md.append("### Event: ").append(MarkdownText.inline(Texts.orElse(event.title(), event.id())));
        if (event.date() != null) {
            md.append(" (").append(event.date()).append(')');
        }
        md.append("\n\n");
        String named = Texts.namedLine(index.namedIn(event));
        if (!named.isEmpty()) {
            md.append(MarkdownText.inline(named)).append("\n\n");
        }
        why(md, "Why these articles are together", event.why());
        List<AnalysedArticle> articles = index.articlesOf(event);
        articleTable(md, articles);
        EventCoverage coverage = index.coverageOf(event).orElse(null);
        if (coverage != null) {
            claims(md, "What several outlets report", coverage.corroborated());
            claims(md, "Reported by one outlet only", coverage.singleSource());
        }
        headlineFlags(md, articles);
    }

    private static void why(StringBuilder md, String label, List<String> why) {
        if (why.isEmpty()) {
            return;
        }
        md.append("_").append(label).append(":_ ");
        for (int i = 0; i < why.size(); i++) {
            md.append(i == 0 ? "" : "; ").append(MarkdownText.inline(why.get(i)));
        }
        md.append("\n\n");
    }

    private static void articleTable(StringBuilder md, List<AnalysedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        md.append("| Outlet | Title | Published | Source |\n|---|---|---|---|\n");
        for (AnalysedArticle analysed : articles) {
            Article a = analysed.article();
            md.append("| ").append(MarkdownText.inline(Texts.orElse(a.outlet(), "outlet not shown")))
                    .append(" | ").append(MarkdownText.inline(Texts.orElse(a.title(), "(no headline)")))
                    .append(" | ").append(Texts.published(a.published()))
                    .append(" | ").append(MarkdownText.inline(a.url() != null ? a.url() : a.source()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void claims(StringBuilder md, String heading, List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        md.append("#### ").append(heading).append("\n\n");
        for (Claim claim : claims) {
            md.append("- ");
            if (claim.speaker() != null) {
                md.append("**").append(MarkdownText.inline(claim.speaker())).append(":** ");
            }
            md.append(MarkdownText.inline(claim.summary()))
                    .append(" _(").append(Texts.support(claim)).append(")_\n");
            for (Evidence ev : claim.evidence()) {
                md.append("  - “").append(MarkdownText.inline(ev.text())).append("” — _")
                        .append(MarkdownText.inline(Texts.orElse(ev.outlet(), "outlet not shown"))).append("_")
                        .append(ev.copyOf() == null ? "" : " (copy)").append('\n');
            }
        }
        md.append('\n');
    }

    private static void headlineFlags(StringBuilder md, List<AnalysedArticle> articles) {
        List<AnalysedArticle> flagged = articles.stream()
                .filter(a -> a.headline() != null && Boolean.FALSE.equals(a.headline().supported()))
                .toList();
        if (flagged.isEmpty()) {
            return;
        }
        md.append("#### Headline check\n\n");
        for (AnalysedArticle a : flagged) {
            md.append("- ⚠ Headline not supported by its own article: “")
                    .append(MarkdownText.inline(Texts.orElse(a.article().title(), "")))
                    .append("” (_").append(MarkdownText.inline(Texts.orElse(a.article().outlet(), "outlet not shown")))
                    .append("_) — ").append(MarkdownText.inline(a.headline().reason())).append('\n');
        }
        md.append('\n');
    }

    private static void whoSaidWhat(StringBuilder md, Map<String, List<SpokenStatement>> bySpeaker) {
        md.append("## Who said what\n\n");
        if (bySpeaker.isEmpty()) {
            md.append("No statements found.\n");
            return;
        }
        bySpeaker.forEach((speaker, statements) -> {
            md.append("### ").append(MarkdownText.inline(speaker)).append("\n\n");
            for (SpokenStatement spoken : statements) {
                Statement s = spoken.statement();
                Article a = spoken.article().article();
                md.append("- ").append(s.saidWithin() != null ? Texts.period(s.saidWithin())
                        : Texts.date(s.saidOn(), "date not stated"));
                if (s.saidOnText() != null) {
                    md.append(" (“").append(MarkdownText.inline(s.saidOnText())).append("”)");
                } else if (s.saidOn() == null && a.published() != null) {
                    md.append(" (article published ").append(Texts.published(a.published())).append(')');
                }
                md.append(" · ").append(s.kind().jsonName())
                        .append(" · “").append(MarkdownText.inline(s.cue())).append('”');
                if (s.speakerMention() != null && !s.speakerMention().equals(s.speaker())) {
                    md.append(" · as “").append(MarkdownText.inline(s.speakerMention())).append('”');
                }
                md.append(" · _").append(MarkdownText.inline(Texts.orElse(a.outlet(), "outlet not shown")))
                        .append("_, “").append(MarkdownText.inline(Texts.orElse(a.title(), "(no headline)")))
                        .append("”\n");
                int base = s.sentence().start();
                md.append("  > ").append(MarkdownText.emphasise(spoken.sentenceText(),
                        s.content().start() - base, s.content().end() - base)).append("\n");
            }
            md.append('\n');
        });
    }
}
