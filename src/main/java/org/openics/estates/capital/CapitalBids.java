package org.openics.estates.capital;

import java.util.List;
import java.util.Optional;
import org.openics.estates.CapitalBidLink;
import org.openics.estates.EstatePlan;
import org.openics.finance.CapitalPlan;
import org.openics.finance.capital.Bid;
import org.openics.finance.capital.BidId;
import org.openics.finance.capital.RejectedBid;
import org.openics.kernel.Money;

/** Finds an estate plan's capital bid in the finance module's rounds (the last round in id order holding it wins) and says what became of it. */
public final class CapitalBids {

    private CapitalBids() {}

    public static CapitalBidLink link(EstatePlan plan, String reference, List<CapitalPlan> rounds, String placeOfSite) {
        BidId id = BidId.of(reference);
        for (int i = rounds.size() - 1; i >= 0; i--) {
            CapitalPlan round = rounds.get(i);
            Optional<Bid> bid =
                    round.round().bids().stream().filter(b -> b.id().equals(id)).findFirst();
            if (bid.isPresent()) {
                Bid b = bid.get();
                boolean matches = b.location().isEmpty()
                        || b.location().equals(plan.siteCode())
                        || (!placeOfSite.isEmpty() && placeOfSite.endsWith(b.location()));
                return new CapitalBidLink(
                        plan.id(),
                        reference,
                        Optional.of(round.id()),
                        b.title(),
                        b.totalCost(),
                        b.location(),
                        matches,
                        decision(round, id));
            }
        }
        return new CapitalBidLink(
                plan.id(),
                reference,
                Optional.empty(),
                "",
                Money.ZERO,
                "",
                true,
                "no capital round in the finance module holds a bid " + reference);
    }

    private static String decision(CapitalPlan round, BidId id) {
        if (round.portfolio().isEmpty()) {
            return "in round " + round.id() + ", which the planner refused: "
                    + String.join(
                            "; ",
                            round.refusals().stream()
                                    .map(org.openics.finance.capital.Refusal::detail)
                                    .toList());
        }
        var portfolio = round.portfolio().get();
        if (portfolio.chosen().stream().anyMatch(c -> c.id().equals(id))) {
            return "chosen in round " + round.id();
        }
        return portfolio.rejected().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .map(RejectedBid::detail)
                .map(d -> "not chosen in round " + round.id() + ": " + d)
                .orElse("in round " + round.id() + ", not decided");
    }
}
