package org.openics.record;

import java.time.Instant;
import org.openics.kernel.UserRole;

/** One access to person-level data as the tamper-evident audit log holds it. */
public record AuditEntry(
        long sequence,
        Instant at,
        String username,
        UserRole role,
        String organisation,
        Long person,
        String purpose,
        String what,
        boolean granted,
        String reason,
        String hash) {}
