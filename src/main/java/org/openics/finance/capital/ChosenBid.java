package org.openics.finance.capital;

import java.math.BigDecimal;
import org.openics.kernel.Money;

/** A bid in the portfolio, with its value under the round's objective and why it is there. */
public record ChosenBid(BidId id, BigDecimal value, Money totalCost, boolean mandatory, boolean neededByMandatory) {}
