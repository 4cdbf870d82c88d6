package org.openics.governance;

import java.util.regex.Pattern;

/** Codes of bodies, people, functions and scheme entries: letters, digits and hyphens. */
final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Codes() {}

    static String require(String code, String what) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "'" + code + "' is not a valid " + what + " code (letters, digits, '-', '_', '.')");
        }
        return code;
    }
}
