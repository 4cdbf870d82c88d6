package org.openics.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openics.finance.capital.Bid;
import org.openics.finance.capital.BidId;
import org.openics.finance.capital.CapitalRound;
import org.openics.finance.capital.Criterion;
import org.openics.finance.capital.EnvelopeYear;
import org.openics.finance.capital.Objective;
import org.openics.finance.capital.Portfolio;
import org.openics.finance.capital.Refusal;
import org.openics.finance.capital.SensitivityReport;
import org.openics.finance.demo.DemoFinance;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.Money;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.OdsCode;
import org.openics.kernel.PlaceCode;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;

class FinanceIT extends PlatformIT {

    static final Actor LEAD = actor(UserRole.FINANCE_LEAD);

    @Autowired
    Finance finance;

    @Autowired
    Registry registry;

    @Autowired
    Governance governance;

    static Actor actor(UserRole role) {
        return new Actor(
                role.name().toLowerCase(),
                role,
                Optional.of("QZZ"),
                role == UserRole.RESIDENT
                        ? Optional.of(new org.openics.kernel.NhsNumber("9000000009"))
                        : Optional.empty());
    }

    @BeforeEach
    void demo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        finance.loadDemo(LEAD);
    }

    @Test
    void weightedPopulationsImportOnceAndTheStoredIndicesEqualTheFilesOwn() {
        Path file = ReferenceData.file(ReferenceData.WEIGHTED_2022);
        WeightedPopulationsImport first = finance.importWeightedPopulations(LEAD, file, Optional.empty());
        WeightedPopulationsImport again = finance.importWeightedPopulations(LEAD, file, Optional.empty());
        assertThat(first.read()).isEqualTo(first.loaded() + first.rejected().size());
        assertThat(again.changed())
                .as("importing the same file again changes nothing")
                .isFalse();
        assertThat(finance.weightedYears(LEAD)).contains("2022/23", DemoFinance.YEAR);
        NeedIndexTable stored = finance.need(actor(UserRole.ANALYST), "2022/23", "QKK", Grouping.LOCAL_AUTHORITY);
        NeedIndexTable fromFile = NeedFromFile.compute(
                        file, Optional.empty(), "QKK", Grouping.LOCAL_AUTHORITY, Map.of())
                .table()
                .orElseThrow();
        assertThat(stored).isEqualTo(fromFile);
        assertThat(finance.changes(LEAD, 50))
                .filteredOn(c -> c.action().equals("import weighted populations")
                        && c.subject().equals("2022/23"))
                .hasSize(1);
    }

    @Test
    void anAllocationRunSumsToItsEnvelopeAndReRunsToTheSameFigures() {
        AllocationRun run = finance.runs(LEAD).stream()
                .filter(r -> r.rerunOf().isEmpty())
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(run.result().problems()).isEmpty();
        Money slices = Money.sum(run.inputs().topSlices().stream()
                .map(AllocationInputs.TopSlice::amount)
                .toList());
        assertThat(run.result().distributable().plus(slices))
                .isEqualTo(run.inputs().envelope());
        for (AllocationResult.PathYear year : run.result().path()) {
            assertThat(Money.sum(year.units().stream()
                            .map(AllocationResult.UnitYear::allocation)
                            .toList()))
                    .isEqualTo(year.envelope());
        }
        RerunCheck check = finance.rerun(LEAD, run.id());
        assertThat(check.identical()).isTrue();
        assertThat(check.rerun().result()).isEqualTo(run.result());
        assertThat(check.rerun().rerunOf()).contains(run.id());
    }

    @Test
    void aBudgetBeyondTheHoldersDelegatedAuthorityIsRefusedWithGovernancesReason() {
        Budget tooBig = new Budget(
                "COMM-BEX-X",
                "Proactive care, Bexley",
                "LCPZ-E09000004-COM",
                "COMMUNITY_SERVICES",
                PlaceCode.of("LCPZ-E09000004"),
                OdsCode.of("QZZ"),
                null,
                Money.ofPounds(6_000_000),
                DemoFinance.YEAR);
        BudgetOutcome outcome = finance.setBudget(LEAD, tooBig);
        assertThat(outcome.accepted()).isFalse();
        assertThat(String.join(" ", outcome.reasons()))
                .contains("LCPZ-E09000004-COM has no delegated authority")
                .contains("up to £5,000,000 (SORD-8.2-BEXLEY); £6,000,000 exceeds it");
        assertThat(finance.budgets(LEAD, DemoFinance.YEAR))
                .noneMatch(b -> b.code().equals("COMM-BEX-X"));
        BudgetOutcome within = finance.setBudget(
                LEAD,
                new Budget(
                        "COMM-BEX-Y",
                        "Proactive care, Bexley",
                        "LCPZ-E09000004-COM",
                        "COMMUNITY_SERVICES",
                        PlaceCode.of("LCPZ-E09000004"),
                        OdsCode.of("QZZ"),
                        null,
                        Money.ofPounds(1_000_000),
                        DemoFinance.YEAR));
        assertThat(within.accepted()).isTrue();
        assertThat(within.entry()).isEqualTo("SORD-8.2-BEXLEY");
    }

    @Test
    void aLedgerWithBadRowsLoadsTheGoodOnesAndAReImportOfThePeriodNeverDoubleCounts() throws IOException {
        Path file = Files.createTempFile(HOME, "ledger", ".csv");
        Files.writeString(
                file,
                "period,organisation,budget code,subjective,amount\n"
                        + "2027-04,QZZ,FIN-CONT,Non-pay,1000.00\n"
                        + "2027-04,QZZ,FIN-CONT,Non-pay,250.25\n"
                        + "2027-04,QZZ,NO-SUCH,Non-pay,5\n"
                        + "2027-04,QZZ,FIN-CONT,Pay,ten pounds\n");
        LedgerImport first = finance.importLedger(LEAD, file);
        assertThat(first.loaded()).isEqualTo(2);
        assertThat(first.rejected()).extracting(RejectedLine::line).containsExactly(4L, 5L);
        assertThat(first.rejected().get(0).toString()).startsWith(file.getFileName() + ":4: budget code 'NO-SUCH'");
        LedgerImport second = finance.importLedger(LEAD, file);
        assertThat(second.changed()).isFalse();
        // the budget is for 2026/27; 2027-04 lines sit in 2027/28, held once
        SystemPosition next = finance.position(LEAD, "2027/28", Optional.empty());
        assertThat(next.monthsOfActuals()).isEqualTo(1);
        Files.writeString(
                file, "period,organisation,budget code,subjective,amount\n2027-04,QZZ,FIN-CONT,Non-pay,10.00\n");
        LedgerImport replaced = finance.importLedger(LEAD, file);
        assertThat(replaced.changed()).isTrue();
        assertThat(finance.changes(LEAD, 200))
                .filteredOn(
                        c -> c.action().equals("import ledger") && c.subject().equals("2027-04 QZZ"))
                .hasSize(2);
    }

    @Test
    void theDemoPositionSharesBromleysPoolOverspendAndFlagsTheCouncil() {
        SystemPosition position =
                finance.position(actor(UserRole.CLINICIAN), DemoFinance.YEAR, Optional.of(YearMonth.of(2026, 11)));
        assertThat(position.monthsOfActuals()).isEqualTo(8);
        SystemPosition.PoolPosition bromley = position.pools().stream()
                .filter(p -> p.fund().code().equals("BCF-BRO"))
                .findFirst()
                .orElseThrow();
        assertThat(bromley.forecastVariance().pence()).isPositive();
        assertThat(Money.sum(bromley.shares().stream()
                        .map(SystemPosition.PartnerShare::carries)
                        .toList()))
                .isEqualTo(bromley.forecastVariance());
        SystemPosition.OrganisationPosition council = position.organisations().stream()
                .filter(o -> o.organisation().equals(OdsCode.of("LAZ-E09000006")))
                .findFirst()
                .orElseThrow();
        assertThat(council.flag()).isPresent();
        assertThat(position.organisations())
                .filteredOn(o -> o.flag().isPresent())
                .extracting(SystemPosition.OrganisationPosition::organisation)
                .containsExactly(OdsCode.of("LAZ-E09000006"));
    }

    @Test
    void everyWriteIsRefusedToEveryRoleButTheFinanceLeadAndToNobody() {
        Budget budget = DemoFinance.budgets().get(0);
        PooledFund pool = DemoFinance.pools().get(0);
        Path file = ReferenceData.file(ReferenceData.WEIGHTED_2022);
        Map<String, Consumer<Actor>> writes = new LinkedHashMap<>();
        writes.put("import weighted populations", a -> finance.importWeightedPopulations(a, file, Optional.empty()));
        writes.put(
                "run or re-run an allocation",
                a -> finance.allocate(a, DemoFinance.allocation(DemoFinance.weightedPopulations())));
        writes.put("run or re-run an allocation ", a -> finance.rerun(a, 1));
        writes.put("set a delegated budget", a -> finance.setBudget(a, budget));
        writes.put("set a pooled fund and its risk share", a -> finance.setPooledFund(a, pool));
        writes.put("import ledger actuals", a -> finance.importLedger(a, file));
        writes.put(
                "set a delegated budget ",
                a -> finance.addForecastAdjustment(a, new ForecastAdjustment(budget.code(), Money.ofPounds(1), "x")));
        writes.put("load the demo finances", a -> finance.loadDemo(a));
        writes.put(
                "submit or replace a capital round",
                a -> finance.submitCapitalRound(a, "X", "x", smallRound(List.of())));
        writes.put("plan a capital round", a -> finance.planCapital(a, CapitalPlan.DEMO_ROUND));
        List<Actor> refused = new java.util.ArrayList<>();
        EnumSet.complementOf(EnumSet.of(UserRole.FINANCE_LEAD)).forEach(r -> refused.add(actor(r)));
        refused.add(null);
        int before = finance.changes(LEAD, 1000).size();
        for (Actor a : refused) {
            writes.forEach((action, write) -> assertThatThrownBy(() -> write.accept(a))
                    .as(action + " by " + a)
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageContaining("may not " + action.strip())
                    .hasMessageContaining("only Finance lead may"));
        }
        assertThat(finance.changes(LEAD, 1000)).hasSize(before);
        assertThatThrownBy(() -> finance.position(null, DemoFinance.YEAR, Optional.empty()))
                .isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> finance.capitalRounds(null)).isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> finance.capitalSensitivity(null, CapitalPlan.DEMO_ROUND))
                .isInstanceOf(NotAuthorised.class);
        assertThat(finance.capitalRound(actor(UserRole.CLINICIAN), CapitalPlan.DEMO_ROUND))
                .isPresent();
        assertThat(finance.position(actor(UserRole.RESIDENT), DemoFinance.YEAR, Optional.empty())
                        .budgets())
                .isNotEmpty();
        assertThat(BigDecimal.ONE).isNotNull();
    }

    /** Three bids over two years, envelope £10m a year; {@code cycle} adds "A needs B" and "B needs A". */
    static CapitalRound smallRound(List<String> cycle) {
        List<Criterion> criteria = List.of(
                new Criterion("need", "Need", new BigDecimal("0.6")),
                new Criterion("safety", "Safety", new BigDecimal("0.4")));
        java.util.function.Function<String, java.util.Set<BidId>> needs =
                id -> cycle.isEmpty() ? java.util.Set.of() : java.util.Set.of(BidId.of(id.equals("A") ? "B" : "A"));
        List<Bid> bids = List.of(
                new Bid(
                        BidId.of("A"),
                        "A",
                        "RJ1",
                        "",
                        List.of(Money.ofPounds(6_000_000), Money.ofPounds(0)),
                        false,
                        cycle.contains("A") ? needs.apply("A") : java.util.Set.of(),
                        Map.of("need", new BigDecimal("4"), "safety", new BigDecimal("2"))),
                new Bid(
                        BidId.of("B"),
                        "B",
                        "RJ1",
                        "",
                        List.of(Money.ofPounds(5_000_000), Money.ofPounds(5_000_000)),
                        false,
                        cycle.contains("B") ? needs.apply("B") : java.util.Set.of(),
                        Map.of("need", new BigDecimal("3"), "safety", new BigDecimal("3"))),
                new Bid(
                        BidId.of("C"),
                        "C",
                        "RJ1",
                        "",
                        List.of(Money.ofPounds(4_000_000), Money.ofPounds(2_000_000)),
                        false,
                        java.util.Set.of(),
                        Map.of("need", new BigDecimal("1"), "safety", new BigDecimal("5"))));
        return new CapitalRound(
                criteria,
                bids,
                List.of(),
                List.of(
                        new EnvelopeYear("2026/27", Money.ofPounds(10_000_000)),
                        new EnvelopeYear("2027/28", Money.ofPounds(10_000_000))),
                Objective.SCORE_SUM);
    }

    @Test
    void theDemoCapitalRoundIsStoredPlannedWithinItsEnvelopeAndEveryChosenBidRoutedThroughGovernance() {
        CapitalPlan plan = finance.capitalRound(actor(UserRole.ANALYST), CapitalPlan.DEMO_ROUND)
                .orElseThrow();
        CapitalRound round = plan.round();
        assertThat(round.bids()).hasSizeBetween(28, 32);
        assertThat(plan.refusals()).isEmpty();
        Portfolio portfolio = plan.portfolio().orElseThrow();
        assertThat(portfolio.solve().provenOptimal()).isTrue();
        java.util.Set<BidId> chosen = portfolio.chosenIds();
        assertThat(chosen.size() + portfolio.rejected().size())
                .isEqualTo(round.bids().size());
        assertThat(round.bids()).filteredOn(Bid::mandatory).allMatch(b -> chosen.contains(b.id()));
        for (int y = 0; y < round.envelope().size(); y++) {
            int year = y;
            Money committed = Money.sum(round.bids().stream()
                    .filter(b -> chosen.contains(b.id()))
                    .map(b -> b.costs().get(year))
                    .toList());
            assertThat(portfolio.spend().get(y).committed()).isEqualTo(committed);
            assertThat(committed.compareTo(round.envelope().get(y).limit()))
                    .as(round.envelope().get(y).year())
                    .isLessThanOrEqualTo(0);
        }
        assertThat(portfolio.rejected()).isNotEmpty().allMatch(r -> !r.detail().isBlank());
        // need scores come from the place's need index (Final WP): 2.5 + 10 × (index − 1), one decimal place
        NeedIndexTable places = finance.need(LEAD, DemoFinance.YEAR, DemoFinance.ICB, Grouping.PLACE);
        NeedUnit lambeth = places.units().stream()
                .filter(u -> u.code().equals("LCPZ-E09000022"))
                .findFirst()
                .orElseThrow();
        BigDecimal index = lambeth.component(NeedComponent.FINAL).orElseThrow().index();
        Bid cafe = round.bids().stream()
                .filter(b -> b.location().equals("LCPZ-E09000022"))
                .findFirst()
                .orElseThrow();
        assertThat(cafe.scores().get("need"))
                .isEqualByComparingTo(new BigDecimal("2.5")
                        .add(BigDecimal.TEN.multiply(index.subtract(BigDecimal.ONE)))
                        .max(BigDecimal.ZERO)
                        .min(new BigDecimal(5))
                        .setScale(1, java.math.RoundingMode.HALF_EVEN));
        // approvals: the demo scheme's FINANCIAL_DUTIES — director of finance up to £1m, finance committee up to £25m,
        // else the board
        assertThat(plan.approvals()).hasSize(chosen.size());
        for (CapitalApproval a : plan.approvals()) {
            assertThat(a.decidable()).as(a.bid().value()).isTrue();
            long pounds = a.totalCost().pounds().longValue();
            String expected =
                    pounds <= 1_000_000 ? "DIRECTOR_OF_FINANCE" : pounds <= 25_000_000 ? "QZZ-FPC" : "QZZ-BOARD";
            if (pounds <= 25_000_000) {
                assertThat(a.decider()).as(a.bid() + " " + a.totalCost()).isEqualTo(expected);
            } else {
                assertThat(a.decider()).as(a.bid() + " " + a.totalCost()).isNotIn("DIRECTOR_OF_FINANCE", "QZZ-FPC");
            }
            assertThat(a.reasons()).isNotEmpty();
        }
        assertThat(plan.approvals())
                .anyMatch(a -> a.decider().equals("DIRECTOR_OF_FINANCE"))
                .anyMatch(a -> a.decider().equals("QZZ-FPC"));
        assertThat(plan.bids())
                .hasSize(round.bids().size())
                .allMatch(b -> b.status().equals("chosen") == !b.approver().isEmpty());
        assertThat(finance.changes(LEAD, 1000))
                .anyMatch(c ->
                        c.action().equals("submit capital round") && c.subject().equals(CapitalPlan.DEMO_ROUND))
                .anyMatch(c ->
                        c.action().equals("plan capital round") && c.subject().equals(CapitalPlan.DEMO_ROUND));
        assertThat(finance.loadDemo(LEAD)).as("the demo is loaded once").isFalse();
    }

    @Test
    void aRefusedRoundIsStoredWithItsReasonsAndReplacingItPlansTheNewRound() {
        CapitalPlan refused = finance.submitCapitalRound(LEAD, "T-CYCLE", "Cycle", smallRound(List.of("A", "B")));
        assertThat(refused.planned()).isFalse();
        assertThat(refused.refusals()).extracting(Refusal::kind).contains(Refusal.Kind.DEPENDENCY_CYCLE);
        assertThat(finance.capitalRound(LEAD, "T-CYCLE").orElseThrow().refusals())
                .isEqualTo(refused.refusals());
        assertThatThrownBy(() -> finance.capitalSensitivity(LEAD, "T-CYCLE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused");
        CapitalPlan replaced = finance.submitCapitalRound(LEAD, "T-CYCLE", "No cycle", smallRound(List.of()));
        assertThat(replaced.planned()).isTrue();
        assertThat(replaced.name()).isEqualTo("No cycle");
        // £10m a year: A (6m + 0) with C (4m + 2m) scores 3.2 + 2.6 = 5.8 > A with B (over in year 1) or B with C (over
        // in year 1)
        assertThat(replaced.portfolio().orElseThrow().chosenIds())
                .containsExactlyInAnyOrder(BidId.of("A"), BidId.of("C"));
        assertThat(replaced.portfolio().orElseThrow().solve().objective()).isEqualByComparingTo("5.8");
        assertThat(finance.planCapital(LEAD, "T-CYCLE")
                        .portfolio()
                        .orElseThrow()
                        .chosenIds())
                .isEqualTo(replaced.portfolio().orElseThrow().chosenIds());
        SensitivityReport sensitivity = finance.capitalSensitivity(actor(UserRole.CLINICIAN), "T-CYCLE");
        assertThat(sensitivity.cases()).hasSize(4);
        assertThatThrownBy(() -> finance.submitCapitalRound(LEAD, "bad id!", "x", smallRound(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> finance.planCapital(LEAD, "NO-SUCH"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no capital round");
    }
}
