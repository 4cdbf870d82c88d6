package org.openics.mutualaid;

/**
 * A diagnostics balancing plan: the optimiser's plan over the sites' offered tests a week, with the six-week waiters on
 * the lists before, those the plan moves, and the waiters left out because their provider has no registered site.
 */
public record BalancePlan(Plan plan, int sixPlusBefore, int sixPlusMoved, int waitersWithoutSite) {

    /** Six-week waiters still at their own provider if the plan's moves happen. */
    public int sixPlusLeft() {
        return sixPlusBefore - sixPlusMoved;
    }
}
