package dev.corroborate.compare;

/**
 * Turns shingle sets into MinHash signatures: hash function k maps a shingle to mix(shingle xor seed k), and the
 * signature keeps each function's least value. The seeds come from one fixed seed, so signatures are the same on
 * every run and machine and can be compared across runs.
 */
public final class MinHasher {
    /** Hash functions per signature: the Jaccard estimate's standard error is at most 0.5 / sqrt(128), about 0.044. */
    public static final int HASHES = 128;
    /** The fixed seed every run derives its hash functions from. */
    public static final long SEED = 0x436f72726f626f72L;

    private final long[] seeds;

    /** The standard hasher: {@value #HASHES} functions from {@link #SEED}. */
    public MinHasher() {
        this(HASHES, SEED);
    }

    /**
     * @param hashes how many hash functions, hence signature values
     * @param seed   where the functions' seeds are drawn from
     */
    public MinHasher(int hashes, long seed) {
        if (hashes < 1) {
            throw new IllegalArgumentException("hashes must be positive: " + hashes);
        }
        seeds = new long[hashes];
        long state = seed;
        for (int k = 0; k < hashes; k++) {
            state += 0x9e3779b97f4a7c15L; // SplitMix64's stream: well-spread, distinct seeds
            seeds[k] = Mixer.mix(state);
        }
    }

    /** @return the signature of a body, over its word shingles */
    public MinHashSignature signatureOf(String body) {
        return signatureOf(Shingles.of(body));
    }

    /** @return the signature of a set of shingle hashes; an empty set gives an empty signature */
    public MinHashSignature signatureOf(long[] shingles) {
        long[] min = new long[seeds.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < seeds.length; k++) {
                long h = Mixer.mix(shingle ^ seeds[k]);
                if (h < min[k]) {
                    min[k] = h;
                }
            }
        }
        return new MinHashSignature(min, shingles.length);
    }
}
