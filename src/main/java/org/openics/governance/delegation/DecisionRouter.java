package org.openics.governance.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openics.governance.Appointment;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.GovernedFunction;
import org.openics.governance.Pounds;
import org.openics.governance.ProposedDecision;
import org.openics.governance.RouteStep;
import org.openics.governance.Routing;
import org.openics.governance.Routing.RefusalKind;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/**
 * Says who may take a proposed decision: start from the entry that gives the function to the ICB on the
 * date, then follow delegations down to the most local holder whose place and financial limit allow it.
 * A holder that cannot take it (limit exceeded, or it is itself a counterparty) is passed over with its
 * reason, and the decision escalates to the holder above.
 */
public final class DecisionRouter {

    /** Place-limited entries before system-wide ones, then the smallest limit: the most local holder first. */
    private static final Comparator<Delegation> MOST_LOCAL_FIRST = Comparator.comparing(
                    (Delegation d) -> d.place() == null)
            .thenComparing(d -> d.limitPounds() == null ? Long.MAX_VALUE : d.limitPounds())
            .thenComparing(Delegation::id);

    private final GovernanceModel model;
    private final SystemOrganisations system;
    private final Parties parties;

    public DecisionRouter(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.system = system;
        this.parties = new Parties(model, system);
    }

    public Routing route(ProposedDecision decision) {
        Optional<GovernedFunction> function = model.function(decision.function());
        if (function.isEmpty()) {
            return refused(
                    decision,
                    RefusalKind.UNKNOWN_FUNCTION,
                    List.of(),
                    "There is no function " + decision.function() + " in the scheme of reservation and delegation.");
        }
        LocalDate date = decision.date();
        List<Delegation> entries = model.delegations(decision.function(), date);
        List<Delegation> roots = entries.stream()
                .filter(Delegation::root)
                .filter(e -> e.appliesTo(decision.place()))
                .sorted(MOST_LOCAL_FIRST)
                .toList();
        if (roots.isEmpty()) {
            return refused(decision, RefusalKind.NOT_HELD, List.of(), notHeldReason(function.get(), decision));
        }
        Delegation current = roots.get(0);
        List<RouteStep> chain = new ArrayList<>(List.of(step(current)));
        List<String> escalations = new ArrayList<>();
        if (!current.covers(decision.valuePounds())) {
            return refused(
                    decision,
                    RefusalKind.OVER_LIMIT,
                    chain,
                    Pounds.format(decision.valuePounds()) + " exceeds the " + Pounds.limit(current.limitPounds())
                            + " that " + parties.name(current.delegatedBy()) + " gives "
                            + parties.name(current.delegate())
                            + " (" + current.id() + "); it must go back to " + parties.name(current.delegatedBy())
                            + ".");
        }
        while (true) {
            String holder = current.delegate();
            List<Delegation> below = entries.stream()
                    .filter(e -> !e.root() && e.delegatedBy().equals(holder))
                    .filter(e -> e.appliesTo(decision.place()))
                    .sorted(MOST_LOCAL_FIRST)
                    .toList();
            List<String> passedOver = new ArrayList<>();
            Delegation next = null;
            for (Delegation candidate : below) {
                Optional<String> why = cannotTake(candidate, decision);
                if (why.isEmpty()) {
                    next = candidate;
                    break;
                }
                passedOver.add(why.get());
            }
            String goesTo = parties.name(next != null ? next.delegate() : holder);
            passedOver.forEach(why -> escalations.add(why + ", so it escalates to " + goesTo + "."));
            if (next == null) {
                break;
            }
            chain.add(step(next));
            current = next;
        }
        return new Routing.Routed(
                decision,
                current.delegate(),
                parties.name(current.delegate()),
                current.id(),
                chain,
                escalations,
                reasons(function.get(), decision, chain, current),
                conflicted(current.delegate(), decision));
    }

    private Optional<String> cannotTake(Delegation candidate, ProposedDecision decision) {
        String who = parties.name(candidate.delegate());
        if (!candidate.covers(decision.valuePounds())) {
            return Optional.of(who + " may decide " + Pounds.limit(candidate.limitPounds()) + " (" + candidate.id()
                    + "); " + Pounds.format(decision.valuePounds()) + " exceeds it");
        }
        if (candidate.kind() == DelegateKind.LEAD_PROVIDER
                && decision.counterparties().contains(candidate.delegate())) {
            return Optional.of(who + " holds this function as lead provider (" + candidate.id()
                    + ") but is a counterparty to the decision and cannot award itself a contract");
        }
        return Optional.empty();
    }

    private String notHeldReason(GovernedFunction function, ProposedDecision decision) {
        Optional<Delegation> later = model.delegations().stream()
                .filter(d -> d.function().equals(function.code())
                        && d.root()
                        && d.validFrom().isAfter(decision.date()))
                .min(Comparator.comparing(Delegation::validFrom));
        String where = decision.place() == null ? "" : " for " + system.name(decision.place());
        return later.map(d -> function.name() + " is not an ICB function on " + decision.date() + where + ": "
                        + parties.name(d.delegatedBy()) + " delegates it to " + parties.name(d.delegate())
                        + " only from " + d.validFrom()
                        + " (" + d.id() + "). Until then it is decided outside the ICB.")
                .orElse("No entry of the scheme gives " + Parties.lowerFirst(function.name()) + " to anyone on "
                        + decision.date() + where + ".");
    }

    private List<String> reasons(
            GovernedFunction function, ProposedDecision decision, List<RouteStep> chain, Delegation decider) {
        List<String> reasons = new ArrayList<>();
        for (RouteStep step : chain) {
            reasons.add(parties.name(step.from()) + " → " + step.toName() + ": "
                    + step.kind().label() + ", "
                    + Pounds.limit(step.limitPounds()) + " (" + step.entry() + ")"
                    + (step.conditions().isEmpty() ? "" : "; " + Parties.lowerFirst(step.conditions())));
        }
        String where = decision.place() == null ? "" : " in " + system.name(decision.place());
        reasons.add("So on " + decision.date() + " " + parties.name(decider.delegate()) + " may take this "
                + Pounds.format(decision.valuePounds()) + " decision on " + Parties.lowerFirst(function.name()) + where
                + ", under scheme entry " + decider.id() + ".");
        return reasons;
    }

    /** Members of the deciding body with a declared interest in a counterparty: they will be excluded from the item. */
    private List<String> conflicted(String decider, ProposedDecision decision) {
        List<String> conflicted = new ArrayList<>();
        for (Appointment seat : model.seats(decider, decision.date())) {
            for (DeclaredInterest interest : model.interests(seat.person(), decision.date())) {
                if (decision.counterparties().contains(interest.organisation())) {
                    conflicted.add(model.nameOf(seat.person()) + ": "
                            + interest.kind().label().toLowerCase() + " in " + system.name(interest.organisation())
                            + " (" + interest.description() + ")");
                }
            }
        }
        return conflicted;
    }

    private RouteStep step(Delegation entry) {
        return new RouteStep(
                entry.id(),
                entry.delegatedBy(),
                entry.delegate(),
                parties.name(entry.delegate()),
                entry.kind(),
                entry.limitPounds(),
                entry.conditions());
    }

    private static Routing refused(ProposedDecision decision, RefusalKind kind, List<RouteStep> chain, String detail) {
        return new Routing.Refused(decision, kind, detail, chain);
    }
}
