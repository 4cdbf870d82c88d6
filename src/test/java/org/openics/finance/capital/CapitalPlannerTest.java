package org.openics.finance.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openics.finance.capital.CapitalRounds.bid;
import static org.openics.finance.capital.CapitalRounds.envelope;
import static org.openics.finance.capital.CapitalRounds.simple;
import static org.openics.finance.capital.CapitalRounds.single;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openics.kernel.Money;

class CapitalPlannerTest {

    /** One worker: small rounds need no more, and the machine is shared. */
    static final CapitalPlanner EXACT =
            new CapitalPlanner(SolverSettings.defaults().withWorkers(1));

    static Portfolio planned(CapitalPlanner planner, CapitalRound round) {
        PlanOutcome outcome = planner.plan(round);
        assertThat(outcome).as("%s", outcome).isInstanceOf(PlanOutcome.Planned.class);
        return ((PlanOutcome.Planned) outcome).portfolio();
    }

    static List<Refusal> refused(CapitalRound round) {
        PlanOutcome outcome = EXACT.plan(round);
        assertThat(outcome).isInstanceOf(PlanOutcome.Refused.class);
        return ((PlanOutcome.Refused) outcome).reasons();
    }

    static Set<String> ids(java.util.Collection<BidId> ids) {
        return ids.stream().map(BidId::value).collect(Collectors.toSet());
    }

    @Test
    void portfolioEqualsTheBruteForceOptimumOnManySmallRandomRounds() {
        Random random = new Random(20250401);
        int planned = 0;
        for (int round = 0; round < 150; round++) {
            Objective objective = round % 3 == 0 ? Objective.SPEND_WEIGHTED : Objective.SCORE_SUM;
            CapitalRound r = CapitalRounds.small(random, 1 + random.nextInt(12), 1 + random.nextInt(3), objective);
            BruteForce.Best best = BruteForce.optimum(r);
            PlanOutcome outcome = EXACT.plan(r);
            if (best == null) {
                assertThat(outcome)
                        .as("no valid portfolio exists, so the round is refused")
                        .isInstanceOf(PlanOutcome.Refused.class);
                continue;
            }
            Portfolio p = ((PlanOutcome.Planned) outcome).portfolio();
            planned++;
            assertThat(p.solve().provenOptimal()).isTrue();
            assertThat(p.solve().objective()).as("round %d", round).isEqualByComparingTo(best.value());
            assertThat(p.solve().bound()).isEqualByComparingTo(best.value());
            assertThat(p.solve().gap()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(best.portfolios()).as("round %d", round).contains(p.chosenIds());
        }
        assertThat(planned).isGreaterThan(100);
    }

    @Test
    void constraintsAreNeverBrokenAndEveryBidIsChosenOrRejectedWithAReason() {
        Random random = new Random(7);
        CapitalPlanner planner = new CapitalPlanner(
                SolverSettings.defaults().withGap(0.001, Duration.ofSeconds(1)).withWorkers(2));
        for (int round = 0; round < 8; round++) {
            CapitalRound r = CapitalRounds.benchmark(
                    random.nextLong(),
                    30 + random.nextInt(50),
                    1 + random.nextInt(5),
                    round % 2 == 0 ? Objective.SCORE_SUM : Objective.SPEND_WEIGHTED);
            PlanOutcome outcome = planner.plan(r);
            if (outcome instanceof PlanOutcome.Refused refused) {
                assertThat(refused.reasons()).allMatch(x -> x.kind() == Refusal.Kind.MANDATORY_OVER_ENVELOPE);
                continue;
            }
            Portfolio p = ((PlanOutcome.Planned) outcome).portfolio();
            assertThat(BruteForce.valid(r, p.chosenIds()))
                    .as("round %d keeps every rule", round)
                    .isTrue();
            assertThat(p.solve().objective()).isEqualByComparingTo(BruteForce.value(r, p.chosenIds()));
            assertThat(p.solve().bound()).isGreaterThanOrEqualTo(p.solve().objective());
            assertThat(p.solve().gap().signum()).isGreaterThanOrEqualTo(0);
            Set<BidId> all = new HashSet<>(p.chosenIds());
            p.rejected()
                    .forEach(x ->
                            assertThat(all.add(x.id())).as("%s once", x.id()).isTrue());
            assertThat(all).hasSize(r.bids().size());
            assertThat(p.rejected()).allMatch(x -> !x.detail().isBlank());
            for (YearSpend year : p.spend()) {
                assertThat(year.committed()).isLessThanOrEqualTo(year.envelope());
                assertThat(year.headroom().isNegative()).isFalse();
            }
            for (MarginalBid m : p.marginal()) {
                assertThat(p.chosenIds().contains(m.id())).isEqualTo(m.kind() == MarginalBid.Kind.AT_RISK);
            }
        }
    }

    @Test
    void aDependencyCycleIsRefusedNamingTheCircle() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(
                        bid("A", new long[] {10}, false, Set.of("B"), Map.of("value", BigDecimal.ONE)),
                        bid("B", new long[] {10}, false, Set.of("C"), Map.of("value", BigDecimal.ONE)),
                        bid("C", new long[] {10}, false, Set.of("A"), Map.of("value", BigDecimal.ONE)),
                        bid("D", new long[] {10}, false, Set.of("D"), Map.of("value", BigDecimal.ONE))),
                List.of(),
                envelope(100),
                Objective.SCORE_SUM);
        List<Refusal> reasons = refused(round);
        assertThat(reasons).extracting(Refusal::kind).containsOnly(Refusal.Kind.DEPENDENCY_CYCLE);
        assertThat(reasons)
                .extracting(Refusal::detail)
                .containsExactlyInAnyOrder(
                        "bids depend on each other in a circle: A → B → C → A",
                        "bids depend on each other in a circle: D → D");
    }

    @Test
    void mandatoryBidsOverTheEnvelopeAreRefusedWithTheYearAndTheShortfall() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(
                        bid("A", new long[] {50, 70}, true, Set.of("B"), Map.of("value", BigDecimal.ONE)),
                        bid("B", new long[] {10, 40}, false, Set.of(), Map.of("value", BigDecimal.ONE))),
                List.of(),
                envelope(100, 100),
                Objective.SCORE_SUM);
        assertThat(refused(round))
                .containsExactly(
                        new Refusal(
                                Refusal.Kind.MANDATORY_OVER_ENVELOPE,
                                "2026/27",
                                "in 2026/27 the mandatory bids and what they need cost £110.00, over the envelope of £100.00 by £10.00"));
    }

    @Test
    void unknownIdsAndMissingScoresAreRefusedTogether() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(
                        bid("A", new long[] {10}, false, Set.of("Z"), Map.of("value", BigDecimal.ONE)),
                        bid("A", new long[] {10}, false, Set.of(), Map.of("value", BigDecimal.ONE)),
                        bid("B", new long[] {10, 5}, false, Set.of(), Map.of("vaule", BigDecimal.ONE))),
                List.of(new OptionGroup("ward", List.of(BidId.of("A"), BidId.of("Q")))),
                envelope(100),
                Objective.SCORE_SUM);
        assertThat(refused(round))
                .extracting(Refusal::kind)
                .containsExactlyInAnyOrder(
                        Refusal.Kind.DUPLICATE_BID,
                        Refusal.Kind.UNKNOWN_DEPENDENCY,
                        Refusal.Kind.COSTS_DO_NOT_MATCH_ENVELOPE,
                        Refusal.Kind.MISSING_SCORE,
                        Refusal.Kind.UNKNOWN_CRITERION,
                        Refusal.Kind.UNKNOWN_BID_IN_OPTION_GROUP);
    }

    @Test
    void twoMandatoryOptionsOfOneGroupAreRefused() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(
                        bid("A", new long[] {10}, true, Set.of(), Map.of("value", BigDecimal.ONE)),
                        bid("B", new long[] {10}, false, Set.of(), Map.of("value", BigDecimal.ONE)),
                        bid("C", new long[] {10}, true, Set.of("B"), Map.of("value", BigDecimal.ONE))),
                List.of(new OptionGroup("ward", List.of(BidId.of("A"), BidId.of("B")))),
                envelope(100),
                Objective.SCORE_SUM);
        assertThat(refused(round))
                .containsExactly(new Refusal(
                        Refusal.Kind.MANDATORY_OPTIONS_CONFLICT,
                        "ward",
                        "option group ward allows one option, but A and B are mandatory or needed by a mandatory bid"));
    }

    @Test
    void eachBidLeftOutSaysWhy() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(
                        bid("M", new long[] {20}, true, Set.of(), Map.of("value", BigDecimal.ONE)),
                        simple("HUGE", "50", 90),
                        simple("REFURB", "5", 10),
                        simple("REBUILD", "4", 10),
                        bid(
                                "FIT-OUT",
                                new long[] {5},
                                false,
                                Set.of("REBUILD"),
                                Map.of("value", new BigDecimal("0.5"))),
                        simple("WORTHLESS", "0", 1),
                        simple("BIG", "30", 60),
                        simple("MIDDLE", "10", 25)),
                List.of(new OptionGroup("ward block", List.of(BidId.of("REFURB"), BidId.of("REBUILD")))),
                envelope(100),
                Objective.SCORE_SUM);
        Portfolio p = planned(EXACT, round);
        assertThat(ids(p.chosenIds())).containsExactlyInAnyOrder("M", "REFURB", "BIG");
        Map<String, RejectedBid.Kind> why =
                p.rejected().stream().collect(Collectors.toMap(x -> x.id().value(), RejectedBid::kind));
        assertThat(why)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "HUGE", RejectedBid.Kind.EXCEEDS_ENVELOPE_ON_ITS_OWN,
                        "REBUILD", RejectedBid.Kind.EXCLUDED_BY_OPTION,
                        "FIT-OUT", RejectedBid.Kind.NEEDS_UNCHOSEN_BID,
                        "WORTHLESS", RejectedBid.Kind.NO_VALUE,
                        "MIDDLE", RejectedBid.Kind.DISPLACED_BY_HIGHER_VALUE));
        assertThat(p.rejected())
                .filteredOn(x -> x.id().value().equals("MIDDLE"))
                .extracting(RejectedBid::detail)
                .containsExactly(
                        "costs £25.00 in 2025/26, over the envelope by £15.00 with the portfolio: funding it would displace bids worth more");
        assertThat(p.spend()).containsExactly(new YearSpend("2025/26", Money.ofPounds(100), Money.ofPounds(90)));
        assertThat(p.chosen())
                .filteredOn(ChosenBid::mandatory)
                .extracting(c -> c.id().value())
                .containsExactly("M");
    }

    @Test
    void marginalBidsAreThoseThatLeaveOrJoinWhenTheEnvelopeMovesByTwoPercent() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(simple("A", "60", 60), simple("B", "40", 40), simple("C", "1", 2)),
                List.of(),
                envelope(100),
                Objective.SCORE_SUM);
        Portfolio p = planned(EXACT, round);
        assertThat(ids(p.chosenIds())).containsExactlyInAnyOrder("A", "B");
        assertThat(p.marginal())
                .containsExactlyInAnyOrder(
                        new MarginalBid(
                                BidId.of("B"),
                                MarginalBid.Kind.AT_RISK,
                                "leaves the portfolio if every year's envelope is 2% lower"),
                        new MarginalBid(
                                BidId.of("C"),
                                MarginalBid.Kind.NEXT_IN_LINE,
                                "joins the portfolio if every year's envelope is 2% higher"));
    }

    @Test
    void whenTheMandatoryBidsAloneBreakALowerEnvelopeEveryOtherChosenBidIsAtRisk() {
        CapitalRound round = new CapitalRound(
                single(),
                List.of(
                        bid("M", new long[] {99}, true, Set.of(), Map.of("value", BigDecimal.ONE)),
                        simple("SMALL", "3", 1)),
                List.of(),
                envelope(100),
                Objective.SCORE_SUM);
        Portfolio p = planned(EXACT, round);
        assertThat(ids(p.chosenIds())).containsExactlyInAnyOrder("M", "SMALL");
        assertThat(p.marginal())
                .containsExactly(new MarginalBid(
                        BidId.of("SMALL"),
                        MarginalBid.Kind.AT_RISK,
                        "the mandatory bids alone would break an envelope 2% lower"));
    }

    @Test
    void sensitivityNamesTheChoicesThatChangeWhenAWeightMovesByTenPercent() {
        List<Criterion> criteria = List.of(
                new Criterion("need", "Need", BigDecimal.ONE), new Criterion("safety", "Safety", BigDecimal.ONE));
        CapitalRound round = new CapitalRound(
                criteria,
                List.of(
                        bid(
                                "X",
                                new long[] {10},
                                false,
                                Set.of(),
                                Map.of("need", BigDecimal.TEN, "safety", BigDecimal.ZERO)),
                        bid(
                                "Y",
                                new long[] {10},
                                false,
                                Set.of(),
                                Map.of("need", BigDecimal.ZERO, "safety", new BigDecimal("10.5"))),
                        bid(
                                "Z",
                                new long[] {5},
                                false,
                                Set.of(),
                                Map.of("need", BigDecimal.ONE, "safety", BigDecimal.ONE))),
                List.of(),
                envelope(15),
                Objective.SCORE_SUM);
        Portfolio base = planned(EXACT, round);
        assertThat(ids(base.chosenIds())).containsExactlyInAnyOrder("Y", "Z");
        SensitivityReport report = EXACT.sensitivity(round, base);
        assertThat(report.cases()).hasSize(4);
        Map<String, WeightChange> byCase = report.cases().stream()
                .collect(Collectors.toMap(c -> c.criterion() + c.change().signum(), c -> c));
        assertThat(ids(byCase.get("need1").comesIn())).containsExactly("X");
        assertThat(ids(byCase.get("need1").goesOut())).containsExactly("Y");
        assertThat(byCase.get("need-1").changesPortfolio()).isFalse();
        assertThat(byCase.get("safety1").changesPortfolio()).isFalse();
        assertThat(ids(byCase.get("safety-1").comesIn())).containsExactly("X");
        assertThat(ids(report.sensitiveBids())).containsExactlyInAnyOrder("X", "Y");
        assertThat(byCase.get("need1").solve().objective()).isEqualByComparingTo("13.1");
    }

    @Test
    void theObjectiveIsThePolicyChoiceScoreSumFavoursManySmallBidsSpendWeightedTheLargeOne() {
        List<Bid> bids = new java.util.ArrayList<>();
        bids.add(simple("HOSPITAL", "5", 100));
        for (int i = 0; i < 10; i++) {
            bids.add(simple("CLINIC-" + i, "4", 10));
        }
        CapitalRound bySum = new CapitalRound(single(), bids, List.of(), envelope(100), Objective.SCORE_SUM);
        CapitalRound bySpend = new CapitalRound(single(), bids, List.of(), envelope(100), Objective.SPEND_WEIGHTED);
        assertThat(planned(EXACT, bySum).chosenIds()).hasSize(10).doesNotContain(BidId.of("HOSPITAL"));
        Portfolio spend = planned(EXACT, bySpend);
        assertThat(ids(spend.chosenIds())).containsExactly("HOSPITAL");
        assertThat(spend.solve().objective()).isEqualByComparingTo("500");
    }

    @Test
    void valuesTooLargeForExactIntegersAreRoundedAndTheBoundWidenedToStayTrue() {
        BigDecimal[] values = {new BigDecimal("123456789012345.678"), new BigDecimal("0.001")};
        ScaledValues scaled = ScaledValues.of(values, ScaledValues.limitFor(2));
        assertThat(scaled.exact()).isFalse();
        assertThat(scaled.precision()).contains("rounded");
        BigDecimal roundedTotal = scaled.unscaled(scaled.coefficients()[0] + scaled.coefficients()[1]);
        assertThat(roundedTotal.subtract(values[0].add(values[1])).abs())
                .isLessThanOrEqualTo(scaled.worstRoundingError());
        ScaledValues exact = ScaledValues.of(
                new BigDecimal[] {new BigDecimal("1.25"), new BigDecimal("3")}, ScaledValues.limitFor(2));
        assertThat(exact.exact()).isTrue();
        assertThat(exact.coefficients()).as("divided by their common factor 25").containsExactly(5, 12);
        assertThat(exact.unscaled(17)).isEqualByComparingTo("4.25");
    }
}
