package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;

/**
 * A checked round in arrays, bid {@code i} being {@code round.bids().get(i)}: costs in pence per year, direct and
 * transitive dependencies, option groups as index lists, the bids forced in (mandatory and what they need), and each
 * bid's exact value under the objective.
 */
final class IndexedRound {

    final CapitalRound round;
    final int bids;
    final int years;
    final long[][] costs;
    final long[] envelope;
    final int[][] dependsOn;
    final BitSet[] needs;
    final int[][] groups;
    final int[][] groupsOf;
    final boolean[] forced;
    final BigDecimal[] values;

    IndexedRound(
            CapitalRound round,
            long[][] costs,
            long[] envelope,
            int[][] dependsOn,
            BitSet[] needs,
            int[][] groups,
            int[][] groupsOf,
            boolean[] forced,
            BigDecimal[] values) {
        this.round = round;
        this.bids = round.bids().size();
        this.years = round.envelope().size();
        this.costs = costs;
        this.envelope = envelope;
        this.dependsOn = dependsOn;
        this.needs = needs;
        this.groups = groups;
        this.groupsOf = groupsOf;
        this.forced = forced;
        this.values = values;
    }

    BidId id(int i) {
        return round.bids().get(i).id();
    }

    List<Bid> bidList() {
        return round.bids();
    }

    /** The bids {@code i} needs, with itself. */
    BitSet withNeeds(int i) {
        BitSet set = (BitSet) needs[i].clone();
        set.set(i);
        return set;
    }

    /** The exact objective of a set of chosen bids. */
    BigDecimal valueOf(boolean[] chosen) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bids; i++) {
            if (chosen[i]) {
                total = total.add(values[i]);
            }
        }
        return total;
    }

    /** Whether a set of chosen bids keeps every rule: forced bids in, needs met, one option a group, every year in budget. */
    boolean feasible(boolean[] chosen) {
        for (int i = 0; i < bids; i++) {
            if (forced[i] && !chosen[i]) {
                return false;
            }
            if (chosen[i]) {
                for (int j : dependsOn[i]) {
                    if (!chosen[j]) {
                        return false;
                    }
                }
            }
        }
        for (int[] group : groups) {
            int in = 0;
            for (int i : group) {
                in += chosen[i] ? 1 : 0;
            }
            if (in > 1) {
                return false;
            }
        }
        for (int y = 0; y < years; y++) {
            long spend = 0;
            for (int i = 0; i < bids; i++) {
                spend += chosen[i] ? costs[i][y] : 0;
            }
            if (spend > envelope[y]) {
                return false;
            }
        }
        return true;
    }
}
