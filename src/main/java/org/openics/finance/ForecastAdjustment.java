package org.openics.finance;

import org.openics.kernel.Money;

/** A known change to a budget's forecast outturn beyond its run rate (e.g. a winter scheme starting in December). */
public record ForecastAdjustment(String budget, Money amount, String note) {

    public ForecastAdjustment {
        if (budget == null || budget.isBlank() || amount == null || note == null || note.isBlank()) {
            throw new IllegalArgumentException("a forecast adjustment names its budget, an amount and why");
        }
    }
}
