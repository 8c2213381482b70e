package dev.corroborate.eval.group;

import java.util.Map;

/**
 * BCubed clustering scores (Bagga and Baldwin 1998; Amigó et al. 2009): for each item, precision is the share of
 * its predicted cluster that is in its gold class, recall the share of its gold class that is in its predicted
 * cluster; both are averaged over items and F1 is made from the two averages.
 */
public final class BCubedScores {
    private BCubedScores() {
    }

    /**
     * @param gold      item to its gold class
     * @param predicted item to its predicted cluster, over the same items
     * @return BCubed precision, recall and F1
     */
    public static PrecisionRecall of(Map<String, String> gold, Map<String, String> predicted) {
        ContingencyTable table = new ContingencyTable(gold, predicted);
        // Each of the n items in a cell scores n / |cluster| and n / |class|, so a cell adds n² / size.
        double precisionSum = 0;
        double recallSum = 0;
        for (Map.Entry<ContingencyTable.Cell, Integer> cell : table.cells().entrySet()) {
            double shared = cell.getValue();
            precisionSum += shared * shared / table.predictedSizes().get(cell.getKey().cluster());
            recallSum += shared * shared / table.goldSizes().get(cell.getKey().goldClass());
        }
        return PrecisionRecall.of(precisionSum / table.items(), recallSum / table.items());
    }
}
