package org.openics.governance.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.Delegation;
import org.openics.governance.GovernanceChange;
import org.openics.governance.Person;
import org.openics.governance.TermsOfReference;

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

    private ModelEdits() {}

    public static Result apply(GovernanceModel model, GovernanceChange change) {
        try {
            if (change instanceof GovernanceChange.Appoint a) {
                return appoint(model, a);
            } else if (change instanceof GovernanceChange.EndSeat e) {
                return endSeat(model, e);
            } else if (change instanceof GovernanceChange.DeclareInterest d) {
                return declare(model, d);
            } else if (change instanceof GovernanceChange.ChangeTerms t) {
                return changeTerms(model, t);
            } else if (change instanceof GovernanceChange.AmendEntry a) {
                return amendEntry(model, a);
            } else if (change instanceof GovernanceChange.EndEntry e) {
                return endEntry(model, e);
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
                return refused(
                        "person " + a.person() + " already exists: choose them, or give the new person another id");
            }
            people.add(new Person(a.person(), a.newPersonName().strip()));
        } else if (model.person(a.person()).isEmpty()) {
            return refused("there is no person " + a.person() + ": give a name to add them");
        }
        if (model.body(a.body()).isEmpty()) {
            return refused("there is no body " + a.body());
        }
        boolean alreadySeated = model.appointments().stream()
                .anyMatch(s -> s.person().equals(a.person())
                        && s.body().equals(a.body())
                        && s.role() == a.role()
                        && s.overlaps(a.from(), a.to()));
        if (alreadySeated) {
            return refused(
                    model.nameOf(a.person()) + " already holds that seat on " + a.body() + " for part of those dates");
        }
        List<Appointment> seats = new ArrayList<>(model.appointments());
        seats.add(new Appointment(a.person(), a.body(), a.role(), blankToNull(a.represents()), a.from(), a.to()));
        return ok(model.withSeats(people, seats));
    }

    private static Result endSeat(GovernanceModel model, GovernanceChange.EndSeat e) {
        List<Appointment> seats = new ArrayList<>(model.appointments());
        for (int i = 0; i < seats.size(); i++) {
            Appointment s = seats.get(i);
            if (s.person().equals(e.person())
                    && s.body().equals(e.body())
                    && s.role() == e.role()
                    && s.inForceOn(e.lastDay())) {
                if (e.lastDay().isBefore(s.validFrom())) {
                    return refused("the seat starts on " + s.validFrom() + ", after " + e.lastDay());
                }
                seats.set(
                        i, new Appointment(s.person(), s.body(), s.role(), s.represents(), s.validFrom(), e.lastDay()));
                return ok(model.withSeats(model.people(), seats));
            }
        }
        return refused(model.nameOf(e.person()) + " holds no seat as "
                + e.role().label() + " on " + e.body() + " on " + e.lastDay());
    }

    private static Result declare(GovernanceModel model, GovernanceChange.DeclareInterest d) {
        if (model.person(d.person()).isEmpty()) {
            return refused("there is no person " + d.person());
        }
        List<DeclaredInterest> interests = new ArrayList<>(model.interests());
        interests.add(new DeclaredInterest(
                d.person(),
                d.kind(),
                d.organisation() == null ? null : d.organisation().strip(),
                d.description() == null ? null : d.description().strip(),
                d.from(),
                null));
        return ok(model.withInterests(interests));
    }

    /**
     * New terms from a date: the terms in force that day end the day before; terms that would start later are refused, since
     * the history would no longer read in order. A body without terms yet keeps its founding quorum until the date.
     */
    private static Result changeTerms(GovernanceModel model, GovernanceChange.ChangeTerms t) {
        Optional<Body> body = model.body(t.body());
        if (body.isEmpty()) {
            return refused("there is no body " + t.body());
        }
        if (t.from() == null || !body.get().inForceOn(t.from())) {
            return refused(body.get().name() + " does not exist on " + t.from() + " (from "
                    + body.get().validFrom() + " to "
                    + (body.get().validTo() == null ? "open" : body.get().validTo()) + ")");
        }
        Optional<LocalDate> latest = model.terms().stream()
                .filter(old -> old.body().equals(t.body()))
                .map(TermsOfReference::validFrom)
                .max(LocalDate::compareTo);
        if (latest.isPresent() && !latest.get().isBefore(t.from())) {
            return refused("the terms of reference of " + t.body() + " already change on " + latest.get()
                    + ": a change must start after the latest terms");
        }
        List<TermsOfReference> terms = new ArrayList<>();
        for (TermsOfReference old : model.terms()) {
            if (!old.body().equals(t.body())) {
                terms.add(old);
            } else {
                terms.add(old.inForceOn(t.from()) ? old.endingOn(t.from().minusDays(1)) : old);
            }
        }
        terms.add(new TermsOfReference(
                t.body(),
                t.remit(),
                t.quorum(),
                t.members(),
                t.from(),
                body.get().validTo(),
                t.namedVotes()));
        return ok(model.withTerms(terms));
    }

    /** Adds an entry; the one it replaces (if any) ends the day before the new one starts. */
    private static Result amendEntry(GovernanceModel model, GovernanceChange.AmendEntry a) {
        Delegation entry = a.entry();
        List<Delegation> entries = new ArrayList<>();
        boolean replaced = a.replaces() == null || a.replaces().isBlank();
        for (Delegation d : model.delegations()) {
            if (d.id().equals(entry.id())) {
                return refused("scheme entry " + entry.id() + " already exists: give the amended entry a new id (e.g. "
                        + entry.id() + "-A)");
            }
            if (!replaced && d.id().equals(a.replaces())) {
                if (!entry.validFrom().isAfter(d.validFrom())) {
                    return refused("scheme entry " + d.id() + " starts on " + d.validFrom()
                            + ": its replacement must start after that");
                }
                if (d.validTo() != null
                        && d.validTo().isBefore(entry.validFrom().minusDays(1))) {
                    return refused("scheme entry " + d.id() + " already ended on " + d.validTo());
                }
                d = new Delegation(
                        d.id(),
                        d.function(),
                        d.delegatedBy(),
                        d.delegate(),
                        d.kind(),
                        d.place(),
                        d.limitPounds(),
                        d.conditions(),
                        d.validFrom(),
                        entry.validFrom().minusDays(1));
                replaced = true;
            }
            entries.add(d);
        }
        if (!replaced) {
            return refused("there is no scheme entry " + a.replaces() + " to replace");
        }
        if (model.function(entry.function()).isEmpty()) {
            return refused("there is no function " + entry.function() + " in the scheme");
        }
        entries.add(entry);
        return ok(model.withScheme(model.functions(), entries));
    }

    private static Result endEntry(GovernanceModel model, GovernanceChange.EndEntry e) {
        List<Delegation> entries = new ArrayList<>(model.delegations());
        for (int i = 0; i < entries.size(); i++) {
            Delegation d = entries.get(i);
            if (d.id().equals(e.id())) {
                if (e.lastDay().isBefore(d.validFrom())) {
                    return refused("scheme entry " + d.id() + " starts on " + d.validFrom() + ", after " + e.lastDay());
                }
                if (d.validTo() != null && e.lastDay().isAfter(d.validTo())) {
                    return refused("scheme entry " + d.id() + " already ends on " + d.validTo()
                            + ": extend it by a new entry instead");
                }
                entries.set(
                        i,
                        new Delegation(
                                d.id(),
                                d.function(),
                                d.delegatedBy(),
                                d.delegate(),
                                d.kind(),
                                d.place(),
                                d.limitPounds(),
                                d.conditions(),
                                d.validFrom(),
                                e.lastDay()));
                return ok(model.withScheme(model.functions(), entries));
            }
        }
        return refused("there is no scheme entry " + e.id());
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
