package org.openics.finance.capital;

import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A feasible portfolio to start the solver from: the forced bids, then bids by value per share of the envelope
 * (each with what it needs), each taken if it keeps to its option groups and to every year's envelope.
 */
final class Greedy {

    private Greedy() {
    }

    static boolean[] portfolio(IndexedRound r, long[] coefficients) {
        boolean[] chosen = r.forced.clone();
        long[] spend = new long[r.years];
        for (int i = 0; i < r.bids; i++) {
            if (chosen[i]) {
                add(r, i, spend);
            }
        }
        double[] weight = new double[r.bids];
        for (int i = 0; i < r.bids; i++) {
            BitSet set = r.withNeeds(i);
            double share = 1e-12;
            double value = 0;
            for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
                value += coefficients[j];
                for (int y = 0; y < r.years; y++) {
                    share += r.envelope[y] == 0 ? (r.costs[j][y] > 0 ? 1e12 : 0) : (double) r.costs[j][y] / r.envelope[y];
                }
            }
            weight[i] = value / share;
        }
        Integer[] order = IntStream.range(0, r.bids).boxed().sorted(Comparator.comparingDouble((Integer i) -> -weight[i]))
                .toArray(Integer[]::new);
        for (int i : order) {
            if (chosen[i] || coefficients[i] <= 0) {
                continue;
            }
            BitSet set = r.withNeeds(i);
            if (fits(r, set, chosen, spend)) {
                for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
                    if (!chosen[j]) {
                        chosen[j] = true;
                        add(r, j, spend);
                    }
                }
            }
        }
        return chosen;
    }

    /** Whether the bids of {@code set} not yet chosen can join: no second option of a group, every year within the envelope. */
    static boolean fits(IndexedRound r, BitSet set, boolean[] chosen, long[] spend) {
        long[] more = new long[r.years];
        BitSet groupsUsed = new BitSet();
        for (int i = 0; i < r.bids; i++) {
            if (chosen[i] || set.get(i)) {
                for (int g : r.groupsOf[i]) {
                    if (groupsUsed.get(g)) {
                        return false;
                    }
                    groupsUsed.set(g);
                }
            }
        }
        for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
            if (!chosen[j]) {
                for (int y = 0; y < r.years; y++) {
                    more[y] += r.costs[j][y];
                }
            }
        }
        for (int y = 0; y < r.years; y++) {
            if (spend[y] + more[y] > r.envelope[y]) {
                return false;
            }
        }
        return true;
    }

    private static void add(IndexedRound r, int i, long[] spend) {
        for (int y = 0; y < r.years; y++) {
            spend[y] += r.costs[i][y];
        }
    }
}
