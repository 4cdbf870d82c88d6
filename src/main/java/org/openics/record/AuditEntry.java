package org.openics.record;

import org.openics.kernel.UserRole;

import java.time.Instant;

/** One access to person-level data as the tamper-evident audit log holds it. */
public record AuditEntry(long sequence, Instant at, String username, UserRole role, String organisation, Long person,
                         String purpose, String what, boolean granted, String reason, String hash) {
}
