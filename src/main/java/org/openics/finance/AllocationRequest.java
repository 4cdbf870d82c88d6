package org.openics.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.openics.kernel.Money;

/**
 * An allocation run asked for in terms of the stored weighted populations: the need of each unit of {@code grouping} in
 * {@code ics} for allocation year {@code year} is snapshotted into the run's inputs, with each unit's baseline.
 *
 * @param baselines the current allocation of each unit, by unit code; every unit needs one
 */
public record AllocationRequest(
        String name,
        String year,
        String ics,
        Grouping grouping,
        Money envelope,
        List<AllocationInputs.TopSlice> topSlices,
        List<AllocationInputs.Programme> programmes,
        Map<String, Money> baselines,
        int years,
        BigDecimal growthPercent,
        BigDecimal floorPercent,
        BigDecimal capPercent) {

    public AllocationRequest {
        topSlices = List.copyOf(topSlices);
        programmes = List.copyOf(programmes);
        baselines = Map.copyOf(baselines);
    }
}
