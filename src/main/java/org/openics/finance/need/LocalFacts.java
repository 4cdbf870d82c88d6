package org.openics.finance.need;

import java.util.List;
import java.util.Optional;

/**
 * What the local need index reads from the system's own population: for an indicator, a unit (a place, or the ICS as
 * the reference) and a dimension, the counts in each category. Empty when the figures are not held (no refresh yet,
 * or withheld for small numbers); the reason is then said by {@link #missing}.
 */
public interface LocalFacts {

    /** A breakdown dimension of the population's figures. */
    enum Dimension {
        AGE,
        SEX,
        DEPRIVATION
    }

    /** One category's counts: people (or events) counted by the indicator and the population it is counted in. */
    record Cell(String category, double numerator, double denominator) {

        public Cell {
            if (!(numerator >= 0) || !(denominator >= 0)) {
                throw new IllegalArgumentException(
                        "counts are never negative: " + category + " " + numerator + "/" + denominator);
            }
        }
    }

    Optional<List<Cell>> cells(String indicator, String unit, Dimension dimension);

    /** Why {@link #cells} is empty for this indicator, unit and dimension (said on the page). */
    String missing(String indicator, String unit, Dimension dimension);
}
