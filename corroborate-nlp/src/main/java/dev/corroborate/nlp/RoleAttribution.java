package dev.corroborate.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.RoleEvidence;
import dev.corroborate.core.Statement;

/**
 * The corpus pass for role speakers: a statement by "the Secretary General" in an article that names no holder goes
 * to the person the other articles name in that office at the article's date, with the evidence kept on the
 * statement. What the timeline cannot tell stays unattributed. A pure function of the articles.
 */
public final class RoleAttribution {
    private final int windowDays;

    public RoleAttribution() {
        this(RoleTimeline.DEFAULT_WINDOW_DAYS);
    }

    /** @param windowDays how far from the article's date an observation of the office still counts */
    public RoleAttribution(int windowDays) {
        this.windowDays = windowDays;
    }

    public List<AnalysedArticle> attribute(List<AnalysedArticle> articles) {
        RoleTimeline timeline = RoleTimeline.learn(articles, windowDays);
        List<AnalysedArticle> out = new ArrayList<>(articles.size());
        for (AnalysedArticle a : articles) {
            out.add(a.roleSpoken().isEmpty() || a.article().published() == null ? a : attribute(a, timeline));
        }
        return out;
    }

    private static AnalysedArticle attribute(AnalysedArticle a, RoleTimeline timeline) {
        List<Statement> statements = new ArrayList<>(a.statements());
        List<Statement> waiting = new ArrayList<>();
        for (Statement s : a.roleSpoken()) {
            Optional<RoleEvidence> holder = timeline.holderAt(s.speaker(), a.article().published().date());
            if (holder.isPresent()) {
                insertInBodyOrder(statements, s.attributedTo(holder.get()));
            } else {
                waiting.add(s);
            }
        }
        if (waiting.size() == a.roleSpoken().size()) {
            return a;
        }
        return a.withStatements(statements, waiting);
    }

    /** Before the first statement that starts later, leaving the article's own order as it was. */
    private static void insertInBodyOrder(List<Statement> statements, Statement added) {
        int at = 0;
        while (at < statements.size() && statements.get(at).content().start() <= added.content().start()) {
            at++;
        }
        statements.add(at, added);
    }
}
