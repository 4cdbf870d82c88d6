package org.openics.mutualaid;

/**
 * A site's diagnostic capacity in one modality: tests it does a week, and how many of those it offers a week to other
 * providers' waiters (spare capacity for balancing; at most the tests a week).
 */
public record DiagnosticCapacity(String site, Modality modality, int testsPerWeek, int offeredPerWeek) {

    public DiagnosticCapacity {
        if (site == null || site.isBlank() || modality == null) {
            throw new IllegalArgumentException("diagnostic capacity names a site and a modality");
        }
        if (testsPerWeek < 0 || offeredPerWeek < 0 || offeredPerWeek > testsPerWeek) {
            throw new IllegalArgumentException("tests a week ≥ 0 and offered a week between 0 and the tests a week: "
                    + testsPerWeek + ", " + offeredPerWeek);
        }
    }
}
