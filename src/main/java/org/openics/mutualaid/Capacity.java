package org.openics.mutualaid;

/** Slots a week a site offers to other providers' waiters in one specialty (treatment function code). */
public record Capacity(String site, String specialty, int slotsPerWeek) {

    public Capacity {
        if (site == null || site.isBlank() || specialty == null || specialty.isBlank()) {
            throw new IllegalArgumentException("capacity names a site and a specialty");
        }
        if (slotsPerWeek < 0) {
            throw new IllegalArgumentException("slots a week cannot be negative: " + slotsPerWeek);
        }
    }
}
