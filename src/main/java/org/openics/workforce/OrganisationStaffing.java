package org.openics.workforce;

import java.time.LocalDate;
import org.openics.kernel.OdsCode;

/**
 * One organisation's staff of one group as at a date, summed over the places it returns: the latest return's in
 * post (FTE, headcount) with the staff deployed in and out on that date, and the rates derived from the return.
 *
 * @param period the period of the return used, or null when the organisation only hosts deployed staff
 * @param workingFte in post − deployed out + deployed in: the FTE working for the organisation on the date
 * @param vacancyFte establishment − in post (FTE)
 * @param vacancyRate vacancies / establishment, per cent
 * @param turnover leavers in 12 months / headcount in post, per cent
 * @param sicknessRate FTE days lost / FTE days available, per cent
 * @param transfersIn staff passport transfers into the organisation in the 12 months to the date
 */
public record OrganisationStaffing(
        OdsCode organisation,
        String name,
        StaffGroup group,
        LocalDate period,
        double inPostFte,
        int headcount,
        double deployedInFte,
        double deployedOutFte,
        double workingFte,
        Figure establishmentFte,
        Figure vacancyFte,
        Figure vacancyRate,
        Figure turnover,
        Figure sicknessRate,
        Figure agencyFte,
        Figure bankFte,
        int transfersIn,
        int transfersOut) {}
