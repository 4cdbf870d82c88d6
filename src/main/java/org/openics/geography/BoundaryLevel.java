package org.openics.geography;

import java.util.Locale;

/** What a boundary outlines: a place (a borough or local authority area) or a small area (LSOA). */
public enum BoundaryLevel {
    PLACE,
    LSOA;

    /** From a command-line or query word ("place", "lsoa"); an IllegalArgumentException naming the choices otherwise. */
    public static BoundaryLevel parse(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("level must be place or lsoa, not '" + word + "'");
        }
    }
}
