package org.openics.finance;

import java.time.Instant;
import java.util.Optional;

/** A saved allocation run: its inputs and what they gave. {@code rerunOf} names the run it repeated, if any. */
public record AllocationRun(
        long id,
        String name,
        Instant createdAt,
        String createdBy,
        Optional<Long> rerunOf,
        AllocationInputs inputs,
        AllocationResult result) {}
