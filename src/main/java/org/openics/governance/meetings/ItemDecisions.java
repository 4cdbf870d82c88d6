package org.openics.governance.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.DecideItem;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.Exclusion;
import org.openics.governance.Outcome;
import org.openics.governance.RoutingAnswer;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.model.GovernanceModel;

/**
 * Decides an agenda item the way a well-run meeting does: only a body the scheme allows may decide;
 * members with a declared interest in a counterparty leave the item; the quorum is counted again on
 * those who remain; an inquorate item is not decided; otherwise the votes decide.
 */
public final class ItemDecisions {

    private final GovernanceModel model;
    private final SystemOrganisations system;

    public ItemDecisions(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.system = system;
    }

    public ItemResult decide(DecideItem item, RoutingAnswer route) {
        Optional<Body> found = model.body(item.body()).filter(b -> b.inForceOn(item.meetingDate()));
        if (found.isEmpty()) {
            return new ItemResult(Outcome.NOT_DECIDED_NO_AUTHORITY, "There is no body " + item.body() + " on " + item.meetingDate() + ".",
                    null, List.of());
        }
        Body body = found.get();
        if (!route.decidable() || !body.code().equals(route.decider())) {
            String holder = route.decidable() ? "the scheme gives this decision to " + route.deciderName() + " (" + route.entry() + ")"
                    : route.reasons().get(0);
            return new ItemResult(Outcome.NOT_DECIDED_NO_AUTHORITY, body.name() + " may not take this decision: " + holder + ".",
                    null, List.of());
        }
        List<Appointment> present = model.seats(body.code(), item.meetingDate()).stream()
                .filter(seat -> item.present().contains(seat.person())).toList();
        List<Exclusion> excluded = new ArrayList<>();
        List<Appointment> eligible = new ArrayList<>();
        for (Appointment seat : present) {
            Optional<DeclaredInterest> conflict = model.interests(seat.person(), item.meetingDate()).stream()
                    .filter(i -> item.counterparties().contains(i.organisation())).findFirst();
            conflict.ifPresentOrElse(
                    i -> excluded.add(new Exclusion(seat.person(), model.nameOf(seat.person()), "declared a "
                            + i.kind().label().toLowerCase() + " in " + system.name(i.organisation()) + " (" + i.description()
                            + "), a counterparty to this item")),
                    () -> eligible.add(seat));
        }
        long independent = eligible.stream().filter(a -> a.role().independent()).count();
        String count = eligible.size() + " of the " + present.size() + " members present "
                + (eligible.size() == 1 ? "was" : "were") + " eligible" + (excluded.isEmpty() ? ""
                : " after excluding " + String.join(", ", excluded.stream().map(Exclusion::name).toList()) + " for declared interests")
                + " (" + independent + " independent)";
        if (eligible.size() < body.quorum().minimumMembers() || independent < body.quorum().minimumIndependent()) {
            return new ItemResult(Outcome.NOT_DECIDED_INQUORATE, count + "; the quorum of " + body.name() + " is "
                    + body.quorum().describe() + ", so the item is inquorate and cannot be decided.", route.entry(), excluded);
        }
        if (item.votes().cast() > eligible.size()) {
            return new ItemResult(Outcome.NOT_DECIDED_INQUORATE, item.votes().cast() + " votes were cast but only " + eligible.size()
                    + " members were eligible to vote; the item cannot be decided on that count.", route.entry(), excluded);
        }
        Outcome outcome = item.votes().carried() ? Outcome.APPROVED : Outcome.REJECTED;
        return new ItemResult(outcome, count + ", meeting the quorum of " + body.quorum().describe() + "; "
                + item.votes().describe() + "; decided under scheme entry " + route.entry() + ".", route.entry(), excluded);
    }
}
