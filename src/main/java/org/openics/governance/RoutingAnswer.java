package org.openics.governance;

import java.util.List;

/**
 * A {@link Routing} rendered for the edge (pages, the API's JSON, the command line): one shape for both outcomes.
 *
 * @param decidable   false when no one in the ICS may take it on that date (e.g. not yet delegated by NHS England)
 * @param decider     the body code, role or provider that may decide, or null when not decidable
 * @param entry       the scheme entry that allows it, or null
 * @param chain       the delegations from the ICB's authority down to the decider
 * @param escalations delegates that could not take it (limit, place or conflict), each with its reason
 * @param reasons     the answer in plain English
 * @param conflicted  members of the deciding body with a declared interest in a counterparty
 */
public record RoutingAnswer(
        ProposedDecision decision,
        boolean decidable,
        String decider,
        String deciderName,
        String entry,
        List<RouteStep> chain,
        List<String> escalations,
        List<String> reasons,
        List<String> conflicted) {

    public RoutingAnswer {
        chain = List.copyOf(chain);
        escalations = List.copyOf(escalations);
        reasons = List.copyOf(reasons);
        conflicted = List.copyOf(conflicted);
    }

    public static RoutingAnswer of(Routing routing) {
        if (routing instanceof Routing.Routed r) {
            return new RoutingAnswer(
                    r.decision(),
                    true,
                    r.decider(),
                    r.deciderName(),
                    r.entry(),
                    r.chain(),
                    r.escalations(),
                    r.reasons(),
                    r.conflicted());
        }
        Routing.Refused r = (Routing.Refused) routing;
        return new RoutingAnswer(
                r.decision(), false, null, null, null, r.chain(), List.of(), List.of(r.detail()), List.of());
    }
}
