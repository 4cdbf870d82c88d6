package org.openics.analytics.statistics;

import java.util.List;

/** A crude rate x / n per multiplier, with exact Poisson limits below 10 events and Byar's from 10. */
public final class Rates {

    private Rates() {}

    public static Estimate crude(double x, double n, double multiplier, List<Confidence> levels) {
        if (x < 0) {
            throw new IllegalArgumentException("numerators must be greater than or equal to zero");
        }
        if (n <= 0) {
            throw new IllegalArgumentException("denominators must be greater than zero");
        }
        return new Estimate(
                x / n * multiplier,
                levels.stream()
                        .map(c -> new Limits(
                                c, Byars.countLower(x, c) / n * multiplier, Byars.countUpper(x, c) / n * multiplier))
                        .toList());
    }
}
