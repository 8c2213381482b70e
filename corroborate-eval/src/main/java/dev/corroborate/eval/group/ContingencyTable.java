package dev.corroborate.eval.group;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many items each (gold class, predicted cluster) pair shares, with the size of every class and cluster: both
 * the pairwise and the BCubed scores are sums over these counts, so neither needs to look at item pairs one by one.
 */
final class ContingencyTable {
    private final int items;
    private final Map<String, Integer> goldSizes = new HashMap<>();
    private final Map<String, Integer> predictedSizes = new HashMap<>();
    private final Map<Cell, Integer> cells = new HashMap<>();

    /**
     * @param gold      item to its gold class
     * @param predicted item to its predicted cluster; must cover exactly the same items
     */
    ContingencyTable(Map<String, String> gold, Map<String, String> predicted) {
        if (!gold.keySet().equals(predicted.keySet())) {
            throw new IllegalArgumentException("gold and predicted clusterings must cover the same items");
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException("no items to score");
        }
        items = gold.size();
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String goldClass = Objects.requireNonNull(e.getValue(), "gold class of " + e.getKey());
            String cluster = Objects.requireNonNull(predicted.get(e.getKey()), "predicted cluster of " + e.getKey());
            goldSizes.merge(goldClass, 1, Integer::sum);
            predictedSizes.merge(cluster, 1, Integer::sum);
            cells.merge(new Cell(goldClass, cluster), 1, Integer::sum);
        }
    }

    int items() {
        return items;
    }

    Map<String, Integer> goldSizes() {
        return goldSizes;
    }

    Map<String, Integer> predictedSizes() {
        return predictedSizes;
    }

    Map<Cell, Integer> cells() {
        return cells;
    }

    /** Unordered pairs among n items. */
    static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    record Cell(String goldClass, String cluster) {
    }
}
