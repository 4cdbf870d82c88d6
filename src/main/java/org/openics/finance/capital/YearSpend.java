package org.openics.finance.capital;

import org.openics.kernel.Money;

/** A year of the envelope: its limit, what the portfolio commits in it, and the headroom left. */
public record YearSpend(String year, Money envelope, Money committed) {

    public Money headroom() {
        return envelope.minus(committed);
    }
}
