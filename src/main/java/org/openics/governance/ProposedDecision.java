package org.openics.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision someone wants taken: which function, how much, where, with whom, when.
 *
 * @param place          registry code of the place concerned, or null for the whole system
 * @param counterparties registry codes of the organisations the decision benefits or contracts with
 */
public record ProposedDecision(
        String function, long valuePounds, String place, List<String> counterparties, LocalDate date) {

    public ProposedDecision {
        Codes.require(function, "function");
        if (valuePounds < 0 || date == null) {
            throw new IllegalArgumentException("a proposed decision needs a value of zero or more and a date");
        }
        counterparties = counterparties == null ? List.of() : List.copyOf(counterparties);
    }
}
