package org.openics.analytics;

/**
 * One computed value. The benchmark is the ICS value (England-style); the parent is the next level up.
 * Limits are null where the method does not give them; a suppressed value carries no numbers. A value the
 * validity layer withheld is suppressed, with {@code note} saying why (typed); a value shown as none
 * (attributable deaths below zero) carries the note unsuppressed.
 */
public record IndicatorValue(
        String indicatorId,
        Level level,
        String code,
        String name,
        Breakdown breakdown,
        String category,
        String period,
        Double numerator,
        Double denominator,
        Double value,
        Double lower95,
        Double upper95,
        Double lower998,
        Double upper998,
        boolean suppressed,
        String suppressionReason,
        Comparison vsBenchmark95,
        Comparison vsBenchmark998,
        Comparison vsParent95,
        Comparison vsParent998,
        ValidityNote note) {

    /** A value without a validity note. */
    public IndicatorValue(
            String indicatorId,
            Level level,
            String code,
            String name,
            Breakdown breakdown,
            String category,
            String period,
            Double numerator,
            Double denominator,
            Double value,
            Double lower95,
            Double upper95,
            Double lower998,
            Double upper998,
            boolean suppressed,
            String suppressionReason,
            Comparison vsBenchmark95,
            Comparison vsBenchmark998,
            Comparison vsParent95,
            Comparison vsParent998) {
        this(
                indicatorId,
                level,
                code,
                name,
                breakdown,
                category,
                period,
                numerator,
                denominator,
                value,
                lower95,
                upper95,
                lower998,
                upper998,
                suppressed,
                suppressionReason,
                vsBenchmark95,
                vsBenchmark998,
                vsParent95,
                vsParent998,
                null);
    }
}
