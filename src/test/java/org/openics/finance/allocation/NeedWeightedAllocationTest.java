package org.openics.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openics.finance.AllocationInputs;
import org.openics.finance.AllocationResult;
import org.openics.finance.Grouping;
import org.openics.finance.NeedComponent;
import org.openics.kernel.Money;

class NeedWeightedAllocationTest {

    static AllocationInputs.Unit unit(String code, long baselinePounds, double ga, double mh) {
        Map<NeedComponent, BigDecimal> w = new EnumMap<>(NeedComponent.class);
        w.put(NeedComponent.GENERAL_ACUTE, BigDecimal.valueOf(ga));
        w.put(NeedComponent.MENTAL_HEALTH, BigDecimal.valueOf(mh));
        return new AllocationInputs.Unit(code, "Unit " + code, Money.ofPounds(baselinePounds), w);
    }

    static AllocationInputs inputs(
            Money envelope, List<AllocationInputs.Unit> units, int years, String growth, String floor, String cap) {
        return new AllocationInputs(
                "test",
                "2022/23",
                Grouping.LOCAL_AUTHORITY,
                envelope,
                List.of(new AllocationInputs.TopSlice("ICS-wide services", Money.parse("1000000.01"))),
                List.of(
                        new AllocationInputs.Programme("Acute", NeedComponent.GENERAL_ACUTE, new BigDecimal("70")),
                        new AllocationInputs.Programme(
                                "Mental health", NeedComponent.MENTAL_HEALTH, new BigDecimal("30"))),
                units,
                years,
                new BigDecimal(growth),
                new BigDecimal(floor),
                new BigDecimal(cap));
    }

    static final List<AllocationInputs.Unit> THREE = List.of(
            unit("A", 30_000_000, 250_000.5, 260_000.25),
            unit("B", 40_000_000, 300_000.75, 280_000.1),
            unit("C", 30_000_000, 200_000.3, 330_000.7));

    @Test
    void everySplitAddsUpToItsTotalToThePenny() {
        AllocationResult r = NeedWeightedAllocation.run(inputs(Money.parse("106000000.07"), THREE, 5, "3", "1", "6"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.distributable()).isEqualTo(Money.parse("105000000.06"));
        assertThat(Money.sum(r.programmes().stream()
                        .map(AllocationResult.ProgrammeBudget::amount)
                        .toList()))
                .isEqualTo(r.distributable());
        r.programmes().forEach(p -> assertThat(Money.sum(p.byUnit())).isEqualTo(p.amount()));
        assertThat(Money.sum(r.units().stream()
                        .map(AllocationResult.UnitTarget::target)
                        .toList()))
                .isEqualTo(r.distributable());
        assertThat(r.path()).hasSize(5);
        for (AllocationResult.PathYear year : r.path()) {
            assertThat(Money.sum(year.units().stream()
                            .map(AllocationResult.UnitYear::allocation)
                            .toList()))
                    .isEqualTo(year.envelope());
        }
        assertThat(r.path().get(1).envelope())
                .isEqualTo(r.distributable().times(new BigDecimal("1.03"), java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void unitsUnderTargetConvergeAndOverTargetOnesGetTheirFloor() {
        AllocationResult r = NeedWeightedAllocation.run(inputs(Money.ofPounds(106_000_000), THREE, 8, "3", "1", "20"));
        // B has 40% of the baseline but far less of the need: over target, held at the floor
        AllocationResult.UnitTarget b = r.units().get(1);
        assertThat(b.distanceFromTarget().get()).isPositive();
        assertThat(r.path().get(0).units().get(1).bound()).isEqualTo(AllocationResult.Bound.FLOOR);
        BigDecimal first =
                r.path().get(0).units().get(1).distanceFromTargetPercent().abs();
        BigDecimal last =
                r.lastYear().get().units().get(1).distanceFromTargetPercent().abs();
        assertThat(last).isLessThan(first);
    }

    @Test
    void theSameInputsGiveTheSameFigures() {
        AllocationInputs in = inputs(Money.parse("106000000.07"), THREE, 5, "2.5", "0.5", "5");
        assertThat(NeedWeightedAllocation.run(in)).isEqualTo(NeedWeightedAllocation.run(in));
    }

    @Test
    void badInputsAreRefusedWithReasons() {
        assertThat(NeedWeightedAllocation.run(inputs(Money.ofPounds(101_000_000), THREE, 5, "3", "4", "2"))
                        .problems())
                .anyMatch(p -> p.contains("floor on growth (4%) is above the cap (2%)"));
        assertThat(NeedWeightedAllocation.run(inputs(Money.ofPounds(1_000_000), THREE, 5, "3", "1", "2"))
                        .problems())
                .anyMatch(p -> p.contains("leave nothing of the envelope"));
        // a 20% cut cannot respect a floor of 0% growth
        assertThat(NeedWeightedAllocation.run(inputs(Money.ofPounds(81_000_000), THREE, 2, "0", "0", "5"))
                        .problems())
                .anyMatch(p -> p.startsWith("Year 1 of the path cannot be settled: the floors on growth need"));
    }

    @Test
    void thePathNeverBreaksItsFloorOrCapOverManyRandomInputs() {
        Random random = new Random(20260401);
        int settled = 0;
        for (int run = 0; run < 250; run++) {
            int n = 2 + random.nextInt(25);
            List<AllocationInputs.Unit> units = new ArrayList<>();
            long baselines = 0;
            for (int i = 0; i < n; i++) {
                long baseline = 1 + random.nextInt(50_000_000);
                baselines += baseline;
                units.add(unit(
                        "U" + i,
                        baseline,
                        1 + random.nextInt(400_000) + random.nextDouble(),
                        1 + random.nextInt(400_000)));
            }
            String floor = BigDecimal.valueOf(random.nextInt(400) - 200, 2).toPlainString();
            String cap = BigDecimal.valueOf(300 + random.nextInt(900), 2).toPlainString();
            String growth = BigDecimal.valueOf(random.nextInt(600) - 50, 2).toPlainString();
            long envelopePence = 100_000_001L + (long) (baselines * 100 * (1.03 + 0.03 * random.nextGaussian()));
            AllocationInputs in = inputs(
                    Money.ofPence(Math.max(200_000_002L, envelopePence)),
                    units,
                    1 + random.nextInt(10),
                    growth,
                    floor,
                    cap);
            AllocationResult r = NeedWeightedAllocation.run(in);
            if (!r.ok()) {
                assertThat(r.problems()).singleElement().asString().contains("cannot be settled");
                continue;
            }
            settled++;
            long[] previous =
                    units.stream().mapToLong(u -> u.baseline().pence()).toArray();
            for (AllocationResult.PathYear year : r.path()) {
                assertThat(Money.sum(year.units().stream()
                                .map(AllocationResult.UnitYear::allocation)
                                .toList()))
                        .isEqualTo(year.envelope());
                for (int i = 0; i < n; i++) {
                    BigDecimal a =
                            BigDecimal.valueOf(year.units().get(i).allocation().pence());
                    BigDecimal prev = BigDecimal.valueOf(previous[i]);
                    assertThat(a)
                            .as("floor")
                            .isGreaterThanOrEqualTo(
                                    prev.multiply(BigDecimal.ONE.add(new BigDecimal(floor).movePointLeft(2))));
                    assertThat(a)
                            .as("cap")
                            .isLessThanOrEqualTo(
                                    prev.multiply(BigDecimal.ONE.add(new BigDecimal(cap).movePointLeft(2))));
                    previous[i] = a.longValueExact();
                }
            }
        }
        assertThat(settled).as("most random runs settle").isGreaterThan(100);
    }
}
