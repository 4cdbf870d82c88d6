package org.openics.engagement;

import java.time.Instant;

/** One logged write or read of responses: who (a username, or "resident" for an anonymous response), when, what. */
public record LogEntry(String who, Instant at, String action, String subject) {}
