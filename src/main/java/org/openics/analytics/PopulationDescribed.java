package org.openics.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which population the published figures describe, as data for the API and the pages: by default the people of the
 * shared care record (their pseudonymised facts); in the demo, a larger synthetic population fed to analytics
 * straight from the generator while the record holds a small sample.
 *
 * @param people       people in the facts the figures are computed from
 * @param scale        for a synthetic population, its share of the demo ICS's registered patients, else null
 * @param seed         for a synthetic population, the generator's seed, else null
 * @param asAt         the date the population is described at (the generator's reference date, or the last refresh's)
 * @param recordPeople people in the shared care record, where known (the sample the record holds), else null
 * @param description  one plain-English sentence saying the above
 */
public record PopulationDescribed(
        Source source, long people, Double scale, Long seed, LocalDate asAt, Long recordPeople, String description) {

    public PopulationDescribed {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(description, "description");
    }

    /** Where the facts behind the figures come from. */
    public enum Source {
        /** The shared care record's pseudonymised facts, fed incrementally. */
        RECORD,
        /** The synthetic population generator, straight into the facts store (the demo); the record is not fed from. */
        SYNTHETIC_GENERATOR
    }
}
