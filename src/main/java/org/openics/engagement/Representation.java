package org.openics.engagement;

import java.util.List;
import java.util.Optional;

/**
 * Who was heard against who lives there, for one dimension (place, age band, deprivation quintile).
 *
 * @param rows          one per group, in a fixed order
 * @param notCalculated why the comparison with the population is not made (no population for the groups), if so
 */
public record Representation(String dimension, List<Row> rows, long total, Optional<String> notCalculated) {

    public Representation {
        rows = List.copyOf(rows);
    }

    /**
     * @param respondents   respondents (or members) in the group, suppressed when small
     * @param share         their share of those who said which group they are in, percent (null when suppressed)
     * @param population    residents of the group (null where the registry has none)
     * @param populationShare the group's share of the residents, percent (null without a population)
     * @param gap           share minus population share, percentage points (null when either is missing): negative
     *                      means under-heard
     */
    public record Row(
            String code,
            String label,
            Cell respondents,
            Double share,
            Long population,
            Double populationShare,
            Double gap) {}
}
