package org.openics.mutualaid;

/** Waiters a plan moves from one provider's list to a site of another, in one specialty, with their straight-line travel. */
public record Transfer(
        String origin,
        String site,
        String destinationProvider,
        String specialty,
        int waiters,
        double meanMiles,
        double maxMiles) {}
