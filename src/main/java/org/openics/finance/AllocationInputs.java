package org.openics.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.openics.kernel.Money;

/**
 * Everything an allocation run needs, saved with the run so that it can be re-run to the same figures.
 *
 * @param envelope     the allocation for the first year, before top-slices
 * @param topSlices    sums taken out first for ICS-wide services
 * @param programmes   programme budgets, each tied to a need component, sharing what is left in proportion to their weights
 * @param units        the units shared between (places, local authorities ...), with their current (baseline) allocation
 *                     and their weighted populations per component, snapshotted from the weighted populations
 * @param years        length of the convergence path (1 to 20)
 * @param growthPercent growth of the distributable envelope each year of the path
 * @param floorPercent the least growth any unit gets in a year (pace of change floor)
 * @param capPercent   the most growth any unit gets in a year
 */
public record AllocationInputs(
        String name,
        String year,
        Grouping grouping,
        Money envelope,
        List<TopSlice> topSlices,
        List<Programme> programmes,
        List<Unit> units,
        int years,
        BigDecimal growthPercent,
        BigDecimal floorPercent,
        BigDecimal capPercent) {

    public AllocationInputs {
        topSlices = List.copyOf(topSlices);
        programmes = List.copyOf(programmes);
        units = List.copyOf(units);
    }

    /** A sum taken out before the need-weighted shares, for a service run once for the whole ICS. */
    public record TopSlice(String name, Money amount) {}

    /** A programme budget: its share (weight) of the distributable envelope and the need component that shares it out. */
    public record Programme(String name, NeedComponent component, BigDecimal weight) {}

    /** A unit with its baseline (current) allocation and weighted populations per component. */
    public record Unit(String code, String name, Money baseline, Map<NeedComponent, BigDecimal> weighted) {
        public Unit {
            weighted = Map.copyOf(weighted);
        }
    }
}
