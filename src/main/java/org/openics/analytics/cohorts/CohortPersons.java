package org.openics.analytics.cohorts;

import java.util.List;
import org.openics.record.AccessDecision;
import org.openics.record.PersonSummary;

/**
 * A cohort's person list as one actor may see it: the people they have a legitimate relationship with, each
 * disclosure audited by the record; {@code withheld} people of the cohort are not shown (no relationship).
 * Refused outright (with the reason) for roles that do not give direct care.
 */
public record CohortPersons(AccessDecision decision, long cohortSize, List<PersonSummary> persons, long withheld) {

    public CohortPersons {
        persons = List.copyOf(persons);
    }
}
