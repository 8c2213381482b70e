package dev.corroborate.report;

import dev.corroborate.core.Claim;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Evidence;

import java.util.List;

import static dev.corroborate.report.HtmlText.escape;

/**
 * Writes one event's coverage comparison: what several outlets report beside what only one does, each claim with
 * the sentences it came from and their outlets.
 */
final class HtmlCoverage {

    void append(StringBuilder html, EventCoverage coverage) {
        html.append("<div class=\"coverage\">\n");
        column(html, "agree", "What several outlets report", coverage.corroborated(),
                "No claim is reported by more than one outlet.");
        column(html, "single", "Reported by one outlet only", coverage.singleSource(),
                "Every claim is reported by more than one outlet.");
        html.append("</div>\n");
    }

    private static void column(StringBuilder html, String cssClass, String heading, List<Claim> claims, String none) {
        html.append("<div class=\"").append(cssClass).append("\">\n<h4>").append(heading)
                .append(" <span class=\"muted\">(").append(claims.size()).append(")</span></h4>\n");
        if (claims.isEmpty()) {
            html.append("<p class=\"muted\">").append(none).append("</p>\n");
        }
        for (Claim claim : claims) {
            html.append("<div class=\"claim\">\n<p class=\"summary\">");
            if (claim.speaker() != null) {
                html.append(escape(claim.speaker())).append(": ");
            }
            html.append(escape(claim.summary())).append("</p>\n<p class=\"meta\">")
                    .append(Texts.support(claim)).append("</p>\n");
            html.append("<ul class=\"evidence\">\n");
            for (Evidence ev : claim.evidence()) {
                html.append("<li><blockquote>").append(escape(ev.text())).append("</blockquote>")
                        .append("<cite><a href=\"#").append(HtmlText.anchor("article", ev.articleId())).append("\">")
                        .append(escape(Texts.orElse(ev.outlet(), "Outlet not shown"))).append("</a>")
                        .append(ev.copyOf() == null ? "" : " (copy)").append("</cite></li>\n");
            }
            html.append("</ul>\n</div>\n");
        }
        html.append("</div>\n");
    }
}
