package org.openics.kernel;

/**
 * A verified NHS number: ten digits whose last is the Modulus 11 check digit of the first nine.
 * An invalid NHS number cannot exist; use {@link #check(String)} to get the reason instead.
 */
public record NhsNumber(String value) {

    public static final String SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";

    public NhsNumber {
        String problem = check(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why a string is not a valid NHS number, or null when it is one. */
    public static String check(String value) {
        if (value == null || !value.matches("\\d{10}")) {
            return "NHS number '" + value + "' is not ten digits";
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (value.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != value.charAt(9) - '0') {
            return "NHS number " + value + " fails the Modulus 11 check";
        }
        return null;
    }

    public static boolean isValid(String value) {
        return check(value) == null;
    }

    @Override
    public String toString() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }
}
