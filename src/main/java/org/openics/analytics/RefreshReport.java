package org.openics.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a refresh did: facts pulled per kind, indicators and values computed, notes. */
public record RefreshReport(
        Instant finishedAt,
        Duration took,
        long persons,
        Map<String, Long> factsByKind,
        int indicators,
        long values,
        List<String> notes) {}
