package org.openics.governance.meetings;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Members present with a declared interest (in the register on the day) in a counterparty, or who declared one at the
     * meeting for this item, leave it; the quorum of the terms of reference in force is counted on those who remain.
     *
     * @param declaredAtMeeting person id → the interest they declared at the meeting for this item
     */
    public ItemQuorum assess(Body body, LocalDate date, Set<String> presentIds, List<String> counterparties,
                             Map<String, String> declaredAtMeeting) {
        List<Appointment> present = model.seats(body.code(), date).stream().filter(seat -> presentIds.contains(seat.person())).toList();
        List<Exclusion> excluded = new ArrayList<>();
        List<Appointment> eligible = new ArrayList<>();
        for (Appointment seat : present) {
            Optional<DeclaredInterest> conflict = model.interests(seat.person(), date).stream()
                    .filter(i -> counterparties.contains(i.organisation())).findFirst();
            String atMeeting = declaredAtMeeting.get(seat.person());
            if (conflict.isPresent()) {
                DeclaredInterest i = conflict.get();
                excluded.add(new Exclusion(seat.person(), model.nameOf(seat.person()), "declared a " + i.kind().label().toLowerCase() + " in "
                        + system.name(i.organisation()) + " (" + i.description() + "), a counterparty to this item"));
            } else if (atMeeting != null) {
                excluded.add(new Exclusion(seat.person(), model.nameOf(seat.person()), "declared at the meeting: " + atMeeting));
            } else {
                eligible.add(seat);
            }
        }
        return new ItemQuorum(body.name(), present, eligible, excluded, model.quorum(body, date));
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
        ItemQuorum quorum = assess(body, item.meetingDate(), item.present(), item.counterparties(), item.declaredAtMeeting());
        List<Exclusion> excluded = quorum.excluded();
        if (!quorum.met()) {
            return new ItemResult(Outcome.NOT_DECIDED_INQUORATE, quorum.describe() + " and cannot be decided.", route.entry(), excluded);
        }
        int eligible = quorum.eligible().size();
        if (item.votes().cast() > eligible) {
            return new ItemResult(Outcome.NOT_DECIDED_INQUORATE, item.votes().cast() + " votes were cast but only " + eligible
                    + " members were eligible to vote; the item cannot be decided on that count.", route.entry(), excluded);
        }
        Outcome outcome = item.votes().carried() ? Outcome.APPROVED : Outcome.REJECTED;
        return new ItemResult(outcome, quorum.describe() + "; " + item.votes().describe() + "; decided under scheme entry " + route.entry() + ".", route.entry(), excluded);
    }
}
