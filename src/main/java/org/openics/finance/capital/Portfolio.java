package org.openics.finance.capital;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer of a round: the chosen bids, every other bid with the reason it was left out, the marginal bids, spend
 * against the envelope year by year, and the solver's report (objective, bound, gap, time, proven optimal or not).
 */
public record Portfolio(
        Objective objective,
        List<ChosenBid> chosen,
        List<RejectedBid> rejected,
        List<MarginalBid> marginal,
        List<YearSpend> spend,
        SolveReport solve) {

    public Portfolio {
        chosen = List.copyOf(chosen);
        rejected = List.copyOf(rejected);
        marginal = List.copyOf(marginal);
        spend = List.copyOf(spend);
    }

    public Set<BidId> chosenIds() {
        return chosen.stream().map(ChosenBid::id).collect(Collectors.toUnmodifiableSet());
    }
}
