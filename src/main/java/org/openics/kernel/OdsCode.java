package org.openics.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code that identifies a node: an ODS code (practice G85001, PCN U12345, ICB QKK, trust RJ1), an ONS
 * code (LSOA E01000001, local authority E09000022) or an OpenICS place code (LCP-E09000022).
 * Upper case letters, digits and hyphens, 2 to 16 characters.
 */
public record OdsCode(String value) implements Comparable<OdsCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,15}");

    public OdsCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("code is missing");
        }
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a valid code (letters, digits and hyphens, 2-16 characters)");
        }
    }

    public static OdsCode of(String value) {
        return new OdsCode(value);
    }

    @Override
    public int compareTo(OdsCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
