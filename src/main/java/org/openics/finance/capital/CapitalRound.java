package org.openics.finance.capital;

import java.util.List;
import java.util.Objects;

/**
 * One prioritisation round: the board's criteria and weights, the bids, the mutually exclusive option groups, the
 * multi-year envelope and the objective. Cross-references (unknown ids, cycles, mandatory bids over the envelope) are
 * checked by {@link CapitalPlanner#plan}, which refuses a bad round with its reasons.
 */
public record CapitalRound(
        List<Criterion> criteria,
        List<Bid> bids,
        List<OptionGroup> optionGroups,
        List<EnvelopeYear> envelope,
        Objective objective) {

    public CapitalRound {
        criteria = List.copyOf(criteria);
        bids = List.copyOf(bids);
        optionGroups = List.copyOf(optionGroups == null ? List.of() : optionGroups);
        envelope = List.copyOf(envelope);
        Objects.requireNonNull(objective, "a capital round needs an objective");
    }

    /** The same round with other criteria (weights), as the sensitivity report uses it. */
    public CapitalRound withCriteria(List<Criterion> other) {
        return new CapitalRound(other, bids, optionGroups, envelope, objective);
    }

    /** The same round with another envelope, as the marginal-bid search uses it. */
    public CapitalRound withEnvelope(List<EnvelopeYear> other) {
        return new CapitalRound(criteria, bids, optionGroups, other, objective);
    }
}
