package org.openics.finance.capital;

import java.util.List;

/** What {@link CapitalPlanner#plan} answers: a portfolio, or the round refused with every reason found. */
public sealed interface PlanOutcome {

    record Planned(Portfolio portfolio) implements PlanOutcome {}

    record Refused(List<Refusal> reasons) implements PlanOutcome {
        public Refused {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs its reasons");
            }
        }
    }
}
