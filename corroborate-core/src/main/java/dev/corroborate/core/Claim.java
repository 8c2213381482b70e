package dev.corroborate.core;

import java.util.List;

/**
 * A proposition that one or more articles of an event state.
 *
 * @param speaker  who it is attributed to, or null for the outlet's own reporting
 * @param summary  the clearest wording among its evidence
 * @param evidence the sentences that state it, one or more per article
 * @param support  CORROBORATED when two or more independent articles state it (copies count under their original),
 *                 else SINGLE_SOURCE
 */
public record Claim(String speaker, String summary, List<Evidence> evidence, Support support) {
    public Claim {
        evidence = List.copyOf(evidence);
    }

    /** How many articles stand behind a claim. */
    public enum Support { CORROBORATED, SINGLE_SOURCE }

    public long articleCount() {
        return evidence.stream().map(Evidence::articleId).distinct().count();
    }

    /** @return how many independent articles stand behind it: a copy and its original count once */
    public long sourceCount() {
        return evidence.stream().map(Evidence::sourceArticleId).distinct().count();
    }
}
