package org.openics.development.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openics.analytics.Indicator;
import org.openics.analytics.PopulationHealth;
import org.openics.development.Condition;
import org.openics.development.Development;
import org.openics.development.DevelopmentPermission;
import org.openics.development.DevelopmentPlan;
import org.openics.development.EditOutcome;
import org.openics.development.MilestoneEdit;
import org.openics.development.MilestoneStatus;
import org.openics.development.Rag;
import org.openics.development.WorkArea;
import org.openics.development.WorkAreaEdit;
import org.openics.development.plan.Gantt;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NotAuthorised;
import org.openics.platform.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conditions for ICS success and the development plan. Reading is open; every edit is under
 * {@code /development/edit/} (sign-in required, CSRF token from the form); who may edit is the entry point's
 * {@link DevelopmentPermission} check, which the pages ask only to show or hide the forms.
 */
@Controller
class DevelopmentPages {

    private static final Map<Rag, String> RAG_TAGS = new EnumMap<>(Map.of(
            Rag.RED,
            "nhsuk-tag--red",
            Rag.AMBER,
            "nhsuk-tag--orange",
            Rag.GREEN,
            "nhsuk-tag--green",
            Rag.COMPLETE,
            "nhsuk-tag--blue"));
    private static final Map<MilestoneStatus, String> STATUS_TAGS = new EnumMap<>(Map.of(
            MilestoneStatus.NOT_STARTED,
            "nhsuk-tag--grey",
            MilestoneStatus.ON_TRACK,
            "nhsuk-tag--green",
            MilestoneStatus.AT_RISK,
            "nhsuk-tag--orange",
            MilestoneStatus.LATE,
            "nhsuk-tag--red",
            MilestoneStatus.COMPLETE,
            "nhsuk-tag--blue"));

    private final Development development;
    private final PopulationHealth populationHealth;
    private final Accounts accounts;

    DevelopmentPages(Development development, PopulationHealth populationHealth, Accounts accounts) {
        this.development = development;
        this.populationHealth = populationHealth;
        this.accounts = accounts;
    }

    private void common(Model model, Authentication user) {
        model.addAttribute("canEdit", canEdit(user));
        model.addAttribute("ragTags", RAG_TAGS);
        model.addAttribute("statusTags", STATUS_TAGS);
        model.addAttribute("rags", List.of(Rag.values()));
        model.addAttribute("statuses", List.of(MilestoneStatus.values()));
        model.addAttribute("today", LocalDate.now());
    }

    private boolean canEdit(Authentication user) {
        return Authorisation.allows(actor(user), DevelopmentPermission.EDIT_PLAN);
    }

    /** The signed-in actor, or null (the entry point then refuses with {@link NotAuthorised}). */
    private Actor actor(Authentication user) {
        return user == null ? null : accounts.actor(user).orElse(null);
    }

    @GetMapping("/development")
    String conditions(Authentication user, Model model) {
        common(model, user);
        List<Condition> conditions = development.conditions();
        model.addAttribute("conditions", conditions);
        Map<Rag, Long> counts = new EnumMap<>(Rag.class);
        Arrays.stream(Rag.values())
                .forEach(r -> counts.put(
                        r,
                        conditions.stream()
                                .filter(c -> c.rag().orElse(null) == r)
                                .count()));
        model.addAttribute("counts", counts);
        model.addAttribute("plan", development.plan());
        return "development/conditions";
    }

    @GetMapping("/development/conditions/{id}")
    String condition(@PathVariable String id, Authentication user, Model model) {
        common(model, user);
        model.addAttribute(
                "condition",
                development
                        .condition(id)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No condition " + id)));
        return "development/condition";
    }

    @PostMapping("/development/edit/conditions/{id}")
    String recordUpdate(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String rag,
            @RequestParam(required = false) String note,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        EditOutcome outcome = development.recordUpdate(id, asOf, rag, note, actor(user));
        if (outcome.done()) {
            redirect.addFlashAttribute("saved", "Update recorded.");
            return "redirect:/development/conditions/" + id;
        }
        model.addAttribute("problems", outcome.problems());
        model.addAttribute(
                "form",
                Map.of(
                        "asOf",
                        asOf == null ? "" : asOf.toString(),
                        "rag",
                        rag == null ? "" : rag,
                        "note",
                        note == null ? "" : note));
        return condition(id, user, model);
    }

    /** Where "sign in to edit" links point: after sign-in, back to the page. */
    @GetMapping({"/development/edit/conditions/{id}"})
    String signedInForCondition(@PathVariable String id) {
        return "redirect:/development/conditions/" + id;
    }

    @GetMapping({"/development/edit/plan/{code}"})
    String signedInForArea(@PathVariable String code) {
        return "redirect:/development/plan/" + code;
    }

    @GetMapping("/development/plan")
    String plan(@RequestParam Optional<String> view, Authentication user, Model model) {
        common(model, user);
        DevelopmentPlan plan = development.plan();
        model.addAttribute("plan", plan);
        model.addAttribute("gantt", Gantt.of(plan, LocalDate.now()));
        Map<MilestoneStatus, Long> statusCounts = new EnumMap<>(MilestoneStatus.class);
        Arrays.stream(MilestoneStatus.values())
                .forEach(s -> statusCounts.put(
                        s,
                        plan.milestones().stream().filter(m -> m.status() == s).count()));
        model.addAttribute("statusCounts", statusCounts);
        model.addAttribute("indicators", indicatorsById());
        return "development/plan";
    }

    @GetMapping("/development/plan/{code}")
    String area(@PathVariable String code, Authentication user, Model model) {
        common(model, user);
        WorkArea area = development
                .plan()
                .area(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No work area " + code));
        model.addAttribute("area", area);
        model.addAttribute("indicators", indicatorsById());
        model.addAttribute("catalogue", populationHealth.catalogue());
        return "development/area";
    }

    @PostMapping("/development/edit/plan/{code}")
    String editArea(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String lead,
            @RequestParam(defaultValue = "") String destination,
            @RequestParam(defaultValue = "") String approach,
            @RequestParam(defaultValue = "") String completed,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        EditOutcome outcome = development.editWorkArea(
                new WorkAreaEdit(
                        code, lead, destination, approach, completed.lines().toList()),
                actor(user));
        return afterEdit(outcome, code, "Work area saved.", user, model, redirect);
    }

    @PostMapping("/development/edit/plan/{code}/milestones")
    String saveMilestone(
            @PathVariable String code,
            @RequestParam(defaultValue = "") String id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String start,
            @RequestParam(defaultValue = "") String due,
            @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String owner,
            @RequestParam(defaultValue = "") String indicators,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        EditOutcome outcome = development.saveMilestone(
                new MilestoneEdit(
                        id, code, title, start, due, status, owner, Arrays.asList(indicators.split("[,\\s]+"))),
                actor(user));
        return afterEdit(outcome, code, id.isBlank() ? "Milestone added." : "Milestone saved.", user, model, redirect);
    }

    @PostMapping("/development/edit/plan/import")
    String importPlan(
            @RequestParam(defaultValue = "") String yaml,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        EditOutcome outcome = development.importPlan(yaml, actor(user));
        if (outcome.done()) {
            redirect.addFlashAttribute("saved", "Plan imported.");
            return "redirect:/development/plan";
        }
        model.addAttribute("problems", outcome.problems());
        model.addAttribute("yaml", yaml);
        return plan(Optional.empty(), user, model);
    }

    @GetMapping(value = "/development/plan.yaml", produces = "application/yaml")
    @ResponseBody
    ResponseEntity<String> exportPlan() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/yaml; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"development-plan.yaml\"")
                .body(development.exportPlan());
    }

    private String afterEdit(
            EditOutcome outcome,
            String code,
            String message,
            Authentication user,
            Model model,
            RedirectAttributes redirect) {
        if (outcome.done()) {
            redirect.addFlashAttribute("saved", message);
            return "redirect:/development/plan/" + code;
        }
        model.addAttribute("problems", outcome.problems());
        return area(code, user, model);
    }

    private Map<String, Indicator> indicatorsById() {
        return populationHealth.catalogue().stream()
                .collect(Collectors.toMap(Indicator::id, Function.identity(), (a, b) -> a));
    }
}
