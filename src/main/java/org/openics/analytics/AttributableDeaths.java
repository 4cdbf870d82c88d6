package org.openics.analytics;

/**
 * Deaths attributable to socioeconomic inequality: observed deaths minus those expected had every
 * age group died at the least deprived quintile's rates; share = attributable / observed.
 */
public record AttributableDeaths(Level level, String code, String name, long observed, double expected,
        double attributable, double share) {
}
