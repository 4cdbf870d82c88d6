package org.openics.registry;

import org.openics.kernel.OdsCode;

/**
 * One side of a coverage link: a provider serving a place, with whether the place lies in the
 * provider's own ICS.
 */
public record ServedPlace(
        Organisation provider,
        Organisation place,
        Coverage coverage,
        Double share,
        OdsCode placeIcb,
        boolean outOfArea) {}
