package org.openics.finance.budgets;

import java.util.ArrayList;
import java.util.List;
import org.openics.finance.Budget;
import org.openics.finance.BudgetOutcome;
import org.openics.governance.RouteStep;
import org.openics.governance.Routing;

/**
 * May this holder hold this budget? Governance routes a decision of the budget's function and value to the most local
 * holder with authority; the budget is allowed when its holder is on that chain of delegation (the decider or a body
 * above it, which keeps the authority it delegates). Otherwise it is refused with governance's own reasons.
 */
public final class DelegatedAuthority {

    private DelegatedAuthority() {}

    public static BudgetOutcome check(Budget budget, Routing routing) {
        if (!(routing instanceof Routing.Routed answer)) {
            List<String> reasons = new ArrayList<>();
            reasons.add("No one has delegated authority for budget " + budget.code() + " (" + budget.function() + ", "
                    + budget.amount() + "):");
            reasons.add(((Routing.Refused) routing).detail());
            return BudgetOutcome.refused(reasons);
        }
        for (RouteStep step : answer.chain()) {
            if (step.to().equals(budget.holder())) {
                return new BudgetOutcome(true, step.entry(), answer.reasons());
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(budget.holder() + " has no delegated authority for " + budget.function() + " at " + budget.amount()
                + (budget.place() == null ? "" : " in " + budget.place()) + ": governance routes it to "
                + answer.deciderName()
                + " (" + answer.decider() + ", scheme entry " + answer.entry() + ").");
        reasons.addAll(answer.escalations());
        reasons.addAll(answer.reasons());
        return BudgetOutcome.refused(reasons);
    }
}
