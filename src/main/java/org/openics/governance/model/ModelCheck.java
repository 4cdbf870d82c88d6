package org.openics.governance.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openics.governance.Affiliation;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.Person;
import org.openics.governance.TermsOfReference;

/**
 * The checks an imported governance model must pass before it replaces the stored one, beyond each item's own
 * (which its record's constructor makes): codes unique, every reference to a body or a person resolves, no body is its
 * own ancestor, a seat lies within its body's life, a rule version is given once. Pure; every problem is located.
 */
public final class ModelCheck {

    private ModelCheck() {}

    public static List<ModelProblem> problems(GovernanceModel model) {
        List<ModelProblem> problems = new ArrayList<>();
        if (model.icb() == null || model.icb().isBlank()) {
            problems.add(
                    ModelProblem.ofDocument("the document names no ICB (icb: the registry code of the ICB, e.g. QKK)"));
        }
        if (model.allBodies().isEmpty()) {
            problems.add(ModelProblem.ofDocument("the document lists no bodies"));
        }
        Map<String, Body> bodies = new HashMap<>();
        for (int i = 0; i < model.allBodies().size(); i++) {
            Body b = model.allBodies().get(i);
            if (bodies.putIfAbsent(b.code(), b) != null) {
                problems.add(new ModelProblem("bodies", i, "body " + b.code() + " is listed twice"));
            }
        }
        for (int i = 0; i < model.allBodies().size(); i++) {
            Body b = model.allBodies().get(i);
            if (b.parent() != null && !bodies.containsKey(b.parent())) {
                problems.add(new ModelProblem(
                        "bodies",
                        i,
                        "body " + b.code() + " reports to " + b.parent() + ", which is not a body in the document"));
            } else if (reportsToItself(b, bodies)) {
                problems.add(
                        new ModelProblem("bodies", i, "body " + b.code() + " reports, through its parents, to itself"));
            }
        }
        Set<String> people = new HashSet<>();
        for (int i = 0; i < model.people().size(); i++) {
            Person p = model.people().get(i);
            if (!people.add(p.id())) {
                problems.add(new ModelProblem("people", i, "person " + p.id() + " is listed twice"));
            }
        }
        for (int i = 0; i < model.appointments().size(); i++) {
            Appointment a = model.appointments().get(i);
            if (!people.contains(a.person())) {
                problems.add(
                        new ModelProblem("seats", i, "the seat names person " + a.person() + ", who is not in people"));
            }
            Body body = bodies.get(a.body());
            if (body == null) {
                problems.add(new ModelProblem(
                        "seats",
                        i,
                        "the seat of " + a.person() + " is on " + a.body() + ", which is not a body in the document"));
            } else if (a.validFrom().isBefore(body.validFrom())
                    || (body.validTo() != null
                            && (a.validTo() == null || a.validTo().isAfter(body.validTo())))) {
                problems.add(new ModelProblem(
                        "seats",
                        i,
                        "the seat of " + a.person() + " on " + a.body() + " (" + a.validFrom() + " to "
                                + (a.validTo() == null ? "open" : a.validTo()) + ") runs outside the body's own dates ("
                                + body.validFrom() + " to "
                                + (body.validTo() == null ? "open" : body.validTo()) + ")"));
            }
        }
        for (int i = 0; i < model.affiliations().size(); i++) {
            Affiliation a = model.affiliations().get(i);
            if (!people.contains(a.person())) {
                problems.add(new ModelProblem(
                        "offices", i, "the office names person " + a.person() + ", who is not in people"));
            }
        }
        for (int i = 0; i < model.interests().size(); i++) {
            DeclaredInterest d = model.interests().get(i);
            if (!people.contains(d.person())) {
                problems.add(new ModelProblem(
                        "interests", i, "the interest names person " + d.person() + ", who is not in people"));
            }
        }
        Set<String> rules = new HashSet<>();
        for (int i = 0; i < model.rules().size(); i++) {
            ConstitutionRule r = model.rules().get(i);
            if (!rules.add(r.label())) {
                problems.add(new ModelProblem("rules", i, "rule " + r.label() + " is listed twice"));
            }
        }
        for (int i = 0; i < model.terms().size(); i++) {
            TermsOfReference t = model.terms().get(i);
            Body body = bodies.get(t.body());
            if (body == null) {
                problems.add(new ModelProblem(
                        "terms",
                        i,
                        "the terms of reference are of " + t.body() + ", which is not a body in the document"));
                continue;
            }
            if (t.validFrom().isBefore(body.validFrom())
                    || (body.validTo() != null
                            && (t.validTo() == null || t.validTo().isAfter(body.validTo())))) {
                problems.add(new ModelProblem(
                        "terms", i, "the terms of reference of " + t.body() + " run outside the body's own dates"));
            }
            for (int j = 0; j < i; j++) {
                TermsOfReference other = model.terms().get(j);
                if (other.body().equals(t.body()) && other.overlaps(t.validFrom(), t.validTo())) {
                    problems.add(new ModelProblem(
                            "terms",
                            i,
                            "the terms of reference of " + t.body() + " from " + t.validFrom() + " overlap those from "
                                    + other.validFrom() + ": only one set of terms can be in force on a day"));
                }
            }
        }
        return problems;
    }

    private static boolean reportsToItself(Body start, Map<String, Body> bodies) {
        Set<String> seen = new HashSet<>();
        Body at = start;
        while (at != null && at.parent() != null) {
            if (!seen.add(at.code()) || at.parent().equals(start.code())) {
                return true;
            }
            at = bodies.get(at.parent());
        }
        return false;
    }
}
