package org.openics.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ONS lower layer super output area (2021): {@code E01} (England) or {@code W01} (Wales) and six characters, e.g.
 * E01000001; OpenICS's synthetic areas carry a Z after the prefix (E01Z10001), a block ONS never issues.
 */
public record LsoaCode(String value) implements Comparable<LsoaCode> {

    private static final Pattern SHAPE = Pattern.compile("[EW]01[0-9Z][0-9]{5}");

    public LsoaCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("LSOA code is missing");
        }
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an LSOA code (E01 or W01 and six digits)");
        }
    }

    public static LsoaCode of(String value) {
        return new LsoaCode(value);
    }

    /** Whether a string is an LSOA code, without the exception. */
    public static boolean isValid(String value) {
        return value != null
                && SHAPE.matcher(value.trim().toUpperCase(Locale.ROOT)).matches();
    }

    public boolean synthetic() {
        return value.charAt(3) == 'Z';
    }

    @Override
    public int compareTo(LsoaCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
