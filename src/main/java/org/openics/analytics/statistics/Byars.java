package org.openics.analytics.statistics;

/**
 * Byar's approximation to the exact Poisson limits of an observed count (Breslow and Day 1987), and the
 * exact limits from the chi-squared distribution that the published methods use below 10 events.
 */
public final class Byars {

    /** Counts below this use the exact Poisson limits. */
    public static final double EXACT_BELOW = 10;

    private Byars() {}

    /** Byar's lower limit of a count; NaN where the approximation goes negative (tiny counts, high levels). */
    public static double lower(double count, Confidence confidence) {
        double z = confidence.z();
        double lower = count * Math.pow(1 - 1 / (9 * count) - z / (3 * Math.sqrt(count)), 3);
        return lower < 0 ? Double.NaN : lower;
    }

    public static double upper(double count, Confidence confidence) {
        double z = confidence.z();
        double next = count + 1;
        return next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
    }

    /** Exact Poisson lower limit of a count: half the chi-squared quantile on 2x degrees of freedom. */
    public static double exactLower(double count, Confidence confidence) {
        return Distributions.chiSquaredQuantile(confidence.lowerTail(), 2 * count) / 2;
    }

    /** Exact Poisson upper limit of a count: half the chi-squared quantile on 2x + 2 degrees of freedom. */
    public static double exactUpper(double count, Confidence confidence) {
        return Distributions.chiSquaredQuantile(confidence.upperTail(), 2 * count + 2) / 2;
    }

    /** Limits of a count: exact below 10 events, Byar's from 10. */
    public static double countLower(double count, Confidence confidence) {
        return count < EXACT_BELOW ? exactLower(count, confidence) : lower(count, confidence);
    }

    public static double countUpper(double count, Confidence confidence) {
        return count < EXACT_BELOW ? exactUpper(count, confidence) : upper(count, confidence);
    }
}
