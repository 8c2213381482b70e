package dev.corroborate.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {
    private final MinHasher hasher = new MinHasher();

    @Test
    void rewriteIsACandidateAndAnIndependentReportIsNot() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("wire", hasher.signatureOf(SyndicationFixtures.WIRE));
        index.add("own", hasher.signatureOf(SyndicationFixtures.OWN_REPORT));

        List<String> found = index.candidatesOf(hasher.signatureOf(SyndicationFixtures.REWRITE)).stream()
            .map(NearDuplicateIndex.Candidate::id).toList();

        assertEquals(List.of("wire"), found);
    }

    @Test
    void bodyWithoutWordsHasNoCandidates() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        index.add("empty", hasher.signatureOf(""));

        assertEquals(List.of(), index.candidatesOf(hasher.signatureOf("")));
        assertEquals(1, index.size());
    }

    @Test
    void signatureShorterThanTheBandsIsRefused() {
        NearDuplicateIndex index = new NearDuplicateIndex();
        assertThrows(IllegalArgumentException.class, () -> index.add("x", new MinHasher(16, 1).signatureOf("a b c")));
    }
}
