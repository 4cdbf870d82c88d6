package org.openics.finance.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.finance.Budget;
import org.openics.finance.FinancialYear;
import org.openics.finance.ForecastAdjustment;
import org.openics.finance.LedgerImport;
import org.openics.finance.LedgerLine;
import org.openics.finance.PooledFund;
import org.openics.finance.PooledFund.Partner;
import org.openics.finance.PooledFund.PartnerKind;
import org.openics.finance.RejectionKind;
import org.openics.finance.SystemPosition;
import org.openics.kernel.Money;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;

class FinancialPositionTest {

    static final FinancialYear YEAR = FinancialYear.parse("2026/27");
    static final OdsCode COUNCIL = OdsCode.of("E09000006");
    static final OdsCode ICB = OdsCode.of("QZZ");

    static Budget budget(String code, OdsCode organisation, String pool, long pounds) {
        return new Budget(
                code,
                "Budget " + code,
                "HWB-E09000006",
                "BETTER_CARE_FUND",
                PlaceCode.of("LCPZ-E09000006"),
                organisation,
                pool,
                Money.ofPounds(pounds),
                "2026/27");
    }

    static PooledFund pool(PooledFund.RiskBasis basis, Optional<Money> councilCap) {
        return new PooledFund(
                "BCF-BROMLEY",
                "Bromley Better Care Fund",
                COUNCIL,
                PlaceCode.of("LCPZ-E09000006"),
                "2026/27",
                basis,
                List.of(
                        new Partner(
                                ICB,
                                "NHS South East London (synthetic) ICB",
                                PartnerKind.NHS,
                                Money.ofPounds(6_000_000),
                                Optional.of(new BigDecimal("50")),
                                Optional.empty()),
                        new Partner(
                                COUNCIL,
                                "London Borough of Bromley",
                                PartnerKind.COUNCIL,
                                Money.ofPounds(4_000_000),
                                Optional.of(new BigDecimal("50")),
                                councilCap)));
    }

    /** Six months at a run rate that overspends the £10m pool by 12% (£1.2m). */
    static List<LedgerLine> sixMonthsOverspending() {
        List<LedgerLine> lines = new ArrayList<>();
        for (int m = 4; m <= 9; m++) {
            lines.add(new LedgerLine(
                    YearMonth.of(2026, m), COUNCIL, "BCF-CARE", "Care packages", Money.ofPounds(560_000)));
        }
        return lines;
    }

    static SystemPosition position(PooledFund pool, List<ForecastAdjustment> adjustments) {
        List<Budget> budgets =
                List.of(budget("BCF-CARE", COUNCIL, pool.code(), 10_000_000), budget("ICB-OWN", ICB, null, 2_000_000));
        List<LedgerLine> lines = new ArrayList<>(sixMonthsOverspending());
        lines.add(new LedgerLine(YearMonth.of(2026, 6), ICB, "ICB-OWN", "Staff", Money.ofPounds(900_000)));
        return FinancialPosition.compute(
                YEAR,
                budgets,
                List.of(pool),
                lines,
                adjustments,
                Map.of(COUNCIL, "London Borough of Bromley"),
                Optional.empty());
    }

    @Test
    void aCouncilPoolOverspendIsSharedByContributionAndFlagsTheCouncil() {
        SystemPosition p = position(pool(PooledFund.RiskBasis.BY_CONTRIBUTION, Optional.empty()), List.of());
        assertThat(p.monthsOfActuals()).isEqualTo(6);
        SystemPosition.BudgetPosition care = p.budgets().get(0);
        assertThat(care.actualToDate()).isEqualTo(Money.ofPounds(3_360_000));
        assertThat(care.budgetToDate()).isEqualTo(Money.ofPounds(5_000_000));
        assertThat(care.forecast()).isEqualTo(Money.ofPounds(6_720_000));
        SystemPosition.PoolPosition pool = p.pools().get(0);
        // forecast £6.72m against £10m: an underspend of £3.28m, 60:40
        assertThat(pool.forecastVariance()).isEqualTo(Money.ofPounds(-3_280_000));
        assertThat(pool.shares())
                .extracting(s -> s.carries())
                .containsExactly(Money.ofPounds(-1_968_000), Money.ofPounds(-1_312_000));
    }

    @Test
    void overspendSplitsByAgreedPercentagesUpToTheCouncilsCapAndTheCouncilIsFlagged() {
        // +£6m known adjustment: forecast £12.72m, £2.72m over the £10m pool
        List<ForecastAdjustment> adjust =
                List.of(new ForecastAdjustment("BCF-CARE", Money.ofPounds(6_000_000), "winter placements"));
        SystemPosition uncapped = position(pool(PooledFund.RiskBasis.AGREED_PERCENTAGES, Optional.empty()), adjust);
        SystemPosition.PoolPosition pool = uncapped.pools().get(0);
        assertThat(pool.forecastVariance()).isEqualTo(Money.ofPounds(2_720_000));
        assertThat(pool.rag()).isEqualTo(SystemPosition.Rag.RED);
        assertThat(pool.shares())
                .extracting(SystemPosition.PartnerShare::carries)
                .containsExactly(Money.ofPounds(1_360_000), Money.ofPounds(1_360_000));
        SystemPosition.OrganisationPosition council = uncapped.organisations().stream()
                .filter(o -> o.organisation().equals(COUNCIL))
                .findFirst()
                .orElseThrow();
        assertThat(council.breaksEven()).isFalse();
        assertThat(council.flag().get())
                .startsWith("London Borough of Bromley would not break even: a forecast overspend of £1,360,000.00");

        SystemPosition capped =
                position(pool(PooledFund.RiskBasis.AGREED_PERCENTAGES, Optional.of(Money.ofPounds(500_000))), adjust);
        List<SystemPosition.PartnerShare> shares = capped.pools().get(0).shares();
        assertThat(shares.get(1).carries()).isEqualTo(Money.ofPounds(500_000));
        assertThat(shares.get(1).capped()).isTrue();
        assertThat(shares.get(0).carries()).isEqualTo(Money.ofPounds(2_220_000));
        SystemPosition.OrganisationPosition icb = capped.organisations().stream()
                .filter(o -> o.organisation().equals(ICB))
                .findFirst()
                .orElseThrow();
        // the ICB's own budget: £0.9m in 6 months → £1.8m forecast, £0.2m under its £2m; NHS bodies are never flagged
        assertThat(icb.ownVariance()).isEqualTo(Money.ofPounds(-200_000));
        assertThat(icb.net()).isEqualTo(Money.ofPounds(2_020_000));
        assertThat(icb.flag()).isEmpty();
    }

    @Test
    void whatNoPartnerCanTakeFallsToTheHost() {
        PooledFund pool = new PooledFund(
                "P",
                "Pool",
                COUNCIL,
                null,
                "2026/27",
                PooledFund.RiskBasis.BY_CONTRIBUTION,
                List.of(
                        new Partner(
                                ICB,
                                "ICB",
                                PartnerKind.NHS,
                                Money.ofPounds(1),
                                Optional.empty(),
                                Optional.of(Money.ofPounds(10))),
                        new Partner(
                                COUNCIL,
                                "Council",
                                PartnerKind.COUNCIL,
                                Money.ofPounds(1),
                                Optional.empty(),
                                Optional.of(Money.ofPounds(20)))));
        List<String> notes = new ArrayList<>();
        List<SystemPosition.PartnerShare> shares = RiskShare.split(pool, Money.ofPounds(100), notes);
        assertThat(shares)
                .extracting(SystemPosition.PartnerShare::carries)
                .containsExactly(Money.ofPounds(10), Money.ofPounds(90));
        assertThat(notes)
                .singleElement()
                .asString()
                .contains("£70.00 of the overspend is beyond every partner's cap and falls to the host");
    }

    @Test
    void theRagRuleIsTheOneStated() {
        assertThat(FinancialPosition.rag(Money.ofPounds(5), Money.ofPounds(1000)))
                .isEqualTo(SystemPosition.Rag.GREEN);
        assertThat(FinancialPosition.rag(Money.ofPounds(6), Money.ofPounds(1000)))
                .isEqualTo(SystemPosition.Rag.AMBER);
        assertThat(FinancialPosition.rag(Money.ofPounds(20), Money.ofPounds(1000)))
                .isEqualTo(SystemPosition.Rag.AMBER);
        assertThat(FinancialPosition.rag(Money.ofPounds(21), Money.ofPounds(1000)))
                .isEqualTo(SystemPosition.Rag.RED);
        assertThat(FinancialPosition.RAG_RULE).contains("0.5%").contains("2%");
    }

    @Test
    void aLedgerFileLoadsItsGoodRowsAndNamesEachBadLine() throws IOException {
        Map<String, Budget> budgets = Map.of("BCF-CARE", budget("BCF-CARE", COUNCIL, null, 1000));
        String csv = "Period,Organisation,Budget Code,Subjective,Amount\n"
                + "2026-04,E09000006,BCF-CARE,Care packages,1200.50\n"
                + "2026-13,E09000006,BCF-CARE,Care packages,1\n"
                + "2026-05,E09000006,NOPE,Care packages,1\n"
                + "2026-05,QZZ,BCF-CARE,Care packages,1\n"
                + "2026-05,E09000006,BCF-CARE,Care packages,12.345\n"
                + "2026-05,E09000006,BCF-CARE,,1\n"
                + "2026-05,E09000006,BCF-CARE,Refund,-20\n";
        LedgerFile.Contents c = LedgerFile.read(new StringReader(csv), "ledger.csv", budgets);
        LedgerImport r = c.report();
        assertThat(r.read()).isEqualTo(7);
        assertThat(r.loaded()).isEqualTo(2);
        assertThat(r.rejected())
                .extracting(x -> x.line() + " " + x.kind())
                .containsExactly(
                        "3 BAD_PERIOD", "4 UNKNOWN_BUDGET", "5 WRONG_ORGANISATION", "6 BAD_AMOUNT", "7 MISSING_VALUE");
        assertThat(r.rejected().get(2).toString())
                .isEqualTo("ledger.csv:5: budget BCF-CARE is held in the ledger of E09000006, not QZZ");
        assertThat(r.periods()).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        assertThat(LedgerFile.read(new StringReader("a,b\n"), "x.csv", budgets)
                        .report()
                        .problem()
                        .get())
                .contains("lacks period");
        assertThat(r.rejected().get(3).kind()).isEqualTo(RejectionKind.BAD_AMOUNT);
    }
}
