package org.openics.engagement.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.openics.engagement.Consultation;
import org.openics.engagement.Created;
import org.openics.engagement.Engagement;
import org.openics.engagement.EngagementPermission;
import org.openics.engagement.Problem;
import org.openics.engagement.QuestionKind;
import org.openics.governance.Governance;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.Accounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The engagement lead drafts a consultation and edits it on a page: owner body (governance bodies in force), audience
 * places (registry), dates with the internal deadline before closing, documents and questions. The role and every rule
 * are checked at the entry point; a refused form comes back (400) with what was typed and one line per problem, naming
 * the field.
 */
@Controller
@ConditionalOnWebApplication
class ConsultationEditPages {

    private final Engagement engagement;
    private final Accounts accounts;
    private final RegistryPlaces places;
    private final Governance governance;

    ConsultationEditPages(Engagement engagement, Accounts accounts, RegistryPlaces places, Governance governance) {
        this.engagement = engagement;
        this.accounts = accounts;
        this.places = places;
        this.governance = governance;
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }

    @GetMapping("/engagement/consultations/new")
    String blank(Principal principal, Model model) {
        Authorisation.require(actor(principal), EngagementPermission.CREATE_CONSULTATION);
        return form(
                new ConsultationForm(Map.of("q-kind-0", QuestionKind.CHOICE.name()), List.of()),
                false,
                List.of(),
                model);
    }

    @PostMapping("/engagement/consultations/new")
    String create(
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) List<String> audiencePlaces,
            Principal principal,
            Model model,
            RedirectAttributes r,
            jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = actor(principal);
        Authorisation.require(actor, EngagementPermission.CREATE_CONSULTATION);
        ConsultationForm form = new ConsultationForm(fields, audiencePlaces);
        Consultation c = form.consultation();
        Created created = engagement.create(actor, c);
        return outcome(form, created, false, "Consultation created", c.code(), model, r, response);
    }

    @GetMapping("/engagement/consultations/{code}/edit")
    String edit(@PathVariable String code, Principal principal, Model model) {
        Authorisation.require(actor(principal), EngagementPermission.CREATE_CONSULTATION);
        return form(ConsultationForm.of(find(code)), true, List.of(), model);
    }

    @PostMapping("/engagement/consultations/{code}/edit")
    String update(
            @PathVariable String code,
            @RequestParam Map<String, String> fields,
            @RequestParam(required = false) List<String> audiencePlaces,
            Principal principal,
            Model model,
            RedirectAttributes r,
            jakarta.servlet.http.HttpServletResponse response) {
        Actor actor = actor(principal);
        Authorisation.require(actor, EngagementPermission.CREATE_CONSULTATION);
        find(code);
        Map<String, String> values = new java.util.HashMap<>(fields);
        values.put("code", code); // the code is the address: it is not edited
        ConsultationForm form = new ConsultationForm(values, audiencePlaces);
        Created created = engagement.update(actor, form.consultation());
        return outcome(form, created, true, "Consultation saved", code, model, r, response);
    }

    private String outcome(
            ConsultationForm form,
            Created created,
            boolean editing,
            String saved,
            String code,
            Model model,
            RedirectAttributes r,
            jakarta.servlet.http.HttpServletResponse response) {
        if (created.stored() && form.problems().isEmpty()) {
            r.addFlashAttribute("saved", saved);
            return "redirect:/engagement/consultations/" + code + "/edit";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return form(form, editing, merged(form.problems(), created.problems()), model);
    }

    /** What the form could not read, then what the entry point refused, without repeating a field the form named. */
    static List<Problem> merged(List<Problem> unread, List<Problem> refused) {
        Set<String> named = unread.stream().map(Problem::field).collect(Collectors.toSet());
        boolean dateUnread = named.contains("opens") || named.contains("closes") || named.contains("internalDeadline");
        List<Problem> all = new ArrayList<>(unread);
        refused.stream()
                .filter(p ->
                        !named.contains(p.field()) && !(dateUnread && p.field().equals("dates")))
                .forEach(all::add);
        return all;
    }

    private String form(ConsultationForm form, boolean editing, List<Problem> problems, Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("problems", problems);
        model.addAttribute("bodies", governance.bodies(today));
        model.addAttribute("placeNames", places.names(today));
        model.addAttribute("kinds", QuestionKind.values());
        if (editing) {
            Consultation stored = find(form.value("code"));
            model.addAttribute("stored", stored);
            model.addAttribute("pastDeadline", today.isAfter(stored.internalDeadline()));
        }
        return "engagement/staff/consultation-form";
    }

    private Consultation find(String code) {
        return engagement
                .consultation(code)
                .orElseThrow(() -> new NoSuchElementException("There is no consultation '" + code + "'."));
    }
}
