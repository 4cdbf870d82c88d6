package org.openics.finance;

import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;

/**
 * A delegated budget: who holds it (a governance body or officer role), under which function of the scheme of
 * reservation and delegation, for which organisation's ledger, how much and for which financial year.
 *
 * @param place        registry code of the place it is for, or null for the whole system
 * @param organisation the organisation whose ledger carries its actuals (ODS or council code)
 * @param pool         the pooled fund it belongs to, or null
 * @param year         financial year, e.g. "2026/27"
 */
public record Budget(
        String code,
        String name,
        String holder,
        String function,
        PlaceCode place,
        OdsCode organisation,
        String pool,
        Money amount,
        String year) {

    public Budget {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9._-]{0,39}")) {
            throw new IllegalArgumentException(
                    "a budget code is 1 to 40 capital letters, digits, '.', '_' or '-': '" + code + "'");
        }
        if (name == null
                || name.isBlank()
                || holder == null
                || holder.isBlank()
                || function == null
                || function.isBlank()
                || organisation == null) {
            throw new IllegalArgumentException(
                    "budget " + code + " needs a name, a holder, a function and an organisation");
        }
        if (amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("budget " + code + " needs an amount of £0 or more");
        }
        FinancialYear.parse(year);
        pool = pool == null || pool.isBlank() ? null : pool;
    }
}
