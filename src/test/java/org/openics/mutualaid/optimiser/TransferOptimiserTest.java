package org.openics.mutualaid.optimiser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openics.mutualaid.Capacity;
import org.openics.mutualaid.Location;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.PlanMethod;
import org.openics.mutualaid.PlanRequest;
import org.openics.mutualaid.Priority;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.TravelLimit;
import org.openics.mutualaid.Waiter;

class TransferOptimiserTest {

    final TransferOptimiser optimiser = new TransferOptimiser();

    static final Location LEWISHAM = new Location(51.4526, -0.0139);
    static final Location WOOLWICH = new Location(51.4655, 0.0860);
    static final Location BIRMINGHAM = new Location(52.4862, -1.8904);

    @Test
    void withoutTheEquityConstraintThePlanEqualsTheBruteForceOptimumOnSmallInstances() {
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 300; i++) {
            PlanRequest request = Instances.random(r, 1 + r.nextInt(7), 2 + r.nextInt(2), 1, 2, 3, 2, false);
            Plan plan = optimiser.plan(request);
            assertThat(plan.objective())
                    .as("instance %d", i)
                    .isCloseTo(new BruteForce(request).optimum(), within(1e-6));
            assertThat(plan.gapPercent()).isZero();
        }
    }

    @Test
    void withTheEquityConstraintThePlanEqualsTheBruteForceOptimumOnSmallInstances() {
        SplittableRandom r = new SplittableRandom(51);
        int constrained = 0;
        for (int i = 0; i < 300; i++) {
            PlanRequest request = Instances.random(r, 2 + r.nextInt(6), 2 + r.nextInt(2), 1, 1, 3, 2, true);
            Plan plan = optimiser.plan(request);
            double optimum = new BruteForce(request).optimum();
            assertThat(plan.objective()).as("instance %d", i).isCloseTo(optimum, within(1e-6));
            assertThat(plan.bound()).isGreaterThanOrEqualTo(optimum - 1e-6);
            constrained += plan.method() == PlanMethod.INTEGER_PROGRAMME ? 1 : 0;
        }
        assertThat(constrained)
                .as("instances where the constraint changed the plan")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void theRoundedLinearProgrammeKeepsTheConstraintAndItsBoundHoldsTheOptimum() {
        TransferOptimiser linearOnly = new TransferOptimiser(0);
        SplittableRandom r = new SplittableRandom(52);
        int viaLinearProgramme = 0;
        for (int i = 0; i < 300; i++) {
            PlanRequest request = Instances.random(r, 2 + r.nextInt(6), 2 + r.nextInt(2), 1, 1, 3, 2, true);
            Plan plan = linearOnly.plan(request);
            double optimum = new BruteForce(request).optimum();
            assertThat(plan.objective()).as("instance %d", i).isLessThanOrEqualTo(optimum + 1e-6);
            assertThat(plan.bound()).isGreaterThanOrEqualTo(optimum - 1e-6);
            assertKeepsEveryRule(request, plan);
            viaLinearProgramme +=
                    plan.method() == PlanMethod.ROUNDED_LINEAR_PROGRAMME || plan.method() == PlanMethod.LINEAR_PROGRAMME
                            ? 1
                            : 0;
        }
        assertThat(viaLinearProgramme).isGreaterThanOrEqualTo(5);
    }

    @Test
    void noPlanBreaksACapacityASpecialtyATravelLimitOrTheDeprivationGap() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 30; i++) {
            PlanRequest request = Instances.random(
                    r,
                    200 + r.nextInt(3000),
                    3 + r.nextInt(6),
                    1 + r.nextInt(3),
                    1 + r.nextInt(6),
                    5 + r.nextInt(60),
                    20,
                    r.nextBoolean());
            Plan plan = optimiser.plan(request);
            assertKeepsEveryRule(request, plan);
        }
    }

    static void assertKeepsEveryRule(PlanRequest request, Plan plan) {
        Map<String, Site> sites = request.sites().stream().collect(Collectors.toMap(Site::code, Function.identity()));
        Map<String, Waiter> waiters =
                request.waiters().stream().collect(Collectors.toMap(Waiter::id, Function.identity()));
        Map<String, Long> slots = new HashMap<>();
        request.capacity()
                .forEach(c -> slots.merge(
                        c.site() + "|" + c.specialty(), (long) c.slotsPerWeek() * request.horizonWeeks(), Long::sum));
        Map<String, Long> used = new HashMap<>();
        plan.assignments().forEach((id, siteCode) -> {
            Waiter w = waiters.get(id);
            Site site = sites.get(siteCode);
            assertThat(site.provider()).isNotEqualTo(w.origin());
            assertThat(slots).containsKey(siteCode + "|" + w.specialty());
            assertThat(w.home().milesTo(site.location()))
                    .isLessThanOrEqualTo(w.travelLimit().miles());
            used.merge(siteCode + "|" + w.specialty(), 1L, Long::sum);
        });
        used.forEach((key, n) -> assertThat(n).as(key).isLessThanOrEqualTo(slots.get(key)));
        assertThat(plan.moved())
                .isEqualTo(plan.assignments().size())
                .isEqualTo(plan.transfers().stream()
                        .mapToInt(org.openics.mutualaid.Transfer::waiters)
                        .sum());
        if (request.protectEquity() && !Double.isNaN(plan.before().deprivationGap())) {
            assertThat(Math.abs(plan.after().deprivationGap()))
                    .isLessThanOrEqualTo(Math.abs(plan.before().deprivationGap()) + 1e-9);
        }
        assertThat(plan.objective()).isLessThanOrEqualTo(plan.bound() + 1e-9);
    }

    @Test
    void theMostUrgentWaiterIsMovedBeforeALongerWaitingRoutineOne() {
        Site woolwich = new Site("WOOL", "Woolwich", "RJ2X", null, false, WOOLWICH);
        List<Waiter> waiters = List.of(
                new Waiter("routine", "R1K", "110", Priority.P4, 80, LEWISHAM, TravelLimit.MILES_50, 3),
                new Waiter("urgent", "R1K", "110", Priority.P2, 3, LEWISHAM, TravelLimit.MILES_50, 3));
        Plan plan = optimiser.plan(
                new PlanRequest(waiters, List.of(woolwich), List.of(new Capacity("WOOL", "110", 1)), 1, false));
        assertThat(plan.assignments()).containsOnlyKeys("urgent");
    }

    @Test
    void nobodyIsSentBeyondTheLimitTheyGave() {
        Site birmingham = new Site("BHAM", "Birmingham", "RRK", null, false, BIRMINGHAM);
        List<Waiter> waiters = List.of(
                new Waiter("near", "R1K", "110", Priority.P4, 60, LEWISHAM, TravelLimit.MILES_100, 1),
                new Waiter("far", "R1K", "110", Priority.P4, 60, LEWISHAM, TravelLimit.ANYWHERE, 1));
        PlanRequest request =
                new PlanRequest(waiters, List.of(birmingham), List.of(new Capacity("BHAM", "110", 5)), 1, false);
        assertThat(optimiser.plan(request).assignments()).containsOnlyKeys("far");
        assertThat(optimiser.plan(request.withTravelLimit(TravelLimit.MILES_50)).moved())
                .isZero();
    }

    @Test
    void whatIfRunsNeverDoWorseWithMoreSlotsOrAWiderLimit() {
        SplittableRandom r = new SplittableRandom(99);
        for (int i = 0; i < 10; i++) {
            PlanRequest request =
                    Instances.random(r, 2000, 6, 2, 4, 30, 10, false).withTravelLimit(TravelLimit.MILES_50);
            Plan base = optimiser.plan(request);
            Capacity first = request.capacity().get(0);
            Plan more = optimiser.plan(request.withExtraSlots(first.site(), first.specialty(), 50));
            Plan wider = optimiser.plan(request.withTravelLimit(TravelLimit.MILES_100));
            assertThat(more.objective()).isGreaterThanOrEqualTo(base.objective() - 1e-6);
            assertThat(more.slotsOffered()).isEqualTo(base.slotsOffered() + 50L * request.horizonWeeks());
            assertThat(wider.objective()).isGreaterThanOrEqualTo(base.objective() - 1e-6);
            assertThat(wider.waitersInReach()).isGreaterThanOrEqualTo(base.waitersInReach());
        }
    }

    @Test
    void anEmptyProblemIsNothingToPlan() {
        Plan plan = optimiser.plan(new PlanRequest(List.of(), List.of(), List.of(), 4, true));
        assertThat(plan.method()).isEqualTo(PlanMethod.NOTHING_TO_PLAN);
        assertThat(plan.moved()).isZero();
    }
}
