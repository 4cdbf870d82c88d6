package org.openics.analytics.indicators;

import org.openics.analytics.Comparison;
import org.openics.analytics.Polarity;

/**
 * Fingertips' comparison of a value with a benchmark: the benchmark's value is set against the unit's
 * confidence interval — inside it, similar; the whole interval above, higher; below, lower — then read
 * as better or worse by the indicator's polarity (higher or lower when it has none).
 */
public final class Comparisons {

    private Comparisons() {}

    public static Comparison compare(Double lower, Double upper, Double benchmark, Polarity polarity) {
        if (lower == null
                || upper == null
                || benchmark == null
                || lower.isNaN()
                || upper.isNaN()
                || benchmark.isNaN()) {
            return Comparison.NOT_COMPARED;
        }
        if (lower > benchmark) {
            return higher(polarity);
        }
        if (upper < benchmark) {
            return lower(polarity);
        }
        return Comparison.SIMILAR;
    }

    private static Comparison higher(Polarity polarity) {
        return switch (polarity) {
            case HIGH_IS_GOOD -> Comparison.BETTER;
            case LOW_IS_GOOD -> Comparison.WORSE;
            case NO_JUDGEMENT -> Comparison.HIGHER;
        };
    }

    private static Comparison lower(Polarity polarity) {
        return switch (polarity) {
            case HIGH_IS_GOOD -> Comparison.WORSE;
            case LOW_IS_GOOD -> Comparison.BETTER;
            case NO_JUDGEMENT -> Comparison.LOWER;
        };
    }
}
