package dev.corroborate.report;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Span;
import dev.corroborate.core.Statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.corroborate.report.HtmlText.escape;

/**
 * Writes articles side by side as cards in a CSS grid: outlet, headline, date, the headline check, the article's
 * statements, and the full body (statements marked) in a {@code <details>} element.
 */
final class HtmlArticleCards {
    // An article listed under two events gets its anchor once, so fragment links stay unambiguous.
    private final Set<String> anchored = new HashSet<>();

    void append(StringBuilder html, List<AnalysedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        html.append("<div class=\"articles\">\n");
        for (AnalysedArticle analysed : articles) {
            card(html, analysed);
        }
        html.append("</div>\n");
    }

    private void card(StringBuilder html, AnalysedArticle analysed) {
        Article a = analysed.article();
        String anchor = HtmlText.anchor("article", a.id());
        html.append("<article class=\"card\"");
        if (anchored.add(anchor)) {
            html.append(" id=\"").append(anchor).append('"');
        }
        html.append(">\n");
        html.append("<p class=\"outlet\">").append(escape(Texts.orElse(a.outlet(), "Outlet not shown"))).append("</p>\n");
        html.append("<h4>").append(escape(Texts.orElse(a.title(), "(no headline)"))).append("</h4>\n");
        html.append("<p class=\"meta\">");
        if (a.published() != null) {
            html.append("<time datetime=\"").append(escape(a.published().toIso())).append("\">")
                    .append(escape(Texts.published(a.published()))).append("</time>");
        } else {
            html.append("Date not shown");
        }
        if (!a.authors().isEmpty()) {
            html.append(" · by ").append(escape(String.join(", ", a.authors())));
        }
        html.append("</p>\n");
        // URLs are page text: shown, never linked, so the report makes no request of its own.
        html.append("<p class=\"source\">").append(escape(a.url() != null ? a.url() : a.source())).append("</p>\n");
        headline(html, analysed.headline());
        statements(html, analysed.statements(), a.body());
        html.append("<details><summary>Full article text</summary>\n<div class=\"body\">")
                .append(HtmlText.highlight(a.body(), new Span(0, a.body().length()),
                        analysed.statements().stream().map(Statement::content).toList()))
                .append("</div>\n</details>\n");
        html.append("</article>\n");
    }

    private static void headline(StringBuilder html, HeadlineCheck check) {
        if (check == null || check.supported() == null) {
            return;
        }
        if (check.supported()) {
            html.append("<p class=\"ok\">✓ Headline borne out by the article</p>\n");
        } else {
            html.append("<div class=\"flag\"><strong>⚠ Headline not supported by its own article.</strong> ")
                    .append(escape(check.reason())).append("</div>\n");
        }
    }

    private static void statements(StringBuilder html, List<Statement> statements, String body) {
        if (statements.isEmpty()) {
            return;
        }
        html.append("<h5>Statements</h5>\n<ul class=\"statements\">\n");
        for (Statement s : statements) {
            html.append("<li><b>").append(escape(s.speaker())).append("</b> <span class=\"kind\">")
                    .append(escape(s.kind().jsonName())).append("</span> ")
                    .append("<span class=\"muted\">").append(escape(s.cue())).append("</span>");
            if (s.saidOn() != null) {
                html.append(" <span class=\"muted\">(").append(s.saidOn()).append(")</span>");
            }
            html.append(": “").append(escape(Texts.slice(body, s.content()))).append("”</li>\n");
        }
        html.append("</ul>\n");
    }
}
