package org.openics.mutualaid;

/** How a plan was found, which says what its bound means. */
public enum PlanMethod {
    /** Min-cost flow: integral and optimal; the equity constraint held without being imposed. Gap 0. */
    MIN_COST_FLOW("min-cost flow (optimal)"),
    /**
     * The linear programme with the equity constraint had an integral optimum, used as it is: optimal in who is moved;
     * the bound leaves travel out, so the gap shown is at most the travel tie-break.
     */
    LINEAR_PROGRAMME("linear programme, integral optimum"),
    /** A small instance solved as an integer programme: optimal. */
    INTEGER_PROGRAMME("integer programme (optimal)"),
    /** The linear programme's optimum rounded down and repaired to keep the equity constraint; bound from the LP. */
    ROUNDED_LINEAR_PROGRAMME("linear programme rounded and repaired (bound from the LP)"),
    /** Nothing to plan (no waiter with a destination in reach, or no capacity). */
    NOTHING_TO_PLAN("nothing to plan");

    private final String label;

    PlanMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
