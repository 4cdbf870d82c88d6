package org.openics.analytics;

/**
 * One computed value. The benchmark is the ICS value (England-style); the parent is the next level up.
 * Limits are null where the method does not give them; a suppressed value carries no numbers.
 */
public record IndicatorValue(String indicatorId, Level level, String code, String name, Breakdown breakdown,
        String category, String period, Double numerator, Double denominator, Double value,
        Double lower95, Double upper95, Double lower998, Double upper998,
        boolean suppressed, String suppressionReason,
        Comparison vsBenchmark95, Comparison vsBenchmark998,
        Comparison vsParent95, Comparison vsParent998) {
}
