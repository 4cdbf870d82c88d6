package org.openics.governance.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openics.governance.Affiliation;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.DeclaredInterest;
import org.openics.governance.Delegation;
import org.openics.governance.GovernedFunction;
import org.openics.governance.Person;
import org.openics.governance.QuorumRule;
import org.openics.governance.TermsOfReference;

/**
 * Everything the rules, the router and the meetings read, with every item effective-dated.
 *
 * @param icb registry code of the ICB whose governance this is
 */
public record GovernanceModel(
        String icb,
        List<Body> allBodies,
        List<Person> people,
        List<Appointment> appointments,
        List<Affiliation> affiliations,
        List<DeclaredInterest> interests,
        List<ConstitutionRule> rules,
        List<GovernedFunction> functions,
        List<Delegation> delegations,
        List<TermsOfReference> terms) {

    public GovernanceModel {
        terms = terms == null ? List.of() : List.copyOf(terms);
        allBodies = List.copyOf(allBodies);
        people = List.copyOf(people);
        appointments = List.copyOf(appointments);
        affiliations = List.copyOf(affiliations);
        interests = List.copyOf(interests);
        rules = List.copyOf(rules);
        functions = List.copyOf(functions);
        delegations = List.copyOf(delegations);
    }

    /** A model whose bodies have no terms of reference beyond their founding quorum. */
    public GovernanceModel(
            String icb,
            List<Body> allBodies,
            List<Person> people,
            List<Appointment> appointments,
            List<Affiliation> affiliations,
            List<DeclaredInterest> interests,
            List<ConstitutionRule> rules,
            List<GovernedFunction> functions,
            List<Delegation> delegations) {
        this(icb, allBodies, people, appointments, affiliations, interests, rules, functions, delegations, List.of());
    }

    public static GovernanceModel empty() {
        return new GovernanceModel(
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The same people and bodies with another scheme of reservation and delegation. */
    public GovernanceModel withScheme(List<GovernedFunction> newFunctions, List<Delegation> newDelegations) {
        return new GovernanceModel(
                icb,
                allBodies,
                people,
                appointments,
                affiliations,
                interests,
                rules,
                newFunctions,
                newDelegations,
                terms);
    }

    /** The same model with other terms of reference. */
    public GovernanceModel withTerms(List<TermsOfReference> newTerms) {
        return new GovernanceModel(
                icb, allBodies, people, appointments, affiliations, interests, rules, functions, delegations, newTerms);
    }

    /** The same model with other seats (and people). */
    public GovernanceModel withSeats(List<Person> newPeople, List<Appointment> newSeats) {
        return new GovernanceModel(
                icb, allBodies, newPeople, newSeats, affiliations, interests, rules, functions, delegations, terms);
    }

    /** The same model with other declared interests. */
    public GovernanceModel withInterests(List<DeclaredInterest> newInterests) {
        return new GovernanceModel(
                icb, allBodies, people, appointments, affiliations, newInterests, rules, functions, delegations, terms);
    }

    /** The terms of reference of a body in force on a date, if it has any beyond its founding quorum. */
    public Optional<TermsOfReference> terms(String body, LocalDate date) {
        return terms.stream()
                .filter(t -> t.body().equals(body) && t.inForceOn(date))
                .findFirst();
    }

    /** The quorum a body's meeting on a date is held to: its terms of reference then, or else its founding quorum. */
    public QuorumRule quorum(Body body, LocalDate date) {
        return terms(body.code(), date).map(TermsOfReference::quorum).orElse(body.quorum());
    }

    /** Whether the terms of reference in force require each member's vote to be recorded by name (a body with no terms: no). */
    public boolean namedVotes(String body, LocalDate date) {
        return terms(body, date).map(TermsOfReference::namedVotes).orElse(false);
    }

    public boolean isEmpty() {
        return allBodies.isEmpty();
    }

    public List<Body> bodies(LocalDate date) {
        return allBodies.stream()
                .filter(b -> b.inForceOn(date))
                .sorted(Comparator.comparing(Body::level).thenComparing(Body::code))
                .toList();
    }

    public Optional<Body> body(String code) {
        return allBodies.stream().filter(b -> b.code().equals(code)).findFirst();
    }

    public Optional<Person> person(String id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public String nameOf(String personId) {
        return person(personId).map(Person::name).orElse(personId);
    }

    /** The seats on a body on a date. */
    public List<Appointment> seats(String body, LocalDate date) {
        return appointments.stream()
                .filter(a -> a.body().equals(body) && a.inForceOn(date))
                .toList();
    }

    public List<Affiliation> affiliations(String person, LocalDate date) {
        return affiliations.stream()
                .filter(a -> a.person().equals(person) && a.inForceOn(date))
                .toList();
    }

    public List<DeclaredInterest> interests(String person, LocalDate date) {
        return interests.stream()
                .filter(i -> i.person().equals(person) && i.inForceOn(date))
                .toList();
    }

    public List<ConstitutionRule> rules(LocalDate date) {
        return rules.stream().filter(r -> r.inForceOn(date)).toList();
    }

    public Optional<GovernedFunction> function(String code) {
        return functions.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public List<Delegation> delegations(String function, LocalDate date) {
        return delegations.stream()
                .filter(d -> d.function().equals(function) && d.inForceOn(date))
                .toList();
    }

    public Map<String, GovernedFunction> functionsByCode() {
        return functions.stream().collect(Collectors.toMap(GovernedFunction::code, Function.identity()));
    }
}
