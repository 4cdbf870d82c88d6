package org.openics.analytics.statistics;

/**
 * Normal deviates identical to R's defaults after {@code set.seed(seed)}: the Mersenne-Twister seeded
 * with R's scrambling, and inversion of a 2^27-resolution uniform. The simulated limits of the SII then
 * match R's for the same seed, instead of being merely reproducible.
 */
final class RCompatibleNormals {

    private static final int N = 624;
    private static final int M = 397;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;
    private static final int MATRIX_A = 0x9908b0df;
    private static final double TWO_TO_MINUS_32 = 2.3283064365386963e-10;
    private static final double HALF_ULP = 0.5 * 2.328306437080797e-10;
    private static final double BIG = 134217728;

    private final int[] mt = new int[N];
    private int mti;

    RCompatibleNormals(int seed) {
        int s = seed;
        for (int j = 0; j < 50; j++) {
            s = 69069 * s + 1;
        }
        // R fills 625 words: the position word first (then reset to 624), then the 624 words of state
        s = 69069 * s + 1;
        for (int j = 0; j < N; j++) {
            s = 69069 * s + 1;
            mt[j] = s;
        }
        mti = N;
    }

    /** A uniform in (0, 1), never exactly 0 or 1. */
    double uniform() {
        double x = next() * TWO_TO_MINUS_32;
        if (x <= 0) {
            return HALF_ULP;
        }
        if (1 - x <= 0) {
            return 1 - HALF_ULP;
        }
        return x;
    }

    /** A normal deviate with this mean and standard deviation; no draw at all when sd is 0, as in R. */
    double normal(double mean, double sd) {
        if (sd == 0 || !Double.isFinite(mean)) {
            return mean;
        }
        double u = uniform();
        u = (int) (BIG * u) + uniform();
        return mean + sd * Distributions.randomNormalQuantile(u / BIG);
    }

    private long next() {
        if (mti >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            }
            int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }
}
