package org.openics.finance.capital;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openics.kernel.Money;

/** Every subset of a small round's bids, checked against the rules from the round itself: the best value of a valid one. */
final class BruteForce {

    private BruteForce() {}

    record Best(BigDecimal value, List<Set<BidId>> portfolios) {}

    static Best optimum(CapitalRound round) {
        List<Bid> bids = round.bids();
        BigDecimal best = null;
        List<Set<BidId>> argmax = new java.util.ArrayList<>();
        for (long mask = 0; mask < (1L << bids.size()); mask++) {
            Set<BidId> chosen = new HashSet<>();
            for (int i = 0; i < bids.size(); i++) {
                if ((mask & (1L << i)) != 0) {
                    chosen.add(bids.get(i).id());
                }
            }
            if (!valid(round, chosen)) {
                continue;
            }
            BigDecimal value = value(round, chosen);
            int order = best == null ? 1 : value.compareTo(best);
            if (order > 0) {
                best = value;
                argmax.clear();
            }
            if (order >= 0) {
                argmax.add(chosen);
            }
        }
        return best == null ? null : new Best(best, argmax);
    }

    static boolean valid(CapitalRound round, Set<BidId> chosen) {
        for (Bid bid : round.bids()) {
            if (bid.mandatory() && !chosen.contains(bid.id())) {
                return false;
            }
            if (chosen.contains(bid.id()) && !chosen.containsAll(bid.dependsOn())) {
                return false;
            }
        }
        for (OptionGroup group : round.optionGroups()) {
            if (group.options().stream().filter(chosen::contains).count() > 1) {
                return false;
            }
        }
        for (int y = 0; y < round.envelope().size(); y++) {
            Money spend = Money.ZERO;
            for (Bid bid : round.bids()) {
                if (chosen.contains(bid.id())) {
                    spend = spend.plus(bid.costs().get(y));
                }
            }
            if (spend.compareTo(round.envelope().get(y).limit()) > 0) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal value(CapitalRound round, Set<BidId> chosen) {
        BigDecimal total = BigDecimal.ZERO;
        for (Bid bid : round.bids()) {
            if (chosen.contains(bid.id())) {
                BigDecimal score = BigDecimal.ZERO;
                for (Criterion c : round.criteria()) {
                    score = score.add(c.weight().multiply(bid.scores().get(c.id())));
                }
                total = total.add(
                        round.objective() == Objective.SPEND_WEIGHTED
                                ? score.multiply(bid.totalCost().pounds())
                                : score);
            }
        }
        return total;
    }
}
