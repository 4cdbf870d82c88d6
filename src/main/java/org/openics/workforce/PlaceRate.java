package org.openics.workforce;

/**
 * One place's FTE of a staff group per 10,000 of a population, with its 95% interval and how it compares with the
 * ICS as a whole (observed FTE against the FTE expected at the ICS rate; funnel significance).
 *
 * @param comparison the statistics library's significance label ("High (0.025)", "Not significant" ...), or the reason there is none
 */
public record PlaceRate(
        String place,
        String name,
        double fte,
        Double population,
        Figure rate,
        Double lower95,
        Double upper95,
        Double expectedFte,
        String comparison) {}
