package org.openics.estates;

import org.openics.kernel.Money;

/**
 * The estate of one place summed over its sites as at a date, with the deprivation it sits in.
 *
 * @param mostDeprivedShare share of the place's LSOAs in the national most deprived fifth (IMD quintile 1), per cent; null when unknown
 */
public record PlaceEstate(
        String place,
        String name,
        int sites,
        double floorAreaM2,
        double voidM2,
        Backlog backlog,
        Money runningCost,
        double carbonTonnes,
        Double mostDeprivedShare) {}
