package org.openics.finance.capital;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which choices change if any criterion's weight moves by the stated step up or down: one case per criterion and
 * direction, and the bids whose choice changes in at least one case (the rest are robust to that uncertainty).
 */
public record SensitivityReport(List<WeightChange> cases) {

    public SensitivityReport {
        cases = List.copyOf(cases);
    }

    /** Bids in or out of the portfolio depending on the weights, in id order. */
    public Set<BidId> sensitiveBids() {
        Set<BidId> ids = new TreeSet<>();
        for (WeightChange c : cases) {
            ids.addAll(c.comesIn());
            ids.addAll(c.goesOut());
        }
        return ids;
    }
}
