package org.openics.analytics;

import java.util.List;

/**
 * Slope and relative index of inequality across the deprivation deciles within the area ({@code deciles}: breakdown
 * {@link Breakdown#LOCAL_DEPRIVATION_DECILE}), and the gap between England's most and least deprived quintiles.
 * Where the method does not apply to the data, the index is null and its note says why ({@link ValidityNote}); a
 * published index has no note.
 */
public record Inequality(
        String indicatorId,
        Level level,
        String code,
        Double sii,
        Double siiLower95,
        Double siiUpper95,
        Double rii,
        Double riiLower95,
        Double riiUpper95,
        Double gapMostVsLeastDeprivedQuintile,
        List<IndicatorValue> deciles,
        ValidityNote siiNotCalculated,
        ValidityNote riiNotCalculated) {

    /** Indices without notes (both calculated, or built before notes existed). */
    public Inequality(
            String indicatorId,
            Level level,
            String code,
            Double sii,
            Double siiLower95,
            Double siiUpper95,
            Double rii,
            Double riiLower95,
            Double riiUpper95,
            Double gapMostVsLeastDeprivedQuintile,
            List<IndicatorValue> deciles) {
        this(
                indicatorId,
                level,
                code,
                sii,
                siiLower95,
                siiUpper95,
                rii,
                riiLower95,
                riiUpper95,
                gapMostVsLeastDeprivedQuintile,
                deciles,
                null,
                null);
    }
}
