package dev.corroborate.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** The most weighted terms of an article or an event's centre: the keys events are indexed and labelled by. */
final class TopTerms {
    /** How many strong terms an article or a centre is indexed under. */
    static final int INDEX_TERMS = 12;

    private TopTerms() {
    }

    /** The k most weighted terms, ties in term order; a bounded heap, as centres hold thousands of terms. */
    static List<String> of(Map<String, Double> terms, int k) {
        Comparator<Map.Entry<String, Double>> weaker = Map.Entry.<String, Double>comparingByValue()
            .thenComparing(Map.Entry.<String, Double>comparingByKey().reversed());
        PriorityQueue<Map.Entry<String, Double>> heap = new PriorityQueue<>(k + 1, weaker);
        for (var e : terms.entrySet()) {
            if (heap.size() < k) {
                heap.add(e);
            } else if (weaker.compare(e, heap.peek()) > 0) {
                heap.poll();
                heap.add(e);
            }
        }
        List<Map.Entry<String, Double>> top = new ArrayList<>(heap);
        top.sort(weaker.reversed());
        return top.stream().map(Map.Entry::getKey).toList();
    }
}
