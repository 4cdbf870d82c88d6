package org.openics.finance.capital;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Bid values as the solver's integers: each value × 10^scale. The scale is the values' own number of decimal places
 * (exact) unless the objective would then pass its limit; then values are rounded half-even at the largest scale
 * that fits, and every bound is widened by the rounding's worst case so it stays a true bound. The integers are then
 * divided by their greatest common divisor {@code unit} (exact: with scores 0–5 and weights 0.30, 0.25 ... every value
 * is a multiple of 0.05), so the solver works with small numbers and rounds its bounds down to whole units.
 */
record ScaledValues(long[] coefficients, long unit, int scale, boolean exact, BigDecimal worstRoundingError) {

    /**
     * Largest total of the scaled values for a round of {@code bids} bids: times the tie-break factor (bids + 1, see
     * {@link CpSatSolve}) it stays below 2^53, so the solver's objective and its LP are exact in doubles.
     */
    static BigDecimal limitFor(int bids) {
        return BigDecimal.valueOf(1L << 53).divide(BigDecimal.valueOf(bids + 1L), 0, RoundingMode.FLOOR);
    }

    static ScaledValues of(BigDecimal[] values, BigDecimal limit) {
        int exactScale = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            exactScale = Math.max(exactScale, v.stripTrailingZeros().scale());
            total = total.add(v);
        }
        int scale = exactScale;
        while (scale > -18 && total.movePointRight(scale).compareTo(limit) > 0) {
            scale--;
        }
        long[] coefficients = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            coefficients[i] = values[i]
                    .movePointRight(scale)
                    .setScale(0, RoundingMode.HALF_EVEN)
                    .longValueExact();
        }
        long unit = 0;
        for (long c : coefficients) {
            unit = gcd(unit, c);
        }
        unit = Math.max(unit, 1);
        for (int i = 0; i < coefficients.length; i++) {
            coefficients[i] /= unit;
        }
        boolean exact = scale >= exactScale;
        BigDecimal error = exact
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(5, 1).movePointLeft(scale).multiply(BigDecimal.valueOf(values.length));
        return new ScaledValues(coefficients, unit, scale, exact, error);
    }

    BigDecimal unscaled(long value) {
        return BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(unit)).movePointLeft(scale);
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }

    String precision() {
        return exact
                ? "exact: every bid's value is given to the solver to its last decimal place"
                : "each bid's value rounded to the nearest "
                        + BigDecimal.ONE.movePointLeft(scale).toPlainString()
                        + " for the solver; the bound is widened by the worst case ("
                        + worstRoundingError.toPlainString() + ")";
    }
}
