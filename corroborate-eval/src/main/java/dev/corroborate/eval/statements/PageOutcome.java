package dev.corroborate.eval.statements;

import java.util.List;

/**
 * One page's statements after matching, for error analysis.
 *
 * @param page          the page id
 * @param gold          the gold statements
 * @param predicted     the predicted statements, placed on the gold body where possible
 * @param matched       pairs matched ignoring the speaker
 * @param speakerRight  pairs matched with the speaker required
 * @param failure       why the page gave no prediction, or null
 */
public record PageOutcome(String page, List<GoldStatement> gold, List<Predicted> predicted,
                          List<StatementMatcher.Pair> matched, List<StatementMatcher.Pair> speakerRight,
                          String failure) {
    public PageOutcome {
        gold = List.copyOf(gold);
        predicted = List.copyOf(predicted);
        matched = List.copyOf(matched);
        speakerRight = List.copyOf(speakerRight);
    }
}
