package org.openics.finance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.capital.Bid;
import org.openics.finance.capital.BidId;
import org.openics.finance.capital.CapitalRound;
import org.openics.finance.capital.ChosenBid;
import org.openics.finance.capital.MarginalBid;
import org.openics.finance.capital.Portfolio;
import org.openics.finance.capital.Refusal;
import org.openics.finance.capital.RejectedBid;
import org.openics.kernel.Money;

/**
 * A stored capital round and its last plan: the round as submitted (bids, the board's criteria and weights, envelope,
 * objective), then either the portfolio (with its solver report) and the approval route of every chosen bid, or the
 * planner's refusals. {@code portfolio} is empty exactly when {@code refusals} is not.
 */
public record CapitalPlan(
        String id,
        String name,
        CapitalRound round,
        String submittedBy,
        Instant submittedAt,
        Optional<Portfolio> portfolio,
        List<Refusal> refusals,
        List<CapitalApproval> approvals,
        String plannedBy,
        Instant plannedAt) {

    /** The demo's capital round (seeded with the demo finances). */
    public static final String DEMO_ROUND = "DEMO-2026";

    public CapitalPlan {
        refusals = List.copyOf(refusals);
        approvals = List.copyOf(approvals);
        if (portfolio.isPresent() == !refusals.isEmpty()) {
            throw new IllegalArgumentException("a capital plan is a portfolio or a refusal, not both or neither");
        }
    }

    public boolean planned() {
        return portfolio.isPresent();
    }

    /**
     * One bid of the round as the portfolio left it: chosen (with its value and approval route) or rejected (with the
     * reason), and whether it is on the margin. The CLI, the CSV and the page all show these rows.
     *
     * @param status   "chosen" or "rejected" ("not planned" when the round was refused)
     * @param reason   the rejection's kind, or for a chosen bid "mandatory", "needed by a mandatory bid" or ""
     * @param marginal "AT_RISK", "NEXT_IN_LINE" or ""
     */
    public record BidLine(
            String id,
            String title,
            String organisation,
            String location,
            Money totalCost,
            boolean mandatory,
            String status,
            BigDecimal value,
            String reason,
            String detail,
            String marginal,
            String marginalDetail,
            String approver,
            String approval) {}

    /** Every bid of the round in id order, with what the plan says of it. */
    public List<BidLine> bids() {
        Map<BidId, ChosenBid> chosen = new HashMap<>();
        Map<BidId, RejectedBid> rejected = new HashMap<>();
        Map<BidId, MarginalBid> marginal = new HashMap<>();
        portfolio.ifPresent(p -> {
            p.chosen().forEach(c -> chosen.put(c.id(), c));
            p.rejected().forEach(r -> rejected.put(r.id(), r));
            p.marginal().forEach(m -> marginal.put(m.id(), m));
        });
        Map<BidId, CapitalApproval> routes = new HashMap<>();
        approvals.forEach(a -> routes.put(a.bid(), a));
        List<BidLine> lines = new ArrayList<>();
        round.bids().stream().sorted(Comparator.comparing(Bid::id)).forEach(b -> {
            ChosenBid c = chosen.get(b.id());
            RejectedBid r = rejected.get(b.id());
            MarginalBid m = marginal.get(b.id());
            CapitalApproval a = routes.get(b.id());
            String status = c != null ? "chosen" : r != null ? "rejected" : "not planned";
            String reason = c != null
                    ? (c.mandatory() ? "mandatory" : c.neededByMandatory() ? "needed by a mandatory bid" : "")
                    : r != null ? r.kind().name() : "";
            String approver = a == null
                    ? ""
                    : a.decidable()
                            ? a.decider() + (a.deciderName() == null ? "" : " (" + a.deciderName() + ")")
                            : "no one in the ICS";
            String approval =
                    a == null ? "" : (a.entry() == null ? "" : a.entry() + ": ") + String.join(" ", a.reasons());
            lines.add(new BidLine(
                    b.id().value(),
                    b.title(),
                    b.organisation(),
                    b.location(),
                    b.totalCost(),
                    b.mandatory(),
                    status,
                    c == null ? null : c.value(),
                    reason,
                    r == null ? "" : r.detail(),
                    m == null ? "" : m.kind().name(),
                    m == null ? "" : m.detail(),
                    approver,
                    approval));
        });
        return lines;
    }
}
