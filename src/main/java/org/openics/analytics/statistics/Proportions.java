package org.openics.analytics.statistics;

import java.util.List;

/** A proportion x / n with Wilson score limits, optionally scaled (100 for a percentage). */
public final class Proportions {

    private Proportions() {}

    public static Estimate of(double x, double n, double multiplier, List<Confidence> levels) {
        if (x < 0) {
            throw new IllegalArgumentException("numerators must be greater than or equal to zero");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("denominators must be greater than zero");
        }
        if (x > n) {
            throw new IllegalArgumentException(
                    "numerators must be less than or equal to denominator for a proportion statistic");
        }
        return new Estimate(
                x / n * multiplier,
                levels.stream()
                        .map(c -> new Limits(c, Wilson.lower(x, n, c) * multiplier, Wilson.upper(x, n, c) * multiplier))
                        .toList());
    }
}
