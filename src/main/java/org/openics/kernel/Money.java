package org.openics.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A sum of money in pounds sterling, held exactly as whole pence (never a {@code double}). Arithmetic that
 * could lose a penny says how it rounds; {@link #allocate} splits a sum so that the parts add up to it exactly.
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    public static Money ofPounds(long pounds) {
        return new Money(Math.multiplyExact(pounds, 100L));
    }

    /** Pounds as written ("1234.56", "-12", "1,000.5"); more than two decimal places is refused, not rounded. */
    public static Money parse(String pounds) {
        if (pounds == null || pounds.isBlank()) {
            throw new IllegalArgumentException("an amount of money is missing");
        }
        String plain = pounds.trim().replace(",", "").replace("£", "");
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + pounds + "' is not an amount of money in pounds");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("'" + pounds + "' has fractions of a penny");
        }
        return new Money(value.movePointRight(2).longValueExact());
    }

    public static Money of(BigDecimal pounds, RoundingMode rounding) {
        return new Money(pounds.movePointRight(2).setScale(0, rounding).longValueExact());
    }

    public BigDecimal pounds() {
        return BigDecimal.valueOf(pence, 2);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money negate() {
        return new Money(Math.negateExact(pence));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    /** This sum scaled by a ratio, rounded to the penny as stated. */
    public Money times(BigDecimal ratio, RoundingMode rounding) {
        return new Money(
                BigDecimal.valueOf(pence).multiply(ratio).setScale(0, rounding).longValueExact());
    }

    public boolean isNegative() {
        return pence < 0;
    }

    public boolean isZero() {
        return pence == 0;
    }

    public static Money sum(Iterable<Money> sums) {
        Money total = ZERO;
        for (Money m : sums) {
            total = total.plus(m);
        }
        return total;
    }

    /**
     * Splits this sum in proportion to the weights so that the parts add up to it to the penny: each part gets
     * the whole pence of its exact share, and the pence left over go one each to the largest remainders
     * (Hamilton's largest-remainder method; ties to the earlier weight). Weights are non-negative and not all zero.
     */
    public List<Money> allocate(List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to allocate to");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("allocation weights are non-negative");
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("allocation weights are all zero");
        }
        long sign = pence < 0 ? -1 : 1;
        BigDecimal whole = BigDecimal.valueOf(Math.abs(pence));
        long[] parts = new long[weights.size()];
        BigDecimal[] remainders = new BigDecimal[weights.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigDecimal exact = whole.multiply(weights.get(i));
            BigDecimal[] qr = exact.divideAndRemainder(total);
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            given += parts[i];
        }
        long left = Math.abs(pence) - given;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < left; k++) {
            parts[order.get(k)]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long p : parts) {
            result.add(new Money(sign * p));
        }
        return result;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** As people read it: "£1,234.56", "-£12.00". */
    @Override
    public String toString() {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(pounds());
    }
}
