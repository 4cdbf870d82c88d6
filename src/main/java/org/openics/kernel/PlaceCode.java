package org.openics.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A place of an ICS (a local care partnership, usually one borough), as OpenICS codes it: {@code LCP-} and the local
 * authority's ONS code (LCP-E09000022), {@code LCPZ-} for the demo's synthetic places, or a code a registry import gave.
 * Upper case letters, digits and hyphens, 2 to 24 characters.
 */
public record PlaceCode(String value) implements Comparable<PlaceCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,23}");

    public PlaceCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("place code is missing");
        }
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a place code (letters, digits and hyphens, 2-24 characters)");
        }
    }

    public static PlaceCode of(String value) {
        return new PlaceCode(value);
    }

    @Override
    public int compareTo(PlaceCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
