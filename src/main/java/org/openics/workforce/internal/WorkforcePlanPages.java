package org.openics.workforce.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.Accounts;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.workforce.Denominator;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.Workforce;
import org.openics.workforce.WorkforcePermission;
import org.openics.workforce.WorkforcePlan;
import org.openics.workforce.WorkforcePlanOutcome;
import org.openics.workforce.charts.TrajectoryChart;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Workforce plans against need: each plan's trajectory, gaps and progress; new plans and revisions for workforce leads. */
@Controller
class WorkforcePlanPages {

    private final Accounts accounts;
    private final Workforce workforce;
    private final Registry registry;

    WorkforcePlanPages(Workforce workforce, Registry registry, Accounts accounts) {
        this.accounts = accounts;
        this.workforce = workforce;
        this.registry = registry;
    }

    @GetMapping("/workforce/plans")
    String plans(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<StaffGroup> group,
            Principal user,
            Model model) {
        Actor actor = actor(user);
        LocalDate date = asAt.orElseGet(LocalDate::now);
        List<PlanProgress> plans = workforce.plans(date, actor).stream()
                .filter(p -> group.map(g -> g == p.plan().group()).orElse(true))
                .toList();
        Map<Long, String> charts = new LinkedHashMap<>();
        plans.forEach(p -> charts.put(p.plan().id(), TrajectoryChart.svg(p)));
        model.addAttribute("asAt", date);
        model.addAttribute("group", group.orElse(null));
        model.addAttribute("plans", plans);
        model.addAttribute("charts", charts);
        model.addAttribute("groups", StaffGroup.values());
        model.addAttribute("denominators", Denominator.values());
        model.addAttribute("method", PlanProgress.METHOD);
        model.addAttribute("places", registry.asAt(date).organisations(OrganisationKind.PLACE));
        model.addAttribute("canWrite", Authorisation.allows(actor, WorkforcePermission.EDIT_PLANS));
        return "workforce/plans";
    }

    @GetMapping(value = "/workforce/plans.csv", produces = "text/csv")
    ResponseEntity<byte[]> plansCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        return WorkforcePages.csv(
                WorkforceCsv.plans(workforce.plans(date, actor(user))), "workforce-plans-" + date + ".csv");
    }

    @PostMapping("/workforce/plans")
    String save(
            @RequestParam String title,
            @RequestParam StaffGroup group,
            @RequestParam String place,
            @RequestParam Denominator per,
            @RequestParam double target,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baseline,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate by,
            Principal user,
            Model model) {
        model.addAttribute("outcome", save(workforce, actor(user), title, group, place, per, target, baseline, by));
        return "workforce/plan-saved";
    }

    /** The plan these values make, saved through the entry point, or refused with the reason (the role is checked first). */
    static WorkforcePlanOutcome save(
            Workforce workforce,
            Actor actor,
            String title,
            StaffGroup group,
            String place,
            Denominator per,
            double target,
            LocalDate baseline,
            LocalDate by) {
        Authorisation.require(actor, WorkforcePermission.EDIT_PLANS);
        String problem = WorkforcePlan.problem(title, group, place, per, target, baseline, by);
        return problem != null
                ? WorkforcePlanOutcome.refused(problem)
                : workforce.savePlan(
                        new WorkforcePlan(
                                0,
                                title,
                                group,
                                place.trim().toUpperCase(java.util.Locale.ROOT),
                                per,
                                target,
                                baseline,
                                by),
                        actor);
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
