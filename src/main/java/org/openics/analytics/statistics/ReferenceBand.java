package org.openics.analytics.statistics;

/**
 * One age band for indirect standardisation: the local count and population, and the reference
 * population's count and population whose age-specific rate gives the expected events. A missing local
 * count or population, or reference count, is given as zero, as the published method treats it.
 */
public record ReferenceBand(
        String band, double count, double population, double referenceCount, double referencePopulation) {

    public ReferenceBand {
        if (count < 0) {
            throw new IllegalArgumentException("numerators must all be greater than or equal to zero");
        }
        if (population < 0) {
            throw new IllegalArgumentException("denominators must all be greater than or equal to zero");
        }
    }

    double expected() {
        return referenceCount / referencePopulation * population;
    }
}
