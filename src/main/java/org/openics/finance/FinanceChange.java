package org.openics.finance;

import java.time.Instant;

/** One write to finance, as the change log keeps it: who (and in what role), when, what and to what. */
public record FinanceChange(
        long id, Instant at, String actor, String role, String action, String subject, String detail) {}
