package org.openics.governance.model;

import java.util.ArrayList;
import java.util.List;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.GovernanceChange;
import org.openics.governance.Person;

/**
 * Applies one dated change to the governance model, giving the new model or the reasons it cannot be made. Pure: the
 * caller checks the result as a whole ({@link ModelCheck}) and keeps it.
 */
public final class ModelEdits {

    /** The model after the change, or the problems (then {@code model} is null). */
    public record Result(GovernanceModel model, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private ModelEdits() {
    }

    public static Result apply(GovernanceModel model, GovernanceChange change) {
        try {
            if (change instanceof GovernanceChange.Appoint a) {
                return appoint(model, a);
            } else if (change instanceof GovernanceChange.EndSeat e) {
                return endSeat(model, e);
            } else if (change instanceof GovernanceChange.DeclareInterest d) {
                return declare(model, d);
            } else if (change instanceof GovernanceChange.ChangeQuorum q) {
                return changeQuorum(model, q);
            }
            return refused("unknown change: " + change);
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
    }

    private static Result appoint(GovernanceModel model, GovernanceChange.Appoint a) {
        List<Person> people = new ArrayList<>(model.people());
        if (a.newPersonName() != null && !a.newPersonName().isBlank()) {
            if (model.person(a.person()).isPresent()) {
                return refused("person " + a.person() + " already exists: choose them, or give the new person another id");
            }
            people.add(new Person(a.person(), a.newPersonName().strip()));
        } else if (model.person(a.person()).isEmpty()) {
            return refused("there is no person " + a.person() + ": give a name to add them");
        }
        if (model.body(a.body()).isEmpty()) {
            return refused("there is no body " + a.body());
        }
        boolean alreadySeated = model.appointments().stream().anyMatch(s -> s.person().equals(a.person()) && s.body().equals(a.body())
                && s.role() == a.role() && overlaps(s, a.from(), a.to()));
        if (alreadySeated) {
            return refused(model.nameOf(a.person()) + " already holds that seat on " + a.body() + " for part of those dates");
        }
        List<Appointment> seats = new ArrayList<>(model.appointments());
        seats.add(new Appointment(a.person(), a.body(), a.role(), blankToNull(a.represents()), a.from(), a.to()));
        return ok(new GovernanceModel(model.icb(), model.allBodies(), people, seats, model.affiliations(), model.interests(), model.rules(),
                model.functions(), model.delegations()));
    }

    private static Result endSeat(GovernanceModel model, GovernanceChange.EndSeat e) {
        List<Appointment> seats = new ArrayList<>(model.appointments());
        for (int i = 0; i < seats.size(); i++) {
            Appointment s = seats.get(i);
            if (s.person().equals(e.person()) && s.body().equals(e.body()) && s.role() == e.role() && s.inForceOn(e.lastDay())) {
                if (e.lastDay().isBefore(s.validFrom())) {
                    return refused("the seat starts on " + s.validFrom() + ", after " + e.lastDay());
                }
                seats.set(i, new Appointment(s.person(), s.body(), s.role(), s.represents(), s.validFrom(), e.lastDay()));
                return ok(new GovernanceModel(model.icb(), model.allBodies(), model.people(), seats, model.affiliations(), model.interests(),
                        model.rules(), model.functions(), model.delegations()));
            }
        }
        return refused(model.nameOf(e.person()) + " holds no seat as " + e.role().label() + " on " + e.body() + " on " + e.lastDay());
    }

    private static Result declare(GovernanceModel model, GovernanceChange.DeclareInterest d) {
        if (model.person(d.person()).isEmpty()) {
            return refused("there is no person " + d.person());
        }
        List<DeclaredInterest> interests = new ArrayList<>(model.interests());
        interests.add(new DeclaredInterest(d.person(), d.kind(), d.organisation() == null ? null : d.organisation().strip(),
                d.description() == null ? null : d.description().strip(), d.from(), null));
        return ok(new GovernanceModel(model.icb(), model.allBodies(), model.people(), model.appointments(), model.affiliations(), interests,
                model.rules(), model.functions(), model.delegations()));
    }

    /**
     * A body has one quorum for its whole life in the model, so a change from a date is only possible where no meeting
     * history depends on the old one; here the quorum changes for the body as a whole, and the history records from when.
     */
    private static Result changeQuorum(GovernanceModel model, GovernanceChange.ChangeQuorum q) {
        List<Body> bodies = new ArrayList<>(model.allBodies());
        for (int i = 0; i < bodies.size(); i++) {
            Body b = bodies.get(i);
            if (b.code().equals(q.body())) {
                bodies.set(i, new Body(b.code(), b.name(), b.kind(), b.level(), b.parent(), b.place(), q.quorum(), b.validFrom(), b.validTo()));
                return ok(new GovernanceModel(model.icb(), bodies, model.people(), model.appointments(), model.affiliations(),
                        model.interests(), model.rules(), model.functions(), model.delegations()));
            }
        }
        return refused("there is no body " + q.body());
    }

    private static boolean overlaps(Appointment s, java.time.LocalDate from, java.time.LocalDate to) {
        boolean startsBeforeItEnds = s.validTo() == null || !from.isAfter(s.validTo());
        boolean endsAfterItStarts = to == null || !to.isBefore(s.validFrom());
        return startsBeforeItEnds && endsAfterItStarts;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Result ok(GovernanceModel model) {
        return new Result(model, List.of());
    }

    private static Result refused(String problem) {
        return new Result(null, List.of(problem));
    }
}
