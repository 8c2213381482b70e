package dev.corroborate.report;

import dev.corroborate.core.Article;
import dev.corroborate.core.Statement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.corroborate.report.HtmlText.escape;

/**
 * Writes "Who said what": one block per speaker, each statement shown inside the sentence it came from (the words
 * said in {@code <mark>}), with the day it was said, direct or reported, the cue and the outlet.
 */
final class HtmlWhoSaidWhat {

    void append(StringBuilder html, Map<String, List<SpokenStatement>> bySpeaker) {
        html.append("<section id=\"who-said-what\">\n<h2>Who said what</h2>\n");
        if (bySpeaker.isEmpty()) {
            html.append("<p class=\"muted\">No statements found.</p>\n");
        }
        bySpeaker.forEach((speaker, statements) -> speaker(html, speaker, statements));
        html.append("</section>\n");
    }

    private static void speaker(StringBuilder html, String speaker, List<SpokenStatement> statements) {
        Set<String> filterWords = new LinkedHashSet<>();
        filterWords.add(speaker);
        statements.forEach(s -> filterWords.add(Texts.orElse(s.article().article().outlet(), "")));
        html.append("<section class=\"speaker\" data-filter=\"").append(escape(String.join(" ", filterWords)))
                .append("\">\n<h3>").append(escape(speaker)).append(" <span class=\"muted\">(")
                .append(Texts.count(statements.size(), "statement", "statements")).append(")</span></h3>\n<ol>\n");
        for (SpokenStatement spoken : statements) {
            Statement s = spoken.statement();
            Article a = spoken.article().article();
            html.append("<li>\n<p class=\"meta\">");
            if (s.saidOn() != null) {
                html.append("<time datetime=\"").append(s.saidOn()).append("\">").append(s.saidOn()).append("</time>");
                if (s.saidOnText() != null) {
                    html.append(" (“").append(escape(s.saidOnText())).append("”)");
                }
            } else if (s.saidWithin() != null) {
                html.append("<time datetime=\"").append(s.saidWithin().first()).append("\">")
                        .append(Texts.period(s.saidWithin())).append("</time> (“").append(escape(s.saidOnText()))
                        .append("”)");
            } else {
                // The article's own date is context, not the day it was said: shown as such, never as saidOn.
                html.append("Date not stated");
                if (a.published() != null) {
                    html.append(" (article published ").append(escape(Texts.published(a.published()))).append(')');
                }
            }
            html.append(" · <span class=\"kind\">").append(escape(s.kind().jsonName())).append("</span> · “")
                    .append(escape(s.cue())).append('”');
            if (s.speakerMention() != null && !s.speakerMention().equals(s.speaker())) {
                html.append(" · as “").append(escape(s.speakerMention())).append('”');
            }
            html.append(" · <cite>").append(escape(Texts.orElse(a.outlet(), "Outlet not shown"))).append("</cite>, ")
                    .append("<a href=\"#").append(HtmlText.anchor("article", a.id())).append("\">")
                    .append(escape(Texts.orElse(a.title(), "(no headline)"))).append("</a></p>\n");
            html.append("<blockquote>")
                    .append(HtmlText.highlight(a.body(), s.sentence(), List.of(s.content())))
                    .append("</blockquote>\n</li>\n");
        }
        html.append("</ol>\n</section>\n");
    }
}
