package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.List;

/**
 * One case of the sensitivity report: criterion {@code criterion}'s weight moved by {@code change} (e.g. +0.10 for
 * +10%), the bids that would then come in and go out, and the solver's report for that re-solve.
 */
public record WeightChange(
        String criterion, BigDecimal change, List<BidId> comesIn, List<BidId> goesOut, SolveReport solve) {

    public WeightChange {
        comesIn = List.copyOf(comesIn);
        goesOut = List.copyOf(goesOut);
    }

    public boolean changesPortfolio() {
        return !comesIn.isEmpty() || !goesOut.isEmpty();
    }
}
