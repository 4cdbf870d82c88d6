package org.openics.geography;

import java.util.List;

/**
 * A place to outline synthetically: its code (as maps match it: the local authority's code for a place), a centre
 * in WGS84 longitude and latitude, and the small areas (LSOAs) inside it, in the order they should run north to south.
 */
public record SyntheticPlace(String code, String name, double longitude, double latitude, List<SmallArea> smallAreas) {

    public SyntheticPlace {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a place needs a code");
        }
        if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("the centre of " + code + " is not a longitude and latitude");
        }
        smallAreas = List.copyOf(smallAreas);
    }

    /** An LSOA inside the place. */
    public record SmallArea(String code, String name) {}
}
