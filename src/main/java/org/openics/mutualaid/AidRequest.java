package org.openics.mutualaid;

/** A provider's request for help with waiters in one specialty. */
public record AidRequest(long id, String provider, String specialty, int patients, String note, String requestedBy) {}
