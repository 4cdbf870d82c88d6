package org.openics.analytics.statistics;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** Exact quantiles from Apache Commons Statistics, with the edge cases R's {@code qchisq} and {@code qt} define. */
final class Distributions {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Distributions() {}

    /** Quantiles asked for again and again (the tails of 95% and 99.8%), remembered: the same value, computed once. */
    private static final java.util.Map<Double, Double> NORMAL_QUANTILES =
            new java.util.concurrent.ConcurrentHashMap<>();

    static double normalQuantile(double p) {
        Double known = NORMAL_QUANTILES.get(p);
        if (known != null) {
            return known;
        }
        double q = randomNormalQuantile(p);
        if (NORMAL_QUANTILES.size() < 1000) {
            NORMAL_QUANTILES.put(p, q);
        }
        return q;
    }

    /** The quantile without the memory, for random draws that never repeat. */
    static double randomNormalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    /** Chi-squared quantile; with zero degrees of freedom the distribution is a point mass at 0, as in R. */
    static double chiSquaredQuantile(double p, double degreesOfFreedom) {
        if (degreesOfFreedom == 0) {
            return 0;
        }
        return ChiSquaredDistribution.of(degreesOfFreedom).inverseCumulativeProbability(p);
    }

    /** Student's t quantile; undefined (NaN) below one degree of freedom. */
    static double studentTQuantile(double p, double degreesOfFreedom) {
        if (!(degreesOfFreedom >= 1)) {
            return Double.NaN;
        }
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(p);
    }
}
