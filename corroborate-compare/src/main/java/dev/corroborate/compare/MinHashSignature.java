package dev.corroborate.compare;

import java.util.Arrays;

/**
 * The MinHash signature of one body: for each hash function, the least hash over the body's shingles. The share of
 * positions where two signatures agree estimates the Jaccard similarity of the two shingle sets.
 */
public final class MinHashSignature {
    private final long[] values;
    private final int shingles;

    /**
     * @param values   the least hash per function
     * @param shingles how many distinct shingles the body had
     */
    MinHashSignature(long[] values, int shingles) {
        this.values = values.clone();
        this.shingles = shingles;
    }

    /** @return how many distinct shingles the body had; 0 for a body without words */
    public int shingles() {
        return shingles;
    }

    /** @return how many values (hash functions) the signature has */
    public int length() {
        return values.length;
    }

    /** @return the value of hash function k */
    public long value(int k) {
        return values[k];
    }

    /** @return the estimated Jaccard similarity of the two bodies' shingle sets, 0 when either has none */
    public double estimatedJaccard(MinHashSignature other) {
        if (other.values.length != values.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + values.length + " and "
                + other.values.length);
        }
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < values.length; k++) {
            if (values[k] == other.values[k]) {
                same++;
            }
        }
        return same / (double) values.length;
    }

    /** @return the hash of rows [from, from + rows) together: the bucket of one LSH band */
    long bandKey(int from, int rows) {
        long h = from;
        for (int k = from; k < from + rows; k++) {
            h = Mixer.mix(h ^ values[k]);
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MinHashSignature s && s.shingles == shingles && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + shingles;
    }
}
