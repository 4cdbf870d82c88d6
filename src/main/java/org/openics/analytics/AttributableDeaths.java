package org.openics.analytics;

/**
 * Deaths attributable to socioeconomic inequality: observed deaths minus those expected had every
 * age group died at the least deprived quintile's rates; share = attributable / observed. Where fewer died than
 * expected, attributable and share are 0 (none) and {@code note} says so: the method's source publishes no
 * negative attributable deaths.
 */
public record AttributableDeaths(
        Level level,
        String code,
        String name,
        long observed,
        double expected,
        double attributable,
        double share,
        ValidityNote note) {

    public AttributableDeaths(
            Level level, String code, String name, long observed, double expected, double attributable, double share) {
        this(level, code, name, observed, expected, attributable, share, null);
    }
}
