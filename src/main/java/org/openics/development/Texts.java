package org.openics.development;

/** Checks shared by the module's records. */
final class Texts {

    private Texts() {}

    static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
        return value;
    }
}
