package org.openics.finance.capital;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.openics.kernel.Money;

/** Why each bid outside a portfolio is outside it, most fundamental reason first. */
final class Reasons {

    private Reasons() {}

    static List<RejectedBid> of(IndexedRound r, boolean[] chosen, long[] coefficients) {
        long[] spend = spend(r, chosen);
        long[] forcedSpend = spend(r, r.forced);
        List<RejectedBid> rejected = new ArrayList<>();
        for (int i = 0; i < r.bids; i++) {
            if (!chosen[i]) {
                rejected.add(reason(r, i, chosen, spend, forcedSpend, coefficients));
            }
        }
        return rejected;
    }

    private static RejectedBid reason(
            IndexedRound r, int i, boolean[] chosen, long[] spend, long[] forcedSpend, long[] coefficients) {
        BitSet set = r.withNeeds(i);
        String alone = overEnvelope(r, set, r.forced, forcedSpend);
        if (alone != null) {
            return new RejectedBid(
                    r.id(i),
                    RejectedBid.Kind.EXCEEDS_ENVELOPE_ON_ITS_OWN,
                    alone + " with the mandatory bids" + (set.cardinality() > 1 ? " and what it needs" : ""));
        }
        String mandatoryOption = groupConflict(r, set, r.forced);
        if (mandatoryOption != null) {
            return new RejectedBid(
                    r.id(i),
                    RejectedBid.Kind.EXCLUDED_BY_MANDATORY_OPTION,
                    mandatoryOption + ", which is mandatory or needed by a mandatory bid");
        }
        String option = groupConflict(r, only(i), chosen);
        if (option != null) {
            return new RejectedBid(
                    r.id(i), RejectedBid.Kind.EXCLUDED_BY_OPTION, option + ", which is in the portfolio");
        }
        for (int j : r.dependsOn[i]) {
            if (!chosen[j]) {
                return new RejectedBid(
                        r.id(i),
                        RejectedBid.Kind.NEEDS_UNCHOSEN_BID,
                        "needs " + r.id(j) + ", which is not in the portfolio");
            }
        }
        if (coefficients[i] <= 0) {
            return new RejectedBid(r.id(i), RejectedBid.Kind.NO_VALUE, "scores nothing under the board's weights");
        }
        String over = overEnvelope(r, only(i), chosen, spend);
        if (over != null) {
            return new RejectedBid(
                    r.id(i),
                    RejectedBid.Kind.DISPLACED_BY_HIGHER_VALUE,
                    over + " with the portfolio: funding it would displace bids worth more");
        }
        return new RejectedBid(
                r.id(i),
                RejectedBid.Kind.NOT_REACHED_IN_TIME,
                "fits within the headroom: the solver stopped at its limit before proving the portfolio optimal");
    }

    private static BitSet only(int i) {
        BitSet set = new BitSet();
        set.set(i);
        return set;
    }

    /** "over the 2026/27 envelope by £x" if the bids of {@code set} not in {@code base} break a year, else null. */
    private static String overEnvelope(IndexedRound r, BitSet set, boolean[] base, long[] baseSpend) {
        for (int y = 0; y < r.years; y++) {
            long more = 0;
            for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
                more += base[j] ? 0 : r.costs[j][y];
            }
            if (baseSpend[y] + more > r.envelope[y]) {
                return "costs " + Money.ofPence(more) + " in "
                        + r.round.envelope().get(y).year() + ", over the envelope by "
                        + Money.ofPence(baseSpend[y] + more - r.envelope[y]);
            }
        }
        return null;
    }

    /** "option group G: X is funded instead" if a bid of {@code set} shares a group with a different bid of {@code base}. */
    private static String groupConflict(IndexedRound r, BitSet set, boolean[] base) {
        for (int j = set.nextSetBit(0); j >= 0; j = set.nextSetBit(j + 1)) {
            for (int g : r.groupsOf[j]) {
                for (int k : r.groups[g]) {
                    if (k != j && base[k]) {
                        String group =
                                "option group " + r.round.optionGroups().get(g).name() + " allows one option";
                        return set.cardinality() == 1
                                ? group + " and has " + r.id(k)
                                : group + "; it needs " + r.id(j) + ", but the group has " + r.id(k);
                    }
                }
            }
        }
        return null;
    }

    static long[] spend(IndexedRound r, boolean[] chosen) {
        long[] spend = new long[r.years];
        for (int i = 0; i < r.bids; i++) {
            if (chosen[i]) {
                for (int y = 0; y < r.years; y++) {
                    spend[y] += r.costs[i][y];
                }
            }
        }
        return spend;
    }
}
