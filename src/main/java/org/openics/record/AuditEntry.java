package org.openics.record;

import java.time.Instant;

/** One access to person-level data as the tamper-evident audit log holds it. */
public record AuditEntry(long sequence, Instant at, String username, Role role, String organisation, Long person,
                         String purpose, String what, boolean granted, String reason, String hash) {
}
