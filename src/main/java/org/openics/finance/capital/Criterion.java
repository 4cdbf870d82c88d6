package org.openics.finance.capital;

import java.math.BigDecimal;

/**
 * A criterion the board scores capital bids on (need, inequalities, safety and backlog, net zero, deliverability ...)
 * with the weight the board gave it. A bid's value is the weighted sum of its scores; weights need not sum to one.
 */
public record Criterion(String id, String name, BigDecimal weight) {

    public Criterion {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a criterion needs an identifier");
        }
        id = id.strip();
        name = name == null || name.isBlank() ? id : name.strip();
        if (weight == null) {
            throw new IllegalArgumentException("criterion " + id + " has no weight");
        }
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(
                    "criterion " + id + " has a negative weight (" + weight.toPlainString() + ")");
        }
    }

    /** The same criterion with its weight multiplied by {@code factor} (exactly). */
    public Criterion reweighted(BigDecimal factor) {
        return new Criterion(id, name, weight.multiply(factor));
    }
}
