package org.openics.finance;

import java.util.List;

/** Whether a budget was set, and why not (e.g. governance's reason the holder lacks the delegated authority). */
public record BudgetOutcome(boolean accepted, String entry, List<String> reasons) {

    public BudgetOutcome {
        reasons = List.copyOf(reasons);
    }

    public static BudgetOutcome refused(List<String> reasons) {
        return new BudgetOutcome(false, null, reasons);
    }
}
