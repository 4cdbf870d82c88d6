package org.openics.development.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.development.DevelopmentPlan;
import org.openics.development.Milestone;
import org.openics.development.MilestoneStatus;
import org.openics.development.WorkArea;
import org.openics.development.demo.DemoDevelopment;

class GanttTest {

    @Test
    void theWindowIsWholeFinancialQuartersAroundEveryMilestoneAndToday() {
        Milestone m = new Milestone(
                "a-1",
                "a",
                "Half a year",
                Optional.of(LocalDate.parse("2026-05-15")),
                LocalDate.parse("2026-11-14"),
                MilestoneStatus.ON_TRACK,
                "",
                List.of());
        Gantt gantt = Gantt.of(
                new DevelopmentPlan(List.of(new WorkArea("a", 1, "Area", "", "", "", List.of(), List.of(m)))),
                LocalDate.parse("2026-12-01"));
        assertThat(gantt.from()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(gantt.to()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(gantt.ticks()).extracting(Gantt.Tick::label).containsExactly("2026/27", "Q2", "Q3");
        Gantt.Row bar = gantt.rows().get(1);
        assertThat(bar.startPercent()).isEqualTo(16.0); // 44 of 275 days
        assertThat(bar.startPercent() + bar.widthPercent())
                .isCloseTo(82.91, org.assertj.core.data.Offset.offset(1e-9)); // 228 of 275
        assertThat(gantt.todayPercent()).isEqualTo(88.73);
    }

    @Test
    void theDemoPlanHasSeventeenAreasAndEveryBarLiesInsideTheWindow() {
        DevelopmentPlan plan = org.openics.development.internal.DemoPlan.plan();
        Gantt gantt = Gantt.of(plan, LocalDate.parse("2026-11-22"));
        assertThat(plan.areas()).hasSize(17);
        assertThat(gantt.rows()).hasSize(17 + plan.milestones().size());
        assertThat(gantt.rows())
                .filteredOn(r -> !r.heading())
                .allSatisfy(r -> assertThat(r.startPercent()).isBetween(0.0, 100.0))
                .allSatisfy(r -> assertThat(r.startPercent() + r.widthPercent()).isBetween(0.0, 100.0));
        assertThat(DemoDevelopment.conditions()).hasSize(16);
    }
}
