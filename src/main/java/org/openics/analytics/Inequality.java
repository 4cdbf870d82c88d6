package org.openics.analytics;

import java.util.List;

/** Slope and relative index of inequality across deprivation deciles, and the most vs least deprived quintile gap. */
public record Inequality(String indicatorId, Level level, String code, Double sii, Double siiLower95, Double siiUpper95,
        Double rii, Double riiLower95, Double riiUpper95, Double gapMostVsLeastDeprivedQuintile,
        List<IndicatorValue> deciles) {
}
