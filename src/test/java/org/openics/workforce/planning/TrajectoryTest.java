package org.openics.workforce.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openics.workforce.Denominator;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.staffing.PerCapita;

class TrajectoryTest {

    static final LocalDate BASELINE = LocalDate.of(2030, 1, 1);
    static final LocalDate TARGET = LocalDate.of(2032, 1, 1);
    static final WorkforcePlan PLAN = new WorkforcePlan(
            7, "GPs to 6 per 10,000", StaffGroup.GP, "LCPZ-1", Denominator.REGISTERED, 6.0, BASELINE, TARGET);
    static final PerCapita.Population POPULATION = new PerCapita.Population("LCPZ-1", "Lambeth", 2_000_000.0, null);

    /** 1,000 FTE until 2031, then 1,100. */
    static double fte(LocalDate d) {
        return d.isBefore(LocalDate.of(2031, 1, 1)) ? 1_000 : 1_100;
    }

    @Test
    void theNeedIsTheTargetRateTimesThePopulationAndTheTrajectoryRunsStraightFromTheBaseline() {
        PlanProgress p =
                Trajectory.progress(PLAN, "Lambeth", LocalDate.of(2031, 1, 1), POPULATION, TrajectoryTest::fte);
        assertThat(p.neededFte().value()).isEqualTo(1_200.0);
        assertThat(p.baselineFte()).isEqualTo(1_000.0);
        assertThat(p.actualFte()).isEqualTo(1_100.0);
        // 365 of 730 days: half way from 1,000 to 1,200
        assertThat(p.plannedFte().value()).isEqualTo(1_100.0);
        assertThat(p.gapToNeed().value()).isEqualTo(100.0);
        assertThat(p.behindPlan().value()).isEqualTo(0.0);
        assertThat(p.status()).isEqualTo("on track");
        assertThat(p.rate().value()).isEqualTo(5.5);
        assertThat(p.lower95()).isLessThan(5.5);
        assertThat(p.upper95()).isGreaterThan(5.5).isLessThan(6.0);
        assertThat(p.againstTarget()).startsWith("below the target");
    }

    @Test
    void aPlaceBelowItsTrajectoryIsBehindByTheDifference() {
        PlanProgress p =
                Trajectory.progress(PLAN, "Lambeth", LocalDate.of(2030, 12, 31), POPULATION, TrajectoryTest::fte);
        assertThat(p.actualFte()).isEqualTo(1_000.0);
        assertThat(p.plannedFte().value()).isEqualTo(1_099.73);
        assertThat(p.status()).isEqualTo("behind plan by 99.73 FTE");
        assertThat(p.againstTarget()).startsWith("below the target");
    }

    @Test
    void theTrajectoryHasAPointEachQuarterWithFteInPostOnlyForDatesPassed() {
        PlanProgress p =
                Trajectory.progress(PLAN, "Lambeth", LocalDate.of(2031, 2, 1), POPULATION, TrajectoryTest::fte);
        assertThat(p.trajectory())
                .extracting(PlanProgress.Point::date)
                .startsWith(BASELINE, LocalDate.of(2030, 4, 1))
                .endsWith(TARGET)
                .hasSize(9);
        assertThat(p.trajectory().get(0).plannedFte()).isEqualTo(1_000.0);
        assertThat(p.trajectory().get(8).plannedFte()).isEqualTo(1_200.0);
        assertThat(p.trajectory().get(4).actualFte()).isEqualTo(1_100.0);
        assertThat(p.trajectory().get(5).actualFte()).isNull();
    }

    @Test
    void aTargetMetOrATargetDatePassedSaySo() {
        assertThat(Trajectory.progress(PLAN, "Lambeth", LocalDate.of(2031, 6, 1), POPULATION, d -> 1_250)
                        .status())
                .isEqualTo("target met");
        PlanProgress late = Trajectory.progress(PLAN, "Lambeth", TARGET, POPULATION, TrajectoryTest::fte);
        assertThat(late.status()).isEqualTo("target date passed: 100.00 FTE short");
        assertThat(Trajectory.progress(PLAN, "Lambeth", LocalDate.of(2031, 6, 1), POPULATION, d -> 1_200)
                        .againstTarget())
                .startsWith("not distinguishable from the target");
    }

    @Test
    void withoutAPopulationNothingIsCalculatedAndTheReasonIsGiven() {
        PlanProgress p = Trajectory.progress(
                PLAN,
                "Lambeth",
                LocalDate.of(2031, 1, 1),
                new PerCapita.Population(
                        "LCPZ-1", "Lambeth", null, "no registered patients in the registry for this place"),
                TrajectoryTest::fte);
        assertThat(p.neededFte().calculated()).isFalse();
        assertThat(p.plannedFte().reason()).isEqualTo("no registered patients in the registry for this place");
        assertThat(p.status()).isEqualTo("not calculated: no registered patients in the registry for this place");
        assertThat(p.actualFte()).isEqualTo(1_100.0);
    }

    @Test
    void aPlanWithItsTargetBeforeItsBaselineOrAnImplausibleRateIsNoPlan() {
        assertThat(WorkforcePlan.problem("t", StaffGroup.GP, "P", Denominator.REGISTERED, 6, TARGET, BASELINE))
                .isEqualTo("the target date 2030-01-01 is not after the baseline 2032-01-01");
        assertThat(WorkforcePlan.problem("t", StaffGroup.GP, "P", Denominator.REGISTERED, 60_000, BASELINE, TARGET))
                .startsWith("the target must be above 0 and at most 2000");
        assertThat(WorkforcePlan.problem(" ", StaffGroup.GP, "P", Denominator.REGISTERED, 6, BASELINE, TARGET))
                .isEqualTo("a workforce plan has a title");
    }
}
