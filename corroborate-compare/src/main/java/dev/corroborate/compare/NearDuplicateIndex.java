package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of a few rows, and two bodies
 * become candidates when any band agrees in every row. With {@value #BANDS} bands of {@value #ROWS} rows a pair with
 * Jaccard 0.5 is found with probability 1 - (1 - 0.5^4)^32, about 0.87, one with 0.7 almost surely (0.9995), one with
 * 0.2 rarely (0.05); a lookup touches only its own buckets, so finding the candidates of n bodies costs about n.
 */
public final class NearDuplicateIndex {
    public static final int BANDS = 32;
    public static final int ROWS = 4;

    private final int bands;
    private final int rows;
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<MinHashSignature> signatures = new ArrayList<>();

    /** An index cut for {@link MinHasher#HASHES}-value signatures: {@value #BANDS} bands of {@value #ROWS} rows. */
    public NearDuplicateIndex() {
        this(BANDS, ROWS);
    }

    /**
     * @param bands how many bands the signature is cut into
     * @param rows  values per band; bands × rows must not exceed the signature length
     */
    public NearDuplicateIndex(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive: " + bands + " × " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Adds a body under an id; a signature without shingles is kept out, since it resembles nothing. */
    public void add(String id, MinHashSignature signature) {
        checkLength(signature);
        int index = ids.size();
        ids.add(id);
        signatures.add(signature);
        if (signature.shingles() == 0) {
            return;
        }
        for (int b = 0; b < bands; b++) {
            buckets.get(b).computeIfAbsent(signature.bandKey(b * rows, rows), k -> new ArrayList<>()).add(index);
        }
    }

    /** @return the bodies added so far that share a band with the signature, in the order they were added */
    public List<Candidate> candidatesOf(MinHashSignature signature) {
        checkLength(signature);
        if (signature.shingles() == 0) {
            return List.of();
        }
        BitSet hits = new BitSet(ids.size());
        for (int b = 0; b < bands; b++) {
            List<Integer> bucket = buckets.get(b).get(signature.bandKey(b * rows, rows));
            if (bucket != null) {
                bucket.forEach(hits::set);
            }
        }
        List<Candidate> candidates = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            candidates.add(new Candidate(ids.get(i), signature.estimatedJaccard(signatures.get(i))));
        }
        return candidates;
    }

    /** @return how many bodies have been added */
    public int size() {
        return ids.size();
    }

    private void checkLength(MinHashSignature signature) {
        if (signature.length() < bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length() + " values is shorter than "
                + bands + " bands × " + rows + " rows");
        }
    }

    /**
     * A body that shares a band with the one looked up.
     *
     * @param id         the body's id
     * @param similarity the estimated Jaccard similarity of the two
     */
    public record Candidate(String id, double similarity) {
    }
}
