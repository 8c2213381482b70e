package dev.corroborate.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
    private final MinHasher hasher = new MinHasher();

    @Test
    void shinglesIgnoreCaseQuotesAndLayout() {
        assertEquals(Arrays.toString(Shingles.of("“Today the boats stay tied up,” she said.")),
            Arrays.toString(Shingles.of("\"today   the boats\nstay tied UP\" -- she said")));
    }

    @Test
    void textShorterThanOneShingleIsOneShingleAndEmptyTextNone() {
        assertEquals(1, Shingles.of("Boats stay tied.").length);
        assertEquals(0, Shingles.of(" -- ").length);
        assertEquals(0, hasher.signatureOf("").shingles());
        assertEquals(0.0, hasher.signatureOf("").estimatedJaccard(hasher.signatureOf("")));
    }

    @Test
    void sameTextSameSignatureOnEveryHasherWithTheSameSeed() {
        MinHashSignature a = hasher.signatureOf(SyndicationFixtures.WIRE);
        assertEquals(a, new MinHasher().signatureOf(SyndicationFixtures.WIRE));
        assertEquals(1.0, a.estimatedJaccard(new MinHasher().signatureOf(SyndicationFixtures.WIRE)));
        assertNotEquals(a, new MinHasher(MinHasher.HASHES, 7).signatureOf(SyndicationFixtures.WIRE));
    }

    @Test
    void estimateIsCloseToTheExactJaccard() {
        long[] a = Shingles.of(SyndicationFixtures.WIRE);
        long[] b = Shingles.of(SyndicationFixtures.REWRITE);
        double exact = jaccard(a, b);
        double estimate = hasher.signatureOf(a).estimatedJaccard(hasher.signatureOf(b));
        assertTrue(Math.abs(exact - estimate) < 0.15, "exact " + exact + ", estimate " + estimate);
    }

    @Test
    void rewriteIsFarCloserToTheWireThanAnIndependentReport() {
        MinHashSignature wire = hasher.signatureOf(SyndicationFixtures.WIRE);
        double rewrite = wire.estimatedJaccard(hasher.signatureOf(SyndicationFixtures.REWRITE));
        double own = wire.estimatedJaccard(hasher.signatureOf(SyndicationFixtures.OWN_REPORT));
        assertTrue(rewrite >= CopyFinder.SAME_TEXT, "rewrite " + rewrite);
        assertTrue(own < 0.2, "own report " + own);
    }

    private static double jaccard(long[] a, long[] b) {
        long common = Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).count();
        return common / (double) (a.length + b.length - common);
    }
}
