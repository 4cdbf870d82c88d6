package org.openics.mutualaid;

import java.util.Optional;

/**
 * The ICS's residents on any provider's list, by one category (deprivation fifth or ethnic group): how many wait, their
 * median wait, and the share waiting 18 weeks or more with its 95% Wilson interval (who waits longest).
 */
public record WaitsBreakdown(
        String dimension,
        String category,
        int waiting,
        Optional<Double> medianWeeks,
        int over18,
        double shareOver18,
        double lower95,
        double upper95,
        int over52) {}
