package org.openics.analytics.cohorts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How many people meet a cohort definition, with breakdowns, small numbers suppressed: what an analyst sees.
 *
 * @param population everyone alive at the reference date in the facts (the denominator a proportion would use)
 */
public record CohortCount(
        CohortDefinition definition,
        LocalDate asAt,
        SuppressedCount total,
        long population,
        Map<CohortBreakdown, List<SuppressedCount>> breakdowns,
        String suppressionRule,
        List<String> notes) {

    public CohortCount {
        breakdowns = Map.copyOf(breakdowns);
        notes = List.copyOf(notes);
    }
}
