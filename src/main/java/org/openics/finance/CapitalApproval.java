package org.openics.finance;

import java.util.List;
import org.openics.finance.capital.BidId;
import org.openics.kernel.Money;

/**
 * Who may approve a chosen capital bid, as governance's scheme of reservation and delegation answers it for a decision
 * of the bid's total cost under {@code function} (the demo scheme has no capital function; {@link #FUNCTION} is the
 * closest, see docs/finance.md).
 *
 * @param decidable false when no one in the ICS may take it (then {@code decider} is null and {@code reasons} say why)
 * @param decider   the body code or officer role that may decide
 * @param entry     the scheme entry that allows it
 * @param reasons   governance's answer in plain English
 */
public record CapitalApproval(
        BidId bid,
        Money totalCost,
        String function,
        boolean decidable,
        String decider,
        String deciderName,
        String entry,
        List<String> reasons) {

    /** The scheme function capital approvals are routed under: keeping spending within the ICB's allocation. */
    public static final String FUNCTION = "FINANCIAL_DUTIES";

    public CapitalApproval {
        reasons = List.copyOf(reasons);
    }
}
