package org.openics.mutualaid.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.Wilson;
import org.openics.mutualaid.DiagnosticCapacity;
import org.openics.mutualaid.DiagnosticWaiting;
import org.openics.mutualaid.DiagnosticsRow;
import org.openics.mutualaid.Modality;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;
import org.openics.mutualaid.demo.DemoSites;
import org.openics.mutualaid.optimiser.TransferOptimiser;

class SixWeekStandardTest {

    static final List<DiagnosticWaiting> RETURN = List.of(
            new DiagnosticWaiting("RJ1", Modality.MRI, 0, 40), new DiagnosticWaiting("RJ1", Modality.MRI, 5, 30),
            new DiagnosticWaiting("RJ1", Modality.MRI, 6, 20), new DiagnosticWaiting("RJ1", Modality.MRI, 14, 10),
            new DiagnosticWaiting("RJZ", Modality.MRI, 2, 3), new DiagnosticWaiting("RJZ", Modality.CT, 1, 50));

    @Test
    void theSixWeekShareCountsSixWholeWeeksOrMoreWithItsWilsonInterval() {
        List<DiagnosticsRow> rows = SixWeekStandard.byProvider(
                RETURN, List.of(new DiagnosticCapacity("RJ121", Modality.MRI, 50, 5)), DemoSites.all());
        DiagnosticsRow mri = rows.get(0);
        assertThat(mri.provider()).isEqualTo("RJ1");
        assertThat(mri.waiting()).isEqualTo(100);
        assertThat(mri.sixPlus()).isEqualTo(30);
        assertThat(mri.thirteenPlus()).isEqualTo(10);
        assertThat(mri.shareSixPlus()).isEqualTo(0.30);
        assertThat(mri.lower95())
                .isEqualTo(Wilson.lower(30, 100, Confidence.NINETY_FIVE))
                .isLessThan(0.30);
        assertThat(mri.upper95()).isGreaterThan(0.30);
        assertThat(mri.medianWeeks()).contains(5); // the 50th of 100 waiters in week order has waited five weeks
        assertThat(mri.testsPerWeek()).isEqualTo(50);
        assertThat(mri.weeksOfCapacity()).contains(2.0);
        assertThat(mri.meetsStandard()).isFalse();
    }

    @Test
    void belowFiveWaitersTheMedianIsNotCalculatedAndWithoutCapacityNeitherAreWeeksOfIt() {
        DiagnosticsRow few = SixWeekStandard.byProvider(RETURN, List.of(), DemoSites.all()).stream()
                .filter(r -> r.provider().equals("RJZ") && r.modality() == Modality.MRI)
                .findFirst()
                .orElseThrow();
        assertThat(few.medianWeeks()).isEmpty();
        assertThat(few.notCalculated())
                .hasValueSatisfying(why -> assertThat(why).contains("fewer than 5"));
        assertThat(few.weeksOfCapacity()).isEmpty();
        assertThat(few.meetsStandard()).isTrue();
    }

    @Test
    void theSystemRowOfAModalityAddsEveryProviderAndEverySiteIncludingCdcs() {
        List<DiagnosticCapacity> capacity = List.of(
                new DiagnosticCapacity("RJ121", Modality.MRI, 50, 5),
                new DiagnosticCapacity("ZCD01", Modality.MRI, 70, 60),
                new DiagnosticCapacity("ZCD01", Modality.ECHO, 20, 20));
        List<DiagnosticsRow> rows = SixWeekStandard.byModality(RETURN, capacity);
        DiagnosticsRow mri = rows.stream()
                .filter(r -> r.modality() == Modality.MRI)
                .findFirst()
                .orElseThrow();
        assertThat(mri.waiting()).isEqualTo(103);
        assertThat(mri.testsPerWeek()).isEqualTo(120);
        assertThat(mri.offeredPerWeek()).isEqualTo(65);
        assertThat(rows)
                .anyMatch(r -> r.modality() == Modality.ECHO
                        && r.waiting() == 0
                        && r.notCalculated().orElse("").equals("nobody waiting"));
    }

    @Test
    void noBalancingPlanEverBreaksOfferedCapacityAModalityOrTheTravelLimitAndLongerWaitersGoFirst() {
        TransferOptimiser optimiser = new TransferOptimiser();
        Random r = new Random(6);
        List<Site> sites = DemoSites.all();
        int moved = 0;
        for (int run = 0; run < 20; run++) {
            List<DiagnosticWaiting> waiting = new ArrayList<>();
            for (String provider : List.of("RJ1", "RJZ", "RJ2", "RN7")) {
                for (Modality m : List.of(Modality.MRI, Modality.CT, Modality.ECHO)) {
                    for (int week = 0; week < 12; week++) {
                        if (r.nextBoolean()) {
                            waiting.add(new DiagnosticWaiting(provider, m, week, r.nextInt(15)));
                        }
                    }
                }
            }
            List<DiagnosticCapacity> capacity = new ArrayList<>();
            for (Site s : sites) {
                if (r.nextInt(3) > 0) {
                    int tests = 10 + r.nextInt(40);
                    capacity.add(new DiagnosticCapacity(
                            s.code(),
                            List.of(Modality.MRI, Modality.CT, Modality.ECHO).get(r.nextInt(3)),
                            tests,
                            r.nextInt(tests)));
                }
            }
            TravelLimit limit = r.nextBoolean() ? TravelLimit.MILES_50 : TravelLimit.MILES_100;
            int horizon = 1 + r.nextInt(6);
            PlanRequest request = DiagnosticBalance.request(waiting, capacity, sites, horizon, limit);
            Plan plan = optimiser.plan(request);
            Map<String, Integer> used = new HashMap<>();
            Map<String, Waiter> byId = new HashMap<>();
            request.waiters().forEach(w -> byId.put(w.id(), w));
            plan.assignments().forEach((id, site) -> {
                Waiter w = byId.get(id);
                Site s = sites.stream()
                        .filter(x -> x.code().equals(site))
                        .findFirst()
                        .orElseThrow();
                assertThat(s.provider()).isNotEqualTo(w.origin());
                assertThat(capacity)
                        .anyMatch(c ->
                                c.site().equals(site) && c.modality().name().equals(w.specialty()));
                assertThat(w.home().milesTo(s.location())).isLessThanOrEqualTo(limit.miles());
                used.merge(site + "|" + w.specialty(), 1, Integer::sum);
            });
            used.forEach((key, n) -> assertThat(n)
                    .as(key)
                    .isLessThanOrEqualTo(capacity.stream()
                            .filter(c -> (c.site() + "|" + c.modality().name()).equals(key))
                            .mapToInt(c -> c.offeredPerWeek() * horizon)
                            .sum()));
            assertThat(plan.gapPercent()).isLessThanOrEqualTo(1.0);
            // an origin's waiters share a home, so in a modality nobody left behind has waited longer than anyone moved
            Map<String, int[]> minMovedMaxLeft = new HashMap<>();
            for (Waiter w : request.waiters()) {
                int[] m = minMovedMaxLeft.computeIfAbsent(
                        w.origin() + "|" + w.specialty(), k -> new int[] {Integer.MAX_VALUE, -1});
                if (plan.assignments().containsKey(w.id())) {
                    m[0] = Math.min(m[0], w.weeksWaited());
                } else {
                    m[1] = Math.max(m[1], w.weeksWaited());
                }
            }
            assertThat(minMovedMaxLeft.values().stream()
                            .filter(m -> m[0] != Integer.MAX_VALUE)
                            .allMatch(m -> m[0] >= m[1]))
                    .isTrue();
            moved += plan.moved();
        }
        assertThat(moved).isPositive();
    }
}
