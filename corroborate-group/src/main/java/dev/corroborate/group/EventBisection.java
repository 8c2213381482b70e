package dev.corroborate.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an event's members into the two groups that are each most alike within: two-means over term profiles,
 * seeded with the member least like the event's centre and the member least like that one. Deterministic: ties go
 * to the lower article id, and an article equally near both groups stays in the first.
 */
final class EventBisection {
    /** Two-means settles within a few rounds on news; the cap only bounds the cost. */
    static final int ROUNDS = 10;

    /** The two groups, as events; null when the members do not fall apart into two. */
    static List<EventCluster> of(EventCluster event) {
        List<ArticleProfile> members = new ArrayList<>(event.members);
        if (members.size() < 2) {
            return null;
        }
        members.sort(Comparator.comparing(ArticleProfile::articleId));
        ArticleProfile first = nearest(members, p -> -event.similarity(p.terms()));
        ArticleProfile second = nearest(members, p -> p == first ? Double.MAX_VALUE : Vectors.dot(first.terms(), p.terms()));
        EventCluster a = new EventCluster("a");
        EventCluster b = new EventCluster("b");
        a.add(first);
        b.add(second);
        for (int round = 0; round < ROUNDS; round++) {
            EventCluster nextA = new EventCluster("a");
            EventCluster nextB = new EventCluster("b");
            for (ArticleProfile p : members) {
                (a.similarity(p.terms()) >= b.similarity(p.terms()) ? nextA : nextB).add(p);
            }
            boolean settled = nextA.members.equals(a.members) && nextB.members.equals(b.members);
            a = nextA;
            b = nextB;
            if (settled || a.members.isEmpty() || b.members.isEmpty()) {
                break;
            }
        }
        return a.members.isEmpty() || b.members.isEmpty() ? null : List.of(a, b);
    }

    /** The member with the least key, the first in id order on a tie. */
    private static ArticleProfile nearest(List<ArticleProfile> members, java.util.function.ToDoubleFunction<ArticleProfile> key) {
        ArticleProfile best = null;
        double least = Double.MAX_VALUE;
        for (ArticleProfile p : members) {
            double k = key.applyAsDouble(p);
            if (best == null || k < least) {
                best = p;
                least = k;
            }
        }
        return best;
    }

    private EventBisection() {
    }
}
