package org.openics.synthetic.population;

/** A ten-digit NHS number whose last digit is its Modulus 11 check digit; an invalid one cannot exist. */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!valid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid NHS number (10 digits, Modulus 11 check digit)");
        }
    }

    /** The check digit of the first nine digits, or 10 when no valid number starts with them. */
    public static int checkDigit(long firstNine) {
        int sum = 0;
        long rest = firstNine;
        for (int weight = 2; weight <= 10; weight++) {
            sum += (int) (rest % 10) * weight;
            rest /= 10;
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    public static boolean valid(String candidate) {
        if (candidate == null || candidate.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Character.isDigit(candidate.charAt(i))) {
                return false;
            }
        }
        long firstNine = Long.parseLong(candidate.substring(0, 9));
        return checkDigit(firstNine) == candidate.charAt(9) - '0';
    }
}
