package org.openics.analytics;

import java.util.Optional;

/** One indicator of the catalogue, as declared in {@code analytics/indicators.yaml}. */
public record Indicator(
        String id,
        String title,
        String definition,
        String numerator,
        String denominator,
        Statistic statistic,
        double multiplier,
        Polarity polarity,
        String period,
        String source,
        String unit,
        String domain,
        Optional<Double> target,
        boolean headline) {}
