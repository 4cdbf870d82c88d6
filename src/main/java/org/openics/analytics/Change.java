package org.openics.analytics;

/** A headline value that moved between the last two refreshes. */
public record Change(
        String indicatorId,
        Level level,
        String code,
        Double previous,
        Double current,
        Comparison previousVsBenchmark95,
        Comparison currentVsBenchmark95) {}
