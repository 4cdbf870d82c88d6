package org.openics.analytics.statistics;

import java.util.List;

/**
 * How to compute the slope index of inequality: the indicator type (0 other, 1 rate, 2 proportion),
 * whether to log/logit-transform before the regression, the multiplier (negative reverses polarity and
 * inverts the RII), the number of simulations for the limits (at least 1,000) and the seed that makes
 * them reproducible (the same as R's {@code set.seed}).
 */
public record InequalityOptions(
        int valueType, boolean transform, double multiplier, int repetitions, int seed, List<Confidence> levels) {

    public static final int OTHER = 0;
    public static final int RATE = 1;
    public static final int PROPORTION = 2;
    public static final int DEFAULT_REPETITIONS = 100_000;

    public InequalityOptions {
        if (valueType < OTHER || valueType > PROPORTION) {
            throw new IllegalArgumentException("value type should be 0 (other), 1 (rate) or 2 (proportion)");
        }
        if (transform && valueType == OTHER) {
            throw new IllegalArgumentException("value type should be 1 or 2 when transform is true");
        }
        if (repetitions < 1000) {
            throw new IllegalArgumentException("number of repetitions must be 1000 or greater");
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("give at least one confidence level");
        }
        levels = List.copyOf(levels);
    }

    public static InequalityOptions defaults() {
        return new InequalityOptions(OTHER, false, 1, DEFAULT_REPETITIONS, 1, List.of(Confidence.NINETY_FIVE));
    }
}
