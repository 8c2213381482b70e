package dev.corroborate.group;

import java.util.HashMap;
import java.util.Map;

/** How many articles hold each term, updated as articles arrive. */
final class DocumentFrequencies {
    private final Map<String, Integer> frequency;
    private int documents;

    DocumentFrequencies() {
        this(new HashMap<>(), 0);
    }

    private DocumentFrequencies(Map<String, Integer> frequency, int documents) {
        this.frequency = frequency;
        this.documents = documents;
    }

    void add(TermCounts counts) {
        counts.forEach((term, count) -> frequency.merge(term, 1, Integer::sum));
        documents++;
    }

    int documents() {
        return documents;
    }

    /**
     * Smoothed, so that words every article shares still count a little: small corpora have many of them. A term
     * this snapshot has not seen counts as seen once.
     */
    double idf(String term) {
        int df = Math.max(1, frequency.getOrDefault(term, 0));
        return Math.log(1 + (double) Math.max(1, documents) / df);
    }

    DocumentFrequencies copy() {
        return new DocumentFrequencies(new HashMap<>(frequency), documents);
    }
}
