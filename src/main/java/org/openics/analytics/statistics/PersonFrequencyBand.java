package org.openics.analytics.statistics;

/**
 * For non-independent events (one person may have several admissions): within one age band, the number
 * of distinct people who had {@code frequency} events, with the band's population and standard population.
 */
public record PersonFrequencyBand(
        String band, double frequency, double people, double population, double standardPopulation) {

    public PersonFrequencyBand {
        if (!(frequency >= 0)) {
            throw new IllegalArgumentException("event frequencies must be numbers of zero or more");
        }
        new StandardisationBand(band, people, population, standardPopulation);
    }
}
