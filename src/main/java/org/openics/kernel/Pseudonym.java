package org.openics.kernel;

import java.util.regex.Pattern;

/**
 * A person as analytics and planning see them: 24 lower-case hexadecimal digits (a keyed hash the record keeps the key
 * of), never an NHS number. Only the record can turn a pseudonym back into a person, and only for an authorised reason.
 */
public record Pseudonym(String value) implements Comparable<Pseudonym> {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{24}");

    public Pseudonym {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a pseudonym (24 lower-case hexadecimal digits)");
        }
    }

    public static Pseudonym of(String value) {
        return new Pseudonym(value);
    }

    @Override
    public int compareTo(Pseudonym other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
