package org.openics.workforce;

import java.time.LocalDate;
import java.util.List;

/**
 * A workforce plan as at a date: the need (the target rate times the place's population), the FTE in post, the
 * straight-line trajectory from the baseline and where the place stands on it.
 *
 * @param population the place's population of the plan's kind on the date, or null (see {@code neededFte}'s reason)
 * @param neededFte target per 10,000 × population ÷ 10,000
 * @param baselineFte FTE of the group in post in the place on the baseline date
 * @param actualFte FTE in post on the date
 * @param plannedFte where the trajectory is on the date
 * @param gapToNeed needed − actual (positive: still short)
 * @param behindPlan planned − actual (positive: behind the trajectory)
 * @param rate actual FTE per 10,000, with its 95% interval
 * @param againstTarget the rate's interval set against the target ("below the target" when its upper limit is below it ...)
 * @param status one line: target met, on track, behind plan by N FTE, or not calculated with the reason
 */
public record PlanProgress(
        WorkforcePlan plan,
        String placeName,
        LocalDate asAt,
        Double population,
        Figure neededFte,
        double baselineFte,
        double actualFte,
        Figure plannedFte,
        Figure gapToNeed,
        Figure behindPlan,
        Figure rate,
        Double lower95,
        Double upper95,
        String againstTarget,
        String status,
        List<Point> trajectory) {

    /** How the need, the trajectory and the interval are found (shown beside every plan). */
    public static final String METHOD =
            "need = target per 10,000 × the place's population on the date ÷ 10,000; the trajectory runs in a"
                    + " straight line from the FTE in post on the baseline date to the need on the target date; FTE is the group's in-post FTE"
                    + " in the place's returns; the rate's 95% interval treats FTE as a Poisson count (exact below 10, Byar's from 10)";

    public PlanProgress {
        trajectory = List.copyOf(trajectory);
    }

    /** A point of the trajectory: the planned FTE, and the FTE in post where the date has passed (null after {@code asAt}). */
    public record Point(LocalDate date, Double plannedFte, Double actualFte) {}
}
