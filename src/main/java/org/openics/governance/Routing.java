package org.openics.governance;

import java.util.List;

/**
 * Who may take a proposed decision, and why: {@link Routed} names the decider; {@link Refused} says, by kind, why no
 * one in the ICS may take it. Callers switch on the two; {@link RoutingAnswer#of} renders either as text for pages,
 * the API and the command line.
 */
public sealed interface Routing permits Routing.Routed, Routing.Refused {

    ProposedDecision decision();

    /** The delegations from the ICB's authority down to the decider (for a refusal, as far as they went). */
    List<RouteStep> chain();

    /** Why no one may take a decision. */
    enum RefusalKind {
        /** The function is not in the scheme of reservation and delegation. */
        UNKNOWN_FUNCTION,
        /** No entry gives the function to the ICB on the date (e.g. not yet delegated by NHS England). */
        NOT_HELD,
        /** The value exceeds the limit of the ICB's own entry: it goes back to whoever delegates it. */
        OVER_LIMIT
    }

    /**
     * @param decider     the body code, role or provider that may decide
     * @param entry       the scheme entry that allows it
     * @param escalations delegates that could not take it (limit, place or conflict), each with its reason
     * @param reasons     the answer in plain English
     * @param conflicted  members of the deciding body with a declared interest in a counterparty
     */
    record Routed(
            ProposedDecision decision,
            String decider,
            String deciderName,
            String entry,
            List<RouteStep> chain,
            List<String> escalations,
            List<String> reasons,
            List<String> conflicted)
            implements Routing {

        public Routed {
            chain = List.copyOf(chain);
            escalations = List.copyOf(escalations);
            reasons = List.copyOf(reasons);
            conflicted = List.copyOf(conflicted);
        }
    }

    /** @param detail the refusal in plain English, naming the function, date, place and entry concerned */
    record Refused(ProposedDecision decision, RefusalKind kind, String detail, List<RouteStep> chain)
            implements Routing {

        public Refused {
            chain = List.copyOf(chain);
        }
    }
}
