package org.openics.record.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codes that cannot belong to their code system, found without the code system itself: a SNOMED CT identifier's
 * form, partition and Verhoeff check digit, a LOINC code's mod-10 check digit, and the NHS ethnic category list. A code
 * that passes may still be unknown (that needs the release files); one that fails is certainly wrong.
 */
public final class CodeChecks {

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

    /** NHS Data Dictionary ETHNIC CATEGORY (2001 census categories), with Z not stated and 99 not known. */
    static final Set<String> ETHNIC_CATEGORIES =
            Set.of("A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z", "99");
    /** Partition identifiers of SNOMED CT concept, description and relationship ids, short and long (extension) form. */
    private static final Set<String> PARTITIONS = Set.of("00", "01", "02", "10", "11", "12");

    private static final Pattern SCTID = Pattern.compile("[1-9][0-9]{5,17}");
    /** A LOINC code: a term number, or an answer (LA), part (LP), answer list (LL) or group (LG) code; a hyphen and the check digit. */
    private static final Pattern LOINC_CODE = Pattern.compile("((?:L[APLG])?[0-9]{1,7})-([0-9])");

    private CodeChecks() {}

    /** Why the code cannot be in its system, or null when it may be (or the system is not one checked here). */
    public static String problem(String system, String code) {
        if (system == null || code == null) {
            return null;
        }
        return switch (system) {
            case SNOMED -> snomed(code);
            case LOINC -> loinc(code);
            case ETHNIC_CATEGORY ->
                ETHNIC_CATEGORIES.contains(code) ? null : "'" + code + "' is not an NHS ethnic category";
            default -> null;
        };
    }

    static String snomed(String code) {
        if (!SCTID.matcher(code).matches()) {
            return "'" + code + "' is not a SNOMED CT identifier (6 to 18 digits)";
        }
        if (!PARTITIONS.contains(code.substring(code.length() - 3, code.length() - 1))) {
            return "'" + code + "' has no valid SNOMED CT partition identifier";
        }
        return verhoeff(code) ? null : "'" + code + "' fails the SNOMED CT Verhoeff check digit";
    }

    /** Verhoeff's dihedral-group multiplication (d) and position permutation (p) tables, as the SNOMED CT specification gives them. */
    private static final int[][] MULTIPLY = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
        {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
        {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
        {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
        {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
        {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
    };

    private static final int[][] PERMUTE = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
        {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
        {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
        {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
        {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
        {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
    };

    /** Whether the last digit of a string of digits is its Verhoeff check digit (catches every single-digit error and adjacent swap). */
    static boolean verhoeff(String digits) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            check = MULTIPLY[check][PERMUTE[i % 8][digits.charAt(digits.length() - 1 - i) - '0']];
        }
        return check == 0;
    }

    static String loinc(String code) {
        var matcher = LOINC_CODE.matcher(code);
        if (!matcher.matches()) {
            return "'" + code + "' is not a LOINC code (digits, or LA/LP/LL/LG and digits; hyphen; check digit)";
        }
        return loincCheckDigit(matcher.group(1)) == matcher.group(2).charAt(0) - '0'
                ? null
                : "'" + code + "' fails the LOINC mod-10 check digit";
    }

    /**
     * LOINC's mod-10 check digit (Users' Guide 12 C): from the right, every other character doubled, starting with the
     * rightmost, the digits of the doubled values summed with the others. A letter of an LA/LP/LL/LG prefix counts as its
     * character code less 48, as LOINC's variant for codes with letters does; for plain digits the two are the same.
     */
    static int loincCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int value = body.charAt(body.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? 2 * value - (value / 5) * 9 : value;
        }
        return (10 - sum % 10) % 10;
    }
}
