package org.openics.record;

import java.time.Instant;

/** A resource that failed validation, kept with where it came from, why, and its original bytes. */
public record QuarantinedResource(
        long id,
        Instant received,
        String source,
        String file,
        long line,
        String resourceType,
        String resourceId,
        String reason,
        String original,
        boolean released) {}
