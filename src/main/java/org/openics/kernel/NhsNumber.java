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
        int check = checkDigit(Long.parseLong(value.substring(0, 9)));
        if (check == 10 || check != value.charAt(9) - '0') {
            return "NHS number " + value + " fails the Modulus 11 check";
        }
        return null;
    }

    /**
     * The Modulus 11 check digit of the first nine digits (given as a number, so 0 stands for 000000000), or 10 when no
     * valid NHS number begins with them. For generators that hand out numbers; everything else uses {@link #check}.
     */
    public static int checkDigit(long firstNine) {
        if (firstNine < 0 || firstNine > 999_999_999L) {
            throw new IllegalArgumentException(firstNine + " is not nine digits");
        }
        int sum = 0;
        long rest = firstNine;
        for (int weight = 2; weight <= 10; weight++) {
            sum += (int) (rest % 10) * weight;
            rest /= 10;
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public static boolean isValid(String value) {
        return check(value) == null;
    }

    @Override
    public String toString() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }
}
