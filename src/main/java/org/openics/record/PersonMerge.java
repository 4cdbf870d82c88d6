package org.openics.record;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One explicit merge in the master person index: the patient records moved from one person to another, who did it
 * and why, and whether (and by whom) it has been undone.
 */
public record PersonMerge(
        long id,
        PersonId from,
        PersonId into,
        List<String> patientRecords,
        String actor,
        String reason,
        Instant mergedAt,
        Optional<Instant> unmergedAt,
        Optional<String> unmergedBy) {

    public PersonMerge {
        patientRecords = List.copyOf(patientRecords);
        unmergedAt = unmergedAt == null ? Optional.empty() : unmergedAt;
        unmergedBy = unmergedBy == null ? Optional.empty() : unmergedBy;
    }

    /** Still in force: not undone. */
    public boolean active() {
        return unmergedAt.isEmpty();
    }
}
