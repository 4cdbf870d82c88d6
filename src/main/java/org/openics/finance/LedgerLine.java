package org.openics.finance;

import java.time.YearMonth;
import org.openics.kernel.Money;

/** One line of a finance ledger extract: the month, the organisation, the budget, the subjective (expense type), the amount. */
public record LedgerLine(YearMonth period, String organisation, String budget, String subjective, Money amount) {
}
