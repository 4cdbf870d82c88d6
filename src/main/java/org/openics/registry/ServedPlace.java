package org.openics.registry;

/**
 * One side of a coverage link: a provider serving a place, with whether the place lies in the
 * provider's own ICS.
 */
public record ServedPlace(Organisation provider, Organisation place, Coverage coverage, Double share, String placeIcb,
                          boolean outOfArea) {
}
