package org.openics.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;

/**
 * The system's financial position for a financial year as at its latest month of actuals: every budget's variance and
 * forecast, every pool's forecast and who bears what of it, and every organisation's net position, with a flag where a
 * council would not break even. Variances are actual (or forecast) minus budget: positive is an overspend.
 */
public record SystemPosition(
        String year,
        Optional<YearMonth> asAt,
        int monthsOfActuals,
        List<BudgetPosition> budgets,
        List<PoolPosition> pools,
        List<OrganisationPosition> organisations,
        String ragRule,
        List<String> method) {

    public SystemPosition {
        budgets = List.copyOf(budgets);
        pools = List.copyOf(pools);
        organisations = List.copyOf(organisations);
        method = List.copyOf(method);
    }

    /** Red, amber or green, by the rule in {@link SystemPosition#ragRule()}. */
    public enum Rag {
        GREEN,
        AMBER,
        RED
    }

    public record BudgetPosition(
            Budget budget,
            Money budgetToDate,
            Money actualToDate,
            Money varianceToDate,
            Money adjustments,
            Money forecast,
            Money forecastVariance,
            Optional<BigDecimal> forecastVariancePercent,
            Rag rag) {}

    /** A partner's part of a pool's forecast variance. {@code capped} when its cap stopped it carrying more. */
    public record PartnerShare(
            OdsCode organisation,
            String name,
            PooledFund.PartnerKind kind,
            Money contribution,
            BigDecimal sharePercent,
            Money carries,
            boolean capped) {}

    public record PoolPosition(
            PooledFund fund,
            Money budgets,
            Money forecast,
            Money forecastVariance,
            Rag rag,
            List<PartnerShare> shares,
            List<String> notes) {
        public PoolPosition {
            shares = List.copyOf(shares);
            notes = List.copyOf(notes);
        }
    }

    /**
     * An organisation's forecast: the variance of its own (non-pooled) budgets plus its shares of pools' variances.
     * {@code breaksEven} is false when the net is an overspend; it matters for councils, which must balance.
     */
    public record OrganisationPosition(
            OdsCode organisation,
            String name,
            PooledFund.PartnerKind kind,
            Money ownBudgets,
            Money ownVariance,
            Money poolShares,
            Money net,
            boolean breaksEven,
            Optional<String> flag) {}
}
