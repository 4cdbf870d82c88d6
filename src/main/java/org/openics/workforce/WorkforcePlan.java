package org.openics.workforce;

import java.time.LocalDate;

/**
 * A workforce plan for one staff group in one place against need: reach {@code targetPer10k} FTE per 10,000 of a
 * population (registered, weighted, resident or multimorbid residents) by {@code targetDate}, growing in a straight
 * line from the FTE in post on {@code baseline}. One plan per group, place and population; saving it again revises it.
 *
 * @param id the stored plan's number, 0 before it is saved
 */
public record WorkforcePlan(
        long id,
        String title,
        StaffGroup group,
        String place,
        Denominator per,
        double targetPer10k,
        LocalDate baseline,
        LocalDate targetDate) {

    /** Above this a target per 10,000 is a typing error (the ICS's whole workforce is under 2,000 per 10,000 residents). */
    static final double MOST_PER_10K = 2_000;

    public WorkforcePlan {
        String problem = problem(title, group, place, per, targetPer10k, baseline, targetDate);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        title = title.trim();
        place = place.trim();
    }

    /** Why these values are not a plan, or null when they are one (the reason the user sees). */
    public static String problem(
            String title,
            StaffGroup group,
            String place,
            Denominator per,
            double targetPer10k,
            LocalDate baseline,
            LocalDate targetDate) {
        if (title == null || title.isBlank()) {
            return "a workforce plan has a title";
        }
        if (group == null || per == null) {
            return "a workforce plan has a staff group and the population its target is per 10,000 of";
        }
        if (place == null || place.isBlank()) {
            return "a workforce plan is for a place (its code)";
        }
        if (!(targetPer10k > 0 && targetPer10k <= MOST_PER_10K)) {
            return "the target must be above 0 and at most " + (int) MOST_PER_10K + " FTE per 10,000, not "
                    + targetPer10k;
        }
        if (baseline == null || targetDate == null) {
            return "a workforce plan has a baseline date and a target date";
        }
        if (!targetDate.isAfter(baseline)) {
            return "the target date " + targetDate + " is not after the baseline " + baseline;
        }
        return null;
    }

    public WorkforcePlan withId(long newId) {
        return new WorkforcePlan(newId, title, group, place, per, targetPer10k, baseline, targetDate);
    }
}
