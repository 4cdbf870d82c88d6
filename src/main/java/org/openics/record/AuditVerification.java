package org.openics.record;

import java.util.Optional;

/** The result of re-computing the audit log's hash chain: intact, or the first entry that does not match. */
public record AuditVerification(long entries, Optional<Long> firstBrokenEntry, String problem) {

    public boolean intact() {
        return firstBrokenEntry.isEmpty();
    }
}
