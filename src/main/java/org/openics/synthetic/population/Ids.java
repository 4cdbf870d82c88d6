package org.openics.synthetic.population;

import java.util.UUID;

/** Stable ids and random streams derived from the seed, so that output is identical run to run. */
public final class Ids {

    private Ids() {}

    /** SplitMix64 finaliser: a well-mixed 64-bit value from any input. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long mix(long a, long b) {
        return mix(mix(a) + 0x9E3779B97F4A7C15L * (b + 1));
    }

    /** A version-4-shaped UUID for the seq-th record of a kind belonging to person {@code index}. */
    public static String uuid(long seed, long index, int kind, int seq) {
        long hi = mix(mix(seed, index), ((long) kind << 32) | (seq & 0xffffffffL));
        long lo = mix(hi, seed);
        hi = (hi & 0xffffffffffff0fffL) | 0x0000000000004000L;
        lo = (lo & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
