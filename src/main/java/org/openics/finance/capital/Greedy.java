package org.openics.finance.capital;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A good feasible portfolio to start the solver from, cheaply: the bids the linear relaxation funds in full, then the
 * others by value per priced pound (each year's pounds at the relaxation's shadow price), then swaps of one chosen bid
 * for a better one while any helps. CP-SAT proves the bound; this only gives it a strong first portfolio.
 */
final class Greedy {

    private final IndexedRound r;
    private final long[] values;
    private final boolean[] chosen;
    private final long[] spend;
    private final int[] groupCount;
    private final int[] chosenDependants;
    private final int[][] dependants;

    private Greedy(IndexedRound r, long[] values) {
        this.r = r;
        this.values = values;
        this.chosen = new boolean[r.bids];
        this.spend = new long[r.years];
        this.groupCount = new int[r.groups.length];
        this.chosenDependants = new int[r.bids];
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < r.bids; i++) {
            of.add(new ArrayList<>());
        }
        for (int i = 0; i < r.bids; i++) {
            for (int j : r.dependsOn[i]) {
                of.get(j).add(i);
            }
        }
        this.dependants = of.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    static boolean[] portfolio(IndexedRound r, long[] values) {
        Greedy g = new Greedy(r, values);
        for (int i = 0; i < r.bids; i++) {
            if (r.forced[i]) {
                g.add(i);
            }
        }
        LpPrices lp = LpPrices.of(r, values);
        double[] price = new double[r.years];
        for (int y = 0; y < r.years; y++) {
            double normal = r.envelope[y] == 0 ? 1 : 1.0 / r.envelope[y];
            price[y] = (lp == null ? normal : lp.pricePerPenny()[y]) + 1e-9 * normal;
        }
        if (lp != null) {
            Integer[] full = IntStream.range(0, r.bids)
                    .boxed()
                    .filter(i -> lp.solution()[i] > 1 - 1e-6)
                    .sorted(Comparator.comparingDouble((Integer i) -> -lp.solution()[i]))
                    .toArray(Integer[]::new);
            for (int i : full) {
                g.tryAdd(i);
            }
        }
        double[] ratio = new double[r.bids];
        for (int i = 0; i < r.bids; i++) {
            BitSet set = r.withNeeds(i);
            double value = 0;
            double cost = 0;
            for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
                value += values[j];
                for (int y = 0; y < r.years; y++) {
                    cost += price[y] * r.costs[j][y];
                }
            }
            ratio[i] = value / (cost + 1e-12);
        }
        int[] order = IntStream.range(0, r.bids)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -ratio[i]))
                .mapToInt(Integer::intValue)
                .toArray();
        g.fill(order);
        for (int pass = 0; pass < 20 && g.swapOnce(order); pass++) {
            g.fill(order);
        }
        return g.chosen;
    }

    private void fill(int[] order) {
        for (int i : order) {
            if (!chosen[i] && values[i] > 0) {
                tryAdd(i);
            }
        }
    }

    /** One pass of "take out one chosen bid, put in a better one (with what it needs)"; true if any swap was made. */
    private boolean swapOnce(int[] order) {
        boolean improved = false;
        for (int i : order) {
            if (chosen[i] || values[i] <= 0) {
                continue;
            }
            BitSet set = missing(i);
            long gain = 0;
            for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
                gain += values[k];
            }
            for (int j = 0; j < r.bids; j++) {
                if (chosen[j] && !r.forced[j] && chosenDependants[j] == 0 && values[j] < gain && !set.get(j)) {
                    remove(j);
                    if (fits(set)) {
                        set.stream().forEach(this::add);
                        improved = true;
                        break;
                    }
                    add(j);
                }
            }
        }
        return improved;
    }

    private BitSet missing(int i) {
        BitSet set = r.withNeeds(i);
        for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
            if (chosen[j]) {
                set.clear(j);
            }
        }
        return set;
    }

    private void tryAdd(int i) {
        if (chosen[i]) {
            return;
        }
        BitSet set = missing(i);
        if (fits(set)) {
            set.stream().forEach(this::add);
        }
    }

    /** Whether bids not yet chosen can all join: no group gets a second option, every year stays within the envelope. */
    private boolean fits(BitSet set) {
        BitSet groups = new BitSet();
        long[] more = new long[r.years];
        for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
            for (int g : r.groupsOf[j]) {
                if (groupCount[g] > 0 || groups.get(g)) {
                    return false;
                }
                groups.set(g);
            }
            for (int y = 0; y < r.years; y++) {
                more[y] += r.costs[j][y];
            }
        }
        for (int y = 0; y < r.years; y++) {
            if (spend[y] + more[y] > r.envelope[y]) {
                return false;
            }
        }
        return true;
    }

    private void add(int i) {
        change(i, 1);
    }

    private void remove(int i) {
        change(i, -1);
    }

    private void change(int i, int sign) {
        chosen[i] = sign > 0;
        for (int y = 0; y < r.years; y++) {
            spend[y] += sign * r.costs[i][y];
        }
        for (int g : r.groupsOf[i]) {
            groupCount[g] += sign;
        }
        for (int j : r.dependsOn[i]) {
            chosenDependants[j] += sign;
        }
    }
}
