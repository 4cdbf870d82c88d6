package org.openics.governance.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.openics.governance.ChangeResult;
import org.openics.governance.DelegateKind;
import org.openics.governance.Delegation;
import org.openics.governance.Governance;
import org.openics.governance.GovernanceChange;
import org.openics.governance.GovernancePermission;
import org.openics.governance.InterestKind;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NotAuthorised;
import org.openics.platform.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The board secretary's pages (sign-in required): appoint a member, end a seat, record a declared interest, change a
 * quorum, and the history of every change. The check that counts is at the entry point ({@link Governance#change}); this
 * page only shows or hides the forms.
 */
@Controller
class GovernanceEditPages {

    private final Governance governance;
    private final Accounts accounts;

    GovernanceEditPages(Governance governance, Accounts accounts) {
        this.governance = governance;
        this.accounts = accounts;
    }

    private Actor actor(Principal principal) {
        return SignedIn.actor(accounts, principal);
    }

    @GetMapping("/governance/edit")
    String edit(Principal user, Model model) {
        Actor actor = actor(user);
        LocalDate today = LocalDate.now();
        model.addAttribute("canEdit", Authorisation.allows(actor, GovernancePermission.CHANGE_MODEL));
        if (!model.containsAttribute("refusal") && !Authorisation.allows(actor, GovernancePermission.CHANGE_MODEL)) {
            model.addAttribute("refusal", new NotAuthorised(actor, GovernancePermission.CHANGE_MODEL).getMessage());
        }
        model.addAttribute("today", today);
        model.addAttribute("bodies", governance.bodies(today));
        model.addAttribute("register", governance.interestRegister(today));
        model.addAttribute("roles", List.of(Role.values()));
        model.addAttribute("interestKinds", List.of(InterestKind.values()));
        model.addAttribute("history", governance.history(50));
        model.addAttribute("functions", governance.functions());
        model.addAttribute("entries", governance.schemeEntries(today));
        model.addAttribute("delegateKinds", List.of(DelegateKind.values()));
        return "governance/edit";
    }

    /** Governance's one history, for anyone signed in: every write, when, by whom, what. */
    @GetMapping("/governance/history")
    String history(@RequestParam(defaultValue = "500") int limit, Model model) {
        model.addAttribute("history", governance.history(limit));
        model.addAttribute("limit", limit);
        return "governance/history";
    }

    @PostMapping("/governance/edit/appoint")
    String appoint(
            @RequestParam String body,
            @RequestParam(required = false) String person,
            @RequestParam(required = false) String newPersonId,
            @RequestParam(required = false) String newPersonName,
            @RequestParam Role role,
            @RequestParam(required = false) String represents,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Principal user,
            RedirectAttributes redirect) {
        boolean adding = newPersonName != null && !newPersonName.isBlank();
        String id = adding ? newPersonId : person;
        return done(
                governance.change(
                        actor(user),
                        new GovernanceChange.Appoint(
                                id == null ? "" : id.strip(),
                                adding ? newPersonName : null,
                                body,
                                role,
                                represents,
                                from,
                                to)),
                redirect);
    }

    @PostMapping("/governance/edit/end-seat")
    String endSeat(
            @RequestParam String seat,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            Principal user,
            RedirectAttributes redirect) {
        String[] parts = seat.split("\\|", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("choose a seat to end");
        }
        return done(
                governance.change(
                        actor(user), new GovernanceChange.EndSeat(parts[0], parts[1], Role.valueOf(parts[2]), lastDay)),
                redirect);
    }

    @PostMapping("/governance/edit/interest")
    String interest(
            @RequestParam String person,
            @RequestParam InterestKind kind,
            @RequestParam String organisation,
            @RequestParam String description,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Principal user,
            RedirectAttributes redirect) {
        return done(
                governance.change(
                        actor(user),
                        new GovernanceChange.DeclareInterest(person, kind, organisation, description, from)),
                redirect);
    }

    @PostMapping("/governance/edit/terms")
    String terms(
            @RequestParam String body,
            @RequestParam String remit,
            @RequestParam int members,
            @RequestParam int independent,
            @RequestParam(required = false) List<Role> memberRoles,
            @RequestParam(defaultValue = "false") boolean namedVotes,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Principal user,
            RedirectAttributes redirect) {
        return done(
                governance.change(
                        actor(user),
                        new GovernanceChange.ChangeTerms(
                                body,
                                remit,
                                new QuorumRule(members, independent),
                                memberRoles == null ? List.of() : memberRoles,
                                from,
                                namedVotes)),
                redirect);
    }

    @PostMapping("/governance/edit/scheme-entry")
    String schemeEntry(
            @RequestParam String id,
            @RequestParam String function,
            @RequestParam String delegatedBy,
            @RequestParam String delegate,
            @RequestParam DelegateKind kind,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) Long limit,
            @RequestParam(required = false) String conditions,
            @RequestParam(required = false) String replaces,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Principal user,
            RedirectAttributes redirect) {
        Delegation entry = new Delegation(
                id.strip(),
                function,
                delegatedBy.strip(),
                delegate.strip(),
                kind,
                place == null || place.isBlank() ? null : place.strip(),
                limit,
                conditions,
                from,
                to);
        return done(
                governance.change(
                        actor(user),
                        new GovernanceChange.AmendEntry(
                                entry, replaces == null || replaces.isBlank() ? null : replaces.strip())),
                redirect);
    }

    @PostMapping("/governance/edit/end-entry")
    String endEntry(
            @RequestParam String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            Principal user,
            RedirectAttributes redirect) {
        return done(governance.change(actor(user), new GovernanceChange.EndEntry(id, lastDay)), redirect);
    }

    private static String done(ChangeResult result, RedirectAttributes redirect) {
        if (result.made()) {
            redirect.addFlashAttribute("made", "Done: " + result.change() + " (version " + result.version() + ").");
        } else {
            redirect.addFlashAttribute("problems", result.problems());
            redirect.addFlashAttribute("attempted", result.change());
        }
        return "redirect:/governance/edit";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(IllegalArgumentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "governance/refused";
    }
}
