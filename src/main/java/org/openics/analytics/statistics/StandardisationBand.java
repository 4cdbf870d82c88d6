package org.openics.analytics.statistics;

/**
 * One age band (or other standardisation category) of a local population: observed events, population
 * and the standard population. A missing count is given as zero, as the published method treats it.
 */
public record StandardisationBand(String band, double count, double population, double standardPopulation) {

    public StandardisationBand {
        if (count < 0) {
            throw new IllegalArgumentException("numerators must all be greater than or equal to zero");
        }
        if (!(population > 0)) {
            throw new IllegalArgumentException("denominators must all be greater than zero");
        }
        if (standardPopulation < 0) {
            throw new IllegalArgumentException("standard populations must all be greater than or equal to zero");
        }
    }
}
