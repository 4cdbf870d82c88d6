package org.openics.finance.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openics.finance.Budget;
import org.openics.finance.FinancialYear;
import org.openics.finance.ForecastAdjustment;
import org.openics.finance.LedgerLine;
import org.openics.finance.PooledFund;
import org.openics.finance.SystemPosition;
import org.openics.finance.SystemPosition.BudgetPosition;
import org.openics.finance.SystemPosition.OrganisationPosition;
import org.openics.finance.SystemPosition.PartnerShare;
import org.openics.finance.SystemPosition.PoolPosition;
import org.openics.finance.SystemPosition.Rag;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;

/**
 * The system financial position: year-to-date variance against a flat profile (a twelfth of the budget a month),
 * forecast outturn by run rate (actuals to date ÷ months × 12, rounded half-even to the penny) plus known adjustments,
 * RAG on the forecast variance, each pool's variance split by its risk share with caps, and each organisation's net.
 */
public final class FinancialPosition {

    public static final String RAG_RULE =
            "Green: forecast outturn at or under budget, or over by no more than 0.5% of it. Amber: over by more"
                    + " than 0.5% and up to 2%. Red: over by more than 2%.";
    static final BigDecimal AMBER_FROM = new BigDecimal("0.5");
    static final BigDecimal RED_FROM = new BigDecimal("2");

    private FinancialPosition() {}

    public static SystemPosition compute(
            FinancialYear year,
            List<Budget> allBudgets,
            List<PooledFund> allPools,
            List<LedgerLine> allLines,
            List<ForecastAdjustment> adjustments,
            Map<OdsCode, String> names,
            Optional<YearMonth> upTo) {
        String y = year.toString();
        List<Budget> budgets =
                allBudgets.stream().filter(b -> b.year().equals(y)).toList();
        List<PooledFund> pools =
                allPools.stream().filter(p -> p.year().equals(y)).toList();
        List<LedgerLine> lines = allLines.stream()
                .filter(l -> FinancialYear.of(l.period()).equals(year))
                .filter(l -> upTo.isEmpty() || !l.period().isAfter(upTo.get()))
                .toList();
        Optional<YearMonth> asAt = lines.stream().map(LedgerLine::period).max(YearMonth::compareTo);
        int months = asAt.map(year::monthNumber).orElse(0);
        Map<String, BudgetPosition> byCode = new LinkedHashMap<>();
        for (Budget b : budgets) {
            Money actual = Money.sum(lines.stream()
                    .filter(l -> l.budget().equals(b.code()))
                    .map(LedgerLine::amount)
                    .toList());
            Money adjust = Money.sum(adjustments.stream()
                    .filter(a -> a.budget().equals(b.code()))
                    .map(ForecastAdjustment::amount)
                    .toList());
            Money toDate = b.amount()
                    .times(
                            BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 20, RoundingMode.HALF_EVEN),
                            RoundingMode.HALF_EVEN);
            Money runRate = months == 0
                    ? b.amount()
                    : actual.times(
                            BigDecimal.valueOf(12).divide(BigDecimal.valueOf(months), 20, RoundingMode.HALF_EVEN),
                            RoundingMode.HALF_EVEN);
            Money forecast = runRate.plus(adjust);
            Money variance = forecast.minus(b.amount());
            byCode.put(
                    b.code(),
                    new BudgetPosition(
                            b,
                            toDate,
                            actual,
                            actual.minus(toDate),
                            adjust,
                            forecast,
                            variance,
                            percentOf(variance, b.amount()),
                            rag(variance, b.amount())));
        }
        List<PoolPosition> poolPositions = new ArrayList<>();
        Map<OdsCode, Money> poolShares = new TreeMap<>();
        Map<OdsCode, PooledFund.PartnerKind> kinds = new TreeMap<>();
        for (PooledFund pool : pools) {
            List<BudgetPosition> in = byCode.values().stream()
                    .filter(p -> pool.code().equals(p.budget().pool()))
                    .toList();
            Money budgetTotal =
                    Money.sum(in.stream().map(p -> p.budget().amount()).toList());
            Money forecast = Money.sum(in.stream().map(BudgetPosition::forecast).toList());
            Money variance = forecast.minus(pool.total());
            List<String> notes = new ArrayList<>();
            if (!budgetTotal.equals(pool.total())) {
                notes.add("The pool's budgets (" + budgetTotal + ") differ from its contributions (" + pool.total()
                        + ").");
            }
            List<PartnerShare> shares = RiskShare.split(pool, variance, notes);
            poolPositions.add(new PoolPosition(
                    pool, budgetTotal, forecast, variance, rag(variance, pool.total()), shares, notes));
            for (PartnerShare s : shares) {
                poolShares.merge(s.organisation(), s.carries(), Money::plus);
                kinds.merge(s.organisation(), s.kind(), (a, b) -> a == PooledFund.PartnerKind.COUNCIL ? a : b);
            }
        }
        Map<OdsCode, Money[]> own = new TreeMap<>();
        for (BudgetPosition p : byCode.values()) {
            if (p.budget().pool() == null) {
                Money[] sums =
                        own.computeIfAbsent(p.budget().organisation(), o -> new Money[] {Money.ZERO, Money.ZERO});
                sums[0] = sums[0].plus(p.budget().amount());
                sums[1] = sums[1].plus(p.forecastVariance());
            }
        }
        TreeMap<OdsCode, Boolean> organisations = new TreeMap<>();
        own.keySet().forEach(o -> organisations.put(o, true));
        poolShares.keySet().forEach(o -> organisations.put(o, true));
        List<OrganisationPosition> orgs = new ArrayList<>();
        for (OdsCode o : organisations.keySet()) {
            Money[] sums = own.getOrDefault(o, new Money[] {Money.ZERO, Money.ZERO});
            Money pooled = poolShares.getOrDefault(o, Money.ZERO);
            Money net = sums[1].plus(pooled);
            PooledFund.PartnerKind kind = kinds.getOrDefault(o, PooledFund.PartnerKind.NHS);
            boolean breaksEven = net.pence() <= 0;
            Optional<String> flag = kind == PooledFund.PartnerKind.COUNCIL && !breaksEven
                    ? Optional.of(names.getOrDefault(o, o.value()) + " would not break even: a forecast overspend of "
                            + net + " (own budgets " + sums[1] + ", share of pooled funds " + pooled
                            + "); councils must balance their budget.")
                    : Optional.empty();
            orgs.add(new OrganisationPosition(
                    o, names.getOrDefault(o, o.value()), kind, sums[0], sums[1], pooled, net, breaksEven, flag));
        }
        List<String> method = List.of(
                "Budget to date = budget × months of actuals ÷ 12 (a flat profile); variance to date = actuals − budget to date.",
                "Forecast outturn = actuals to date ÷ months × 12 (run rate, rounded half-even to the penny) + known adjustments;"
                        + " with no actuals yet the forecast is the budget.",
                "A pool's variance = the forecast of its budgets − its partners' contributions, split by its risk share: by contribution"
                        + " or agreed percentages (largest remainder, to the penny); an overspend share stops at a partner's cap and the"
                        + " rest is re-split between the others, and what no partner can take falls to the host. Underspends have no caps.",
                "An organisation's net = the forecast variance of its own budgets + its shares of pools' variances; councils must break"
                        + " even, NHS bodies may run a deficit.");
        return new SystemPosition(y, asAt, months, List.copyOf(byCode.values()), poolPositions, orgs, RAG_RULE, method);
    }

    static Rag rag(Money variance, Money budget) {
        if (variance.pence() <= 0) {
            return Rag.GREEN;
        }
        if (budget.pence() <= 0) {
            return Rag.RED;
        }
        BigDecimal percent = percentOf(variance, budget).orElseThrow();
        return percent.compareTo(RED_FROM) > 0 ? Rag.RED : percent.compareTo(AMBER_FROM) > 0 ? Rag.AMBER : Rag.GREEN;
    }

    static Optional<BigDecimal> percentOf(Money part, Money whole) {
        return whole.pence() == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part.pence())
                        .movePointRight(2)
                        .divide(BigDecimal.valueOf(whole.pence()), 2, RoundingMode.HALF_EVEN));
    }
}
