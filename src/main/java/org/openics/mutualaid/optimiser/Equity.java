package org.openics.mutualaid.optimiser;

import java.util.ArrayList;
import java.util.List;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.Waiter;

/**
 * The deprivation gap and the projected waits. A waiter who stays is projected to have waited weeks + horizon at the
 * horizon's end; one moved is treated within it, on average at its middle: weeks + horizon / 2. The gap is the mean
 * projected wait of the most deprived fifth less that of the least deprived fifth; a plan keeps it from widening when
 * |gap after| ≤ |gap before|, which is linear in the numbers moved from each fifth:
 * gap after = gap before − (horizon / 2) × (moved₁ / n₁ − moved₅ / n₅).
 */
final class Equity {

    static final double TOLERANCE = 1e-9;

    private final Network net;
    private final List<Waiter> waiters;
    private final int horizon;
    private final long[] count = new long[6];
    private final double gapBefore;

    Equity(Network net) {
        this.net = net;
        this.waiters = net.request.waiters();
        this.horizon = net.request.horizonWeeks();
        double[] weeks = new double[6];
        for (Waiter w : waiters) {
            count[w.deprivationFifth()]++;
            weeks[w.deprivationFifth()] += w.weeksWaited();
        }
        gapBefore = applies() ? weeks[1] / count[1] - weeks[5] / count[5] : Double.NaN;
    }

    /** The constraint applies only when both the most and the least deprived fifths have waiters. */
    boolean applies() {
        return count[1] > 0 && count[5] > 0;
    }

    /** The share-moved difference e = moved₁/n₁ − moved₅/n₅ as a linear function of each group's moves. */
    double coefficient(int fifth) {
        if (!applies()) {
            return 0;
        }
        return fifth == 1 ? 1.0 / count[1] : fifth == 5 ? -1.0 / count[5] : 0;
    }

    /** The range of e that keeps |gap before − (horizon/2)·e| ≤ |gap before|. */
    double[] allowedRange() {
        if (!applies()) {
            return new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double edge = 2 * gapBefore / (horizon / 2.0);
        return gapBefore >= 0 ? new double[] {0, edge} : new double[] {edge, 0};
    }

    double shareDifference(long[] moved) {
        double e = 0;
        for (int g = 0; g < moved.length; g++) {
            e += coefficient(net.fifth(g)) * moved[g];
        }
        return e;
    }

    boolean holds(long[] moved) {
        if (!applies()) {
            return true;
        }
        double after = gapBefore - horizon / 2.0 * shareDifference(moved);
        return Math.abs(after) <= Math.abs(gapBefore) + TOLERANCE;
    }

    /** Takes the fewest, least valuable moves out of the fifth that breaks the constraint. */
    void repair(long[] moved) {
        if (!applies()) {
            return;
        }
        double[] range = allowedRange();
        double e = shareDifference(moved);
        if (e < range[0] - TOLERANCE) {
            remove(moved, 5, (long) Math.ceil((range[0] - e) * count[5] - TOLERANCE));
        } else if (e > range[1] + TOLERANCE) {
            remove(moved, 1, (long) Math.ceil((e - range[1]) * count[1] - TOLERANCE));
        }
    }

    private void remove(long[] moved, int fifth, long how) {
        List<Integer> groups = new ArrayList<>();
        for (int g = 0; g < moved.length; g++) {
            if (net.fifth(g) == fifth && moved[g] > 0) {
                groups.add(g);
            }
        }
        groups.sort((a, b) -> Long.compare(net.benefit(a), net.benefit(b)));
        for (int g : groups) {
            long take = Math.min(how, moved[g]);
            moved[g] -= take;
            how -= take;
            if (how == 0) {
                return;
            }
        }
    }

    /** The list at the horizon's end, without the plan ({@code moved} null) or with it. */
    Plan.Outcome outcome(boolean[] moved) {
        double total = 0;
        double[] byFifth = new double[6];
        int over52 = 0;
        int over65 = 0;
        int over78 = 0;
        for (int i = 0; i < waiters.size(); i++) {
            Waiter w = waiters.get(i);
            boolean treated = moved != null && moved[i];
            double projected = w.weeksWaited() + (treated ? horizon / 2.0 : horizon);
            total += projected;
            byFifth[w.deprivationFifth()] += projected;
            if (!treated) {
                int end = w.weeksWaited() + horizon;
                over52 += end >= 52 ? 1 : 0;
                over65 += end >= 65 ? 1 : 0;
                over78 += end >= 78 ? 1 : 0;
            }
        }
        List<Double> means = new ArrayList<>();
        for (int f = 0; f < 6; f++) {
            means.add(count[f] == 0 ? Double.NaN : byFifth[f] / count[f]);
        }
        double gap = applies() ? means.get(1) - means.get(5) : Double.NaN;
        return new Plan.Outcome(
                waiters.isEmpty() ? Double.NaN : total / waiters.size(), over52, over65, over78, means, gap);
    }
}
