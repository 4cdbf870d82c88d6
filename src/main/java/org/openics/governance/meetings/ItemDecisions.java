package org.openics.governance.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.DecideItem;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.Exclusion;
import org.openics.governance.MemberVote;
import org.openics.governance.Outcome;
import org.openics.governance.Routing;
import org.openics.governance.Votes;
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
    public ItemQuorum assess(
            Body body,
            LocalDate date,
            Set<String> presentIds,
            List<String> counterparties,
            Map<String, String> declaredAtMeeting) {
        List<Appointment> present = model.seats(body.code(), date).stream()
                .filter(seat -> presentIds.contains(seat.person()))
                .toList();
        List<Exclusion> excluded = new ArrayList<>();
        List<Appointment> eligible = new ArrayList<>();
        for (Appointment seat : present) {
            Optional<DeclaredInterest> conflict = model.interests(seat.person(), date).stream()
                    .filter(i -> counterparties.contains(i.organisation()))
                    .findFirst();
            String atMeeting = declaredAtMeeting.get(seat.person());
            if (conflict.isPresent()) {
                DeclaredInterest i = conflict.get();
                excluded.add(new Exclusion(
                        seat.person(),
                        model.nameOf(seat.person()),
                        "declared a " + i.kind().label().toLowerCase() + " in " + system.name(i.organisation()) + " ("
                                + i.description() + "), a counterparty to this item"));
            } else if (atMeeting != null) {
                excluded.add(new Exclusion(
                        seat.person(), model.nameOf(seat.person()), "declared at the meeting: " + atMeeting));
            } else {
                eligible.add(seat);
            }
        }
        return new ItemQuorum(body.name(), present, eligible, excluded, model.quorum(body, date));
    }

    public ItemResult decide(DecideItem item, Routing route) {
        Optional<Body> found = model.body(item.body()).filter(b -> b.inForceOn(item.meetingDate()));
        if (found.isEmpty()) {
            return new ItemResult(
                    Outcome.NOT_DECIDED_NO_AUTHORITY,
                    "There is no body " + item.body() + " on " + item.meetingDate() + ".",
                    null,
                    List.of());
        }
        Body body = found.get();
        if (!(route instanceof Routing.Routed routed) || !body.code().equals(routed.decider())) {
            String holder = route instanceof Routing.Routed other
                    ? "the scheme gives this decision to " + other.deciderName() + " (" + other.entry() + ")"
                    : ((Routing.Refused) route).detail();
            return new ItemResult(
                    Outcome.NOT_DECIDED_NO_AUTHORITY,
                    body.name() + " may not take this decision: " + holder + ".",
                    null,
                    List.of());
        }
        ItemQuorum quorum =
                assess(body, item.meetingDate(), item.present(), item.counterparties(), item.declaredAtMeeting());
        List<Exclusion> excluded = quorum.excluded();
        if (!quorum.met()) {
            return new ItemResult(
                    Outcome.NOT_DECIDED_INQUORATE,
                    quorum.describe() + " and cannot be decided.",
                    routed.entry(),
                    excluded);
        }
        if (model.namedVotes(body.code(), item.meetingDate()) || item.votes().named()) {
            List<String> problems = namedVoteProblems(body, item, quorum);
            if (!problems.isEmpty()) {
                return ItemResult.refused(problems);
            }
        }
        int eligible = quorum.eligible().size();
        if (item.votes().cast() > eligible) {
            return new ItemResult(
                    Outcome.NOT_DECIDED_INQUORATE,
                    item.votes().cast() + " votes were cast but only " + eligible
                            + " members were eligible to vote; the item cannot be decided on that count.",
                    routed.entry(),
                    excluded);
        }
        Outcome outcome = item.votes().carried() ? Outcome.APPROVED : Outcome.REJECTED;
        List<MemberVote> votes = quorum.eligible().stream()
                .filter(seat -> item.votes().byMember().containsKey(seat.person()))
                .map(seat -> new MemberVote(
                        seat.person(),
                        model.nameOf(seat.person()),
                        item.votes().byMember().get(seat.person())))
                .toList();
        return new ItemResult(
                outcome,
                quorum.describe() + "; " + item.votes().describe() + "; decided under scheme entry " + routed.entry()
                        + ".",
                routed.entry(),
                excluded,
                votes,
                List.of());
    }

    /**
     * Votes recorded by name: one from each member present who has not left the item, and none from anyone else (a member who left
     * it for an interest, or someone not present as a member).
     */
    private List<String> namedVoteProblems(Body body, DecideItem item, ItemQuorum quorum) {
        List<String> problems = new ArrayList<>();
        Votes votes = item.votes();
        if (!votes.named()) {
            problems.add("the terms of reference of " + body.name()
                    + " require each member's vote to be recorded: record how each of "
                    + String.join(
                            ", ",
                            quorum.eligible().stream()
                                    .map(seat -> model.nameOf(seat.person()))
                                    .toList()) + " voted"
                    + (votes.consensus() ? " (not a consensus)" : " (not only the counts)"));
            return problems;
        }
        Map<String, Exclusion> left = new HashMap<>();
        quorum.excluded().forEach(e -> left.put(e.person(), e));
        Set<String> eligible = new HashSet<>();
        quorum.eligible().forEach(seat -> eligible.add(seat.person()));
        for (String person : votes.byMember().keySet()) {
            if (left.containsKey(person)) {
                problems.add(left.get(person).name() + " left this item ("
                        + left.get(person).reason() + "): their vote cannot be recorded");
            } else if (!eligible.contains(person)) {
                problems.add(
                        model.nameOf(person) + " is not a member present at this meeting: only members present vote");
            }
        }
        for (Appointment seat : quorum.eligible()) {
            if (!votes.byMember().containsKey(seat.person())) {
                problems.add("no vote is recorded for " + model.nameOf(seat.person())
                        + ", a member present and eligible to vote on this item");
            }
        }
        return problems;
    }
}
