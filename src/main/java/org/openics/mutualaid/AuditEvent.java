package org.openics.mutualaid;

import java.time.Instant;

/** One line of the mutual aid audit log: who, in what role, when, did what to what, with what outcome and why. */
public record AuditEvent(
        long sequence,
        Instant at,
        String who,
        String role,
        String action,
        String subject,
        String outcome,
        String why) {}
