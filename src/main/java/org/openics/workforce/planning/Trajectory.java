package org.openics.workforce.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.openics.analytics.statistics.Confidence;
import org.openics.analytics.statistics.Estimate;
import org.openics.analytics.statistics.Rates;
import org.openics.workforce.Figure;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.staffing.PerCapita;
import org.openics.workforce.staffing.Staffing;

/**
 * A workforce plan's progress. The need is the target rate times the place's population on the date; the trajectory
 * is a straight line in FTE from the FTE in post on the baseline date to the need on the target date, with a point at
 * the start of every quarter between. The rate's interval ({@link Rates#crude}, FTE treated as a Poisson count) is set
 * against the target so that a place is only called below or above its target when the interval excludes it.
 */
public final class Trajectory {

    private Trajectory() {}

    /**
     * @param fteOn the FTE of the plan's group in post in its place as at a date (from the returns in force on it)
     */
    public static PlanProgress progress(
            WorkforcePlan plan,
            String placeName,
            LocalDate asAt,
            PerCapita.Population population,
            ToDoubleFunction<LocalDate> fteOn) {
        double baselineFte = Staffing.round(fteOn.applyAsDouble(plan.baseline()));
        double actual = Staffing.round(fteOn.applyAsDouble(asAt));
        Double pop = population.value() != null && population.value() > 0 ? population.value() : null;
        if (pop == null) {
            String reason = population.missing() == null ? "a population of 0" : population.missing();
            Figure none = Figure.notCalculated(reason);
            List<PlanProgress.Point> points = dates(plan).stream()
                    .map(d -> new PlanProgress.Point(
                            d, null, d.isAfter(asAt) ? null : Staffing.round(fteOn.applyAsDouble(d))))
                    .toList();
            return new PlanProgress(
                    plan,
                    placeName,
                    asAt,
                    population.value(),
                    none,
                    baselineFte,
                    actual,
                    none,
                    none,
                    none,
                    none,
                    null,
                    null,
                    "not compared: " + reason,
                    "not calculated: " + reason,
                    points);
        }
        double needed = Staffing.round(plan.targetPer10k() * pop / PerCapita.PER);
        List<PlanProgress.Point> points = new ArrayList<>();
        for (LocalDate d : dates(plan)) {
            points.add(new PlanProgress.Point(
                    d,
                    planned(plan, baselineFte, needed, d),
                    d.isAfter(asAt) ? null : Staffing.round(fteOn.applyAsDouble(d))));
        }
        double plannedNow = planned(plan, baselineFte, needed, asAt);
        Estimate rate = Rates.crude(actual, pop, PerCapita.PER, List.of(Confidence.NINETY_FIVE));
        double lower = rate.at(Confidence.NINETY_FIVE).lower();
        double upper = rate.at(Confidence.NINETY_FIVE).upper();
        String against = upper < plan.targetPer10k()
                ? "below the target (its 95% interval is under it)"
                : lower > plan.targetPer10k()
                        ? "above the target (its 95% interval is over it)"
                        : "not distinguishable from the target (its 95% interval contains it)";
        return new PlanProgress(
                plan,
                placeName,
                asAt,
                pop,
                Figure.of(needed),
                baselineFte,
                actual,
                Figure.of(plannedNow),
                Figure.of(Staffing.round(needed - actual)),
                Figure.of(Staffing.round(plannedNow - actual)),
                Figure.of(rate.value()),
                lower,
                upper,
                against,
                status(plan, asAt, needed, plannedNow, actual),
                points);
    }

    static String status(WorkforcePlan plan, LocalDate asAt, double needed, double planned, double actual) {
        if (actual >= needed) {
            return "target met";
        }
        if (!asAt.isBefore(plan.targetDate())) {
            return String.format(Locale.UK, "target date passed: %.2f FTE short", needed - actual);
        }
        if (asAt.isBefore(plan.baseline())) {
            return "the plan has not started (baseline " + plan.baseline() + ")";
        }
        return actual >= planned ? "on track" : String.format(Locale.UK, "behind plan by %.2f FTE", planned - actual);
    }

    /** The trajectory's FTE on a date: the baseline before the plan starts, the need from its target date. */
    static double planned(WorkforcePlan plan, double baselineFte, double needed, LocalDate date) {
        long span = ChronoUnit.DAYS.between(plan.baseline(), plan.targetDate());
        long done = ChronoUnit.DAYS.between(plan.baseline(), date);
        double share = Math.max(0, Math.min(1, (double) done / span));
        return Staffing.round(baselineFte + (needed - baselineFte) * share);
    }

    /** The baseline, the first day of every quarter after it and before the target, and the target date. */
    public static List<LocalDate> dates(WorkforcePlan plan) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(plan.baseline());
        LocalDate quarter = plan.baseline()
                .withDayOfMonth(1)
                .withMonth((plan.baseline().getMonthValue() - 1) / 3 * 3 + 1)
                .plusMonths(3);
        for (; quarter.isBefore(plan.targetDate()); quarter = quarter.plusMonths(3)) {
            dates.add(quarter);
        }
        dates.add(plan.targetDate());
        return dates;
    }
}
