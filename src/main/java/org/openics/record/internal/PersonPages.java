package org.openics.record.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.PersonId;
import org.openics.record.PersonIndex;
import org.openics.record.RecordAccess;
import org.openics.record.access.AccessPolicy;
import org.openics.record.access.Relationships;
import org.openics.registry.Registry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The integrated record of one person, shown only after an audited access decision. */
@Controller
class PersonPages {

    private final PersonIndex persons;
    private final RecordAccess record;
    private final JdbcRecordStore store;
    private final FhirResources fhir;
    private final Accounts accounts;
    private final Registry registry;

    PersonPages(
            PersonIndex persons,
            RecordAccess record,
            JdbcRecordStore store,
            FhirResources fhir,
            Accounts accounts,
            Registry registry) {
        this.accounts = accounts;
        this.registry = registry;
        this.persons = persons;
        this.record = record;
        this.store = store;
        this.fhir = fhir;
    }

    private Actor actor(Authentication authentication) {
        return accounts.actorOf(authentication)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.FORBIDDEN, "not a shared care record account"));
    }

    /** "King's College Hospital (RJZ)" from the registry as at today; the code alone when the registry does not know it. */
    private java.util.function.UnaryOperator<String> organisationNames() {
        Map<String, String> named = new java.util.HashMap<>();
        org.openics.registry.SystemOfSystems today = registry.asAt(java.time.LocalDate.now());
        return code -> named.computeIfAbsent(code, c -> {
            try {
                return today.organisation(org.openics.kernel.OdsCode.of(c))
                        .map(o -> o.name() + " (" + c + ")")
                        .orElse(c);
            } catch (IllegalArgumentException notAnOdsCode) {
                return c;
            }
        });
    }

    @GetMapping("/record")
    String find(Authentication authentication, @RequestParam Optional<String> nhsNumber, Model model) {
        Actor actor = actor(authentication);
        if (actor.role() == UserRole.RESIDENT) {
            return persons.personByNhsNumber(actor.nhsNumber().get())
                    .map(p -> "redirect:/record/person/" + p.value())
                    .orElse("record/find");
        }
        model.addAttribute("actor", actor);
        if (nhsNumber.isPresent()) {
            String digits = nhsNumber.get().replaceAll("\\s", "");
            String problem = NhsNumber.check(digits);
            if (problem != null) {
                model.addAttribute("problem", problem);
            } else {
                NhsNumber wanted = new NhsNumber(digits);
                Optional<PersonId> person = persons.personByNhsNumber(wanted);
                // decided (and audited) here, so that a person one may not see and one who is not there look the same
                if (person.isPresent()
                        && record.requestAccess(new AccessRequest(
                                        actor, person.get(), "find by NHS number", "direct care", Optional.empty()))
                                .granted()) {
                    return "redirect:/record/person/" + person.get().value();
                }
                model.addAttribute("problem", unseen(wanted));
                model.addAttribute("nhsNumber", wanted.value());
            }
        }
        return "record/find";
    }

    /**
     * A person id that is not there is refused as a person without any relationship would be, so that ids cannot be
     * probed for existence; the audit log keeps the real reason ("no such person").
     */
    private static AccessDecision asIfUnrelated(Actor actor, long id) {
        return new AccessPolicy()
                .decide(
                        new AccessRequest(actor, new PersonId(id), "person page", "direct care", Optional.empty()),
                        new Relationships(Optional.empty(), Map.of()),
                        List.of());
    }

    /** The same answer whether nobody has this NHS number or the actor may not see their record: no existence oracle. */
    static String unseen(NhsNumber nhsNumber) {
        return "no record that you may see for NHS number " + nhsNumber
                + ": either there is none, or you have no legitimate" + " relationship with this person";
    }

    /** Break glass from the find page, by NHS number (the person's id is not shown before access is granted). */
    @PostMapping("/record/break-glass")
    String breakGlassByNhsNumber(
            @RequestParam String nhsNumber, @RequestParam String reason, Authentication authentication, Model model) {
        Actor actor = actor(authentication);
        String digits = nhsNumber.replaceAll("\\s", "");
        if (NhsNumber.check(digits) != null) {
            model.addAttribute("actor", actor);
            model.addAttribute("problem", NhsNumber.check(digits));
            return "record/find";
        }
        Optional<PersonId> person = persons.personByNhsNumber(new NhsNumber(digits));
        if (person.isEmpty()) {
            model.addAttribute("actor", actor);
            model.addAttribute(
                    "problem",
                    "no person with NHS number " + new NhsNumber(digits)
                            + " (break glass was asked for, and is recorded)");
            return "record/find";
        }
        return show(person.get().value(), actor, Optional.of(reason), model);
    }

    @GetMapping("/record/person/{id}")
    String person(@PathVariable long id, Authentication authentication, Model model) {
        return show(id, actor(authentication), Optional.empty(), model);
    }

    @PostMapping("/record/person/{id}/break-glass")
    String breakGlass(@PathVariable long id, @RequestParam String reason, Authentication authentication, Model model) {
        return show(id, actor(authentication), Optional.of(reason), model);
    }

    private String show(long id, Actor actor, Optional<String> breakGlass, Model model) {
        if (id <= 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        AccessDecision decision = record.requestAccess(
                new AccessRequest(actor, new PersonId(id), "person page", "direct care", breakGlass));
        model.addAttribute("actor", actor);
        model.addAttribute(
                "decision", decision.granted() || store.personExists(id) ? decision : asIfUnrelated(actor, id));
        model.addAttribute("personId", id);
        if (!decision.granted()) {
            return "record/refused";
        }
        java.util.function.UnaryOperator<String> names = organisationNames();
        model.addAttribute("view", PersonView.of(id, store.everything(id), fhir, names));
        List<org.openics.record.AuditEntry> accesses =
                record.accessesTo(new PersonId(id)).stream().limit(50).toList();
        model.addAttribute("accesses", accesses);
        model.addAttribute(
                "organisationNames",
                accesses.stream()
                        .map(org.openics.record.AuditEntry::organisation)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .collect(java.util.stream.Collectors.toMap(o -> o, names)));
        return "record/person";
    }
}
