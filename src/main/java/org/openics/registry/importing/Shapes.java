package org.openics.registry.importing;

import java.util.regex.Pattern;

/** The published shapes of ODS and ONS codes. */
final class Shapes {

    static final Pattern PRACTICE = Pattern.compile("[A-Z]\\d{5}");
    static final Pattern PCN = Pattern.compile("U\\d{5}");
    /** Three characters (72Q), or the five of newer sub-ICB locations (A3A8R). */
    static final Pattern SUB_ICB = Pattern.compile("[0-9A-Z]{3}([0-9A-Z]{2})?");

    static final Pattern ICB = Pattern.compile("Q[A-Z0-9]{2}");
    static final Pattern REGION = Pattern.compile("Y\\d{2}");
    static final Pattern LSOA = Pattern.compile("[EW]01\\d{6}");
    static final Pattern LOCAL_AUTHORITY = Pattern.compile("[EW](06|07|08|09|10)\\d{6}");

    private Shapes() {}

    /** The kind of English local authority from its ONS code prefix. */
    static String localAuthorityType(String onsCode) {
        return switch (onsCode.substring(0, 3)) {
            case "E09" -> "LONDON_BOROUGH";
            case "E06" -> "UNITARY";
            case "E08" -> "METROPOLITAN_DISTRICT";
            case "E07" -> "DISTRICT";
            case "E10" -> "COUNTY";
            default -> null;
        };
    }
}
