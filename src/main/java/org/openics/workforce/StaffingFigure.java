package org.openics.workforce;

import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.openics.kernel.OdsCode;

/**
 * One organisation's staff of one group in one place, as returned for a period (the month it counts, from its
 * first day until the next period's figure). In post is what was there; establishment the budgeted posts.
 * Fields a return did not give are empty, never zero.
 *
 * @param place the place (local care partnership) code the staff work in, or "" for the whole organisation
 * @param leavers headcount leaving in the twelve months to the period (for turnover)
 * @param sicknessDaysLost FTE days lost to sickness absence in the period
 * @param sicknessDaysAvailable FTE days available in the period
 */
public record StaffingFigure(
        OdsCode organisation,
        StaffGroup group,
        String place,
        LocalDate period,
        double inPostFte,
        int headcount,
        OptionalDouble establishmentFte,
        OptionalInt leavers,
        OptionalDouble sicknessDaysLost,
        OptionalDouble sicknessDaysAvailable,
        OptionalDouble agencyFte,
        OptionalDouble bankFte) {

    public StaffingFigure {
        if (organisation == null || group == null || period == null) {
            throw new IllegalArgumentException("a staffing figure has an organisation, a staff group and a period");
        }
        place = place == null ? "" : place;
        if (inPostFte < 0 || headcount < 0) {
            throw new IllegalArgumentException("staff in post cannot be negative");
        }
        if (headcount == 0 && inPostFte > 0) {
            throw new IllegalArgumentException("FTE " + inPostFte + " in post with a headcount of 0");
        }
    }

    /** What identifies the figure: one per organisation, group, place and period. */
    public record Key(OdsCode organisation, StaffGroup group, String place, LocalDate period) {}

    public Key key() {
        return new Key(organisation, group, place, period);
    }
}
