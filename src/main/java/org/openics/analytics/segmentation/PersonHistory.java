package org.openics.analytics.segmentation;

import java.time.LocalDate;
import java.util.List;

/**
 * What segmentation needs to know of one person at a reference date, from the pseudonymised facts.
 *
 * @param age                   age in whole years at the reference date (null when unknown)
 * @param deathDate             date of death, if any
 * @param conditions            every condition recorded
 * @param emergencyAdmissions   emergency admissions in the twelve months before the reference date
 * @param emergencyAttendances  A&amp;E attendances (encounter class EMER) in the same twelve months
 */
public record PersonHistory(
        Integer age,
        LocalDate deathDate,
        List<RecordedCondition> conditions,
        int emergencyAdmissions,
        int emergencyAttendances) {

    public PersonHistory {
        conditions = List.copyOf(conditions);
        if (emergencyAdmissions < 0 || emergencyAttendances < 0) {
            throw new IllegalArgumentException("counts of contacts are not negative");
        }
    }
}
