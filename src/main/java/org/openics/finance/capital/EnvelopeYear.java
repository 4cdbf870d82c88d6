package org.openics.finance.capital;

import org.openics.kernel.Money;

/** One financial year of the capital envelope (e.g. "2025/26") and what may be spent in it. */
public record EnvelopeYear(String year, Money limit) {

    public EnvelopeYear {
        if (year == null || year.isBlank()) {
            throw new IllegalArgumentException("an envelope year needs a name");
        }
        year = year.strip();
        if (limit == null) {
            throw new IllegalArgumentException("envelope year " + year + " has no limit");
        }
        if (limit.isNegative()) {
            throw new IllegalArgumentException("envelope year " + year + " has a negative limit (" + limit + ")");
        }
    }
}
