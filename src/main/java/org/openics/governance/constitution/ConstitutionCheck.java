package org.openics.governance.constitution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openics.governance.Affiliation;
import org.openics.governance.Appointment;
import org.openics.governance.Body;
import org.openics.governance.Breach;
import org.openics.governance.ConstitutionRule;
import org.openics.governance.RuleResult;
import org.openics.governance.ValidationReport;
import org.openics.governance.model.GovernanceModel;

/**
 * Checks every body in force on a date against the rules in force then. One evaluation per rule
 * <em>kind</em>; the rules themselves (roles, minimums, wording, reasons) are data, so another ICS's
 * constitution needs new rows, not new code.
 */
public final class ConstitutionCheck {

    private final GovernanceModel model;
    private final SystemOrganisations system;

    public ConstitutionCheck(GovernanceModel model, SystemOrganisations system) {
        this.model = model;
        this.system = system;
    }

    public ValidationReport on(LocalDate date) {
        List<Body> bodies = model.bodies(date);
        List<RuleResult> results = new ArrayList<>();
        List<Breach> breaches = new ArrayList<>();
        for (Body body : bodies) {
            for (ConstitutionRule rule : model.rules(date)) {
                if (rule.appliesTo() != body.kind()) {
                    continue;
                }
                RuleResult result = check(rule, body, date);
                results.add(result);
                if (!result.met()) {
                    breaches.add(new Breach(
                            body.code(), body.name(), rule.label(), rule.text(), result.finding(), rule.reason()));
                }
            }
        }
        return new ValidationReport(date, bodies.size(), results, breaches);
    }

    /** One rule against one body on a date. */
    public RuleResult check(ConstitutionRule rule, Body body, LocalDate date) {
        List<Appointment> seats = model.seats(body.code(), date);
        return switch (rule.kind()) {
            case REQUIRES_ROLE -> requiresRole(rule, body, seats);
            case INDEPENDENT_MEMBERS_HOLD_NO_OFFICE_IN_THE_SYSTEM -> independentsHoldNoOffice(rule, body, seats, date);
            case CORE_MEMBERS_INCLUDE_ICB_AND_LOCAL_AUTHORITIES -> coreMembers(rule, body, seats);
        };
    }

    private RuleResult requiresRole(ConstitutionRule rule, Body body, List<Appointment> seats) {
        List<String> holders = seats.stream()
                .filter(a -> a.role() == rule.role())
                .map(a -> model.nameOf(a.person()))
                .toList();
        boolean met = holders.size() >= rule.minimum();
        String found = holders.isEmpty()
                ? "no " + rule.role().label().toLowerCase()
                : holders.size() + " (" + String.join(", ", holders) + ")";
        String finding = met
                ? body.name() + " has " + found + "; at least " + rule.minimum() + " required"
                : body.name() + " has " + found + " but needs at least " + rule.minimum() + " "
                        + rule.role().label().toLowerCase();
        return new RuleResult(body.code(), rule.label(), met, finding);
    }

    private RuleResult independentsHoldNoOffice(
            ConstitutionRule rule, Body body, List<Appointment> seats, LocalDate date) {
        List<String> offences = new ArrayList<>();
        for (Appointment seat : seats) {
            if (!seat.role().independent()) {
                continue;
            }
            for (Affiliation office : model.affiliations(seat.person(), date)) {
                if (system.partners().contains(office.organisation())
                        && !office.organisation().equals(system.icb())) {
                    offences.add(model.nameOf(seat.person()) + " ("
                            + seat.role().label().toLowerCase() + ") is " + office.office() + " of "
                            + system.name(office.organisation()) + ", an organisation of the ICS");
                }
            }
        }
        String finding = offences.isEmpty()
                ? "no independent member of " + body.name() + " holds office in another organisation of the ICS"
                : String.join("; ", offences);
        return new RuleResult(body.code(), rule.label(), offences.isEmpty(), finding);
    }

    private RuleResult coreMembers(ConstitutionRule rule, Body body, List<Appointment> seats) {
        Set<String> represented = seats.stream()
                .map(Appointment::represents)
                .filter(r -> r != null)
                .collect(Collectors.toSet());
        Set<String> required = new TreeSet<>(system.localAuthorities());
        required.add(system.icb());
        List<String> missing = required.stream()
                .filter(r -> !represented.contains(r))
                .map(system::name)
                .toList();
        String finding = missing.isEmpty()
                ? body.name() + " has the ICB and all "
                        + system.localAuthorities().size() + " local authorities as core members"
                : body.name() + " lacks core member" + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing);
        return new RuleResult(body.code(), rule.label(), missing.isEmpty(), finding);
    }
}
