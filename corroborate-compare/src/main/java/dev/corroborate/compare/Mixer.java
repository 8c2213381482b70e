package dev.corroborate.compare;

/** A 64-bit finaliser (the SplitMix64 step): spreads every input bit over the output, so xor-ed seeds act as independent hash functions. */
final class Mixer {
    private Mixer() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
