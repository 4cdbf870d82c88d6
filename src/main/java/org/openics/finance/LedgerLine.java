package org.openics.finance;

import java.time.YearMonth;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;

/** One line of a finance ledger extract: the month, the organisation, the budget, the subjective (expense type), the amount. */
public record LedgerLine(YearMonth period, OdsCode organisation, String budget, String subjective, Money amount) {}
