package org.openics.finance.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.openics.kernel.Money;

/**
 * One year of convergence: shares an envelope between units so that each moves towards its target as far as its floor
 * and cap on growth allow. Each unit gets clamp(λ × target, floor, cap) with the one λ that makes the sum the envelope
 * (solved exactly on the piecewise-linear sum); pence are then settled by largest remainder without crossing a bound.
 * Units over target fall back to their floor; units under target rise, at most to their cap.
 */
public final class PaceOfChange {

    private static final MathContext M = MathContext.DECIMAL128;

    /** The pence a unit may have this year: at least {@code low}, at most {@code high}. */
    public record Bounds(long low, long high) {}

    /** The settled allocations in pence, or why the year cannot be settled. */
    public record Settled(Optional<String> problem, long[] pence) {}

    private PaceOfChange() {}

    /** Bounds from last year's allocation: ceil(previous × (1 + floor%)) to floor(previous × (1 + cap%)). */
    public static Bounds bounds(long previous, BigDecimal floorPercent, BigDecimal capPercent) {
        BigDecimal prev = BigDecimal.valueOf(previous);
        long low = prev.multiply(BigDecimal.ONE.add(floorPercent.movePointLeft(2)))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        long high = prev.multiply(BigDecimal.ONE.add(capPercent.movePointLeft(2)))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return new Bounds(Math.max(0, low), Math.max(0, high));
    }

    public static Settled settle(Money envelope, List<Money> targets, List<Bounds> bounds) {
        long total = envelope.pence();
        long lows = bounds.stream().mapToLong(Bounds::low).sum();
        long highs = bounds.stream().mapToLong(Bounds::high).sum();
        int n = targets.size();
        if (lows > total) {
            return new Settled(
                    Optional.of("the floors on growth need " + Money.ofPence(lows) + ", more than the envelope of "
                            + envelope),
                    new long[n]);
        }
        if (highs < total) {
            return new Settled(
                    Optional.of("the caps on growth allow only " + Money.ofPence(highs) + ", less than the envelope of "
                            + envelope),
                    new long[n]);
        }
        BigDecimal lambda = solve(total, targets, bounds);
        BigDecimal[] exact = new BigDecimal[n];
        long[] pence = new long[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            exact[i] = clamp(lambda.multiply(BigDecimal.valueOf(targets.get(i).pence()), M), bounds.get(i));
            pence[i] = exact[i].setScale(0, RoundingMode.FLOOR).longValueExact();
            given += pence[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> exact[i].subtract(BigDecimal.valueOf(pence[i])))
                .reversed()
                .thenComparing(i -> i));
        long left = total - given;
        // one penny at a time to the largest remainders with room below their cap; loops again only on rounding noise
        while (left > 0) {
            boolean placed = false;
            for (int i : order) {
                if (left == 0) {
                    break;
                }
                if (pence[i] < bounds.get(i).high()) {
                    pence[i]++;
                    left--;
                    placed = true;
                }
            }
            if (!placed) {
                throw new IllegalStateException("no room under the caps for " + left + " pence");
            }
        }
        return new Settled(Optional.empty(), pence);
    }

    /** The λ at which Σ clamp(λ·target, low, high) equals the envelope: exact on the linear piece that crosses it. */
    static BigDecimal solve(long total, List<Money> targets, List<Bounds> bounds) {
        TreeSet<BigDecimal> breaks = new TreeSet<>(List.of(BigDecimal.ZERO));
        for (int i = 0; i < targets.size(); i++) {
            long t = targets.get(i).pence();
            if (t > 0) {
                breaks.add(BigDecimal.valueOf(bounds.get(i).low()).divide(BigDecimal.valueOf(t), M));
                breaks.add(BigDecimal.valueOf(bounds.get(i).high()).divide(BigDecimal.valueOf(t), M));
            }
        }
        BigDecimal want = BigDecimal.valueOf(total);
        BigDecimal before = null;
        BigDecimal sumBefore = null;
        for (BigDecimal lambda : breaks) {
            BigDecimal sum = sum(lambda, targets, bounds);
            if (sum.compareTo(want) >= 0) {
                if (before == null || sum.compareTo(sumBefore) == 0) {
                    return lambda;
                }
                BigDecimal slope = sum.subtract(sumBefore).divide(lambda.subtract(before), M);
                return before.add(want.subtract(sumBefore).divide(slope, M), M);
            }
            before = lambda;
            sumBefore = sum;
        }
        return breaks.last();
    }

    private static BigDecimal sum(BigDecimal lambda, List<Money> targets, List<Bounds> bounds) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < targets.size(); i++) {
            sum = sum.add(
                    clamp(lambda.multiply(BigDecimal.valueOf(targets.get(i).pence()), M), bounds.get(i)));
        }
        return sum;
    }

    private static BigDecimal clamp(BigDecimal x, Bounds b) {
        BigDecimal low = BigDecimal.valueOf(b.low());
        BigDecimal high = BigDecimal.valueOf(b.high());
        return x.compareTo(low) < 0 ? low : x.compareTo(high) > 0 ? high : x;
    }
}
