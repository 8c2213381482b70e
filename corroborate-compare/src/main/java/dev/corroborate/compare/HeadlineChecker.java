package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.corroborate.core.Article;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.nlp.Terms;

/**
 * Checks a headline against its own article: most of its content words must appear in the body, and any verb of
 * action or stance it asserts ("urged", "orders", "bans") must be borne out there — a headline that says someone
 * urged or ordered what the body never reports is flagged.
 */
public final class HeadlineChecker {
    /** Headlines paraphrase freely ("cranes restart at dawn"); only a headline about something else falls below. */
    private static final double MIN_COVERAGE = 0.25;
    /** Verbs whose claim a body must repeat: who did what to whom. Stems, as {@link Terms} makes them. */
    private static final Set<String> ASSERTIVE = Set.copyOf(List.of(
        "urg", "urged", "urge", "order", "ordered", "orders", "ban", "bann", "banned", "bans", "demand", "demands",
        "reject", "rejects", "refus", "refuse", "den", "deny", "denies", "admit", "admits", "admitt", "warn", "warns",
        "threaten", "threat", "vow", "vows", "accus", "accuse", "blam", "blame", "slam", "slams", "fire", "fired",
        "sack", "sacked", "arrest", "quit", "quits", "resign", "resigns", "condemn", "condemns", "forc", "force",
        "forces", "scrap", "scraps", "halt", "halts", "cancel", "cancels", "confirm", "confirms", "approv",
        "approve", "approves", "veto", "vetoes", "sue", "sues", "push", "pushes", "press", "presses", "call", "calls"));

    public HeadlineCheck check(Article article) {
        if (article.title() == null || article.title().isBlank()) {
            return HeadlineCheck.noHeadline();
        }
        List<String> headline = Terms.stems(article.title());
        if (headline.isEmpty()) {
            return new HeadlineCheck(null, 0, "headline has no content words");
        }
        Set<String> body = new HashSet<>(Terms.stems(article.body()));
        int found = 0;
        List<String> missingVerbs = new ArrayList<>();
        for (String stem : headline) {
            if (body.contains(stem)) {
                found++;
            } else if (ASSERTIVE.contains(stem)) {
                missingVerbs.add(stem);
            }
        }
        double coverage = (double) found / headline.size();
        if (!missingVerbs.isEmpty()) {
            return new HeadlineCheck(false, coverage, "the headline says \"" + String.join("\", \"", wordsFor(article.title(), missingVerbs))
                + "\" but the article never reports it");
        }
        if (coverage < MIN_COVERAGE) {
            return new HeadlineCheck(false, coverage, String.format(Locale.ROOT,
                "only %.0f%% of the headline's content words appear in the article", coverage * 100));
        }
        return new HeadlineCheck(true, coverage, String.format(Locale.ROOT,
            "%.0f%% of the headline's content words appear in the article", coverage * 100));
    }

    private static List<String> wordsFor(String title, List<String> stems) {
        List<String> words = new ArrayList<>();
        for (String word : title.split("[^\\p{L}]+")) {
            List<String> s = Terms.stems(word);
            if (!s.isEmpty() && stems.contains(s.get(0))) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
