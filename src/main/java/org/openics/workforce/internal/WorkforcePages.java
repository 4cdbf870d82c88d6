package org.openics.workforce.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.Accounts;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentKind;
import org.openics.workforce.DeploymentOutcome;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.Workforce;
import org.openics.workforce.WorkforceFormat;
import org.openics.workforce.WorkforceImport;
import org.openics.workforce.WorkforcePermission;
import org.openics.workforce.charts.RateChart;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The workforce pages: staff per organisation and group, places compared per head, deployments; imports for workforce leads. */
@Controller
class WorkforcePages {

    private final Accounts accounts;
    private final Workforce workforce;

    WorkforcePages(Workforce workforce, Accounts accounts) {
        this.accounts = accounts;
        this.workforce = workforce;
    }

    @GetMapping("/workforce")
    String staffing(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<StaffGroup> group,
            Principal user,
            Model model) {
        Actor actor = actor(user);
        LocalDate date = asAt.orElseGet(LocalDate::now);
        List<OrganisationStaffing> rows = workforce.staffing(date, actor).stream()
                .filter(r -> group.map(g -> g == r.group()).orElse(true))
                .toList();
        model.addAttribute("asAt", date);
        model.addAttribute("group", group.orElse(null));
        model.addAttribute("groups", StaffGroup.values());
        model.addAttribute("rows", rows);
        model.addAttribute(
                "totalFte",
                rows.stream().mapToDouble(OrganisationStaffing::inPostFte).sum());
        model.addAttribute("canWrite", Authorisation.allows(actor, WorkforcePermission.IMPORT_RETURNS));
        model.addAttribute("canSeeMovements", Authorisation.allows(actor, WorkforcePermission.READ_MOVEMENTS));
        model.addAttribute(
                "deployments",
                Authorisation.allows(actor, WorkforcePermission.READ_MOVEMENTS)
                        ? workforce.deployments(actor)
                        : List.of());
        model.addAttribute("formats", WorkforceFormat.values());
        model.addAttribute("kinds", DeploymentKind.values());
        return "workforce/staffing";
    }

    @GetMapping(value = "/workforce/staffing.csv", produces = "text/csv")
    ResponseEntity<byte[]> staffingCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<StaffGroup> group,
            Principal user) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        List<OrganisationStaffing> rows = workforce.staffing(date, actor(user)).stream()
                .filter(r -> group.map(g -> g == r.group()).orElse(true))
                .toList();
        return csv(WorkforceCsv.staffing(rows), "workforce-" + date + ".csv");
    }

    @GetMapping("/workforce/places")
    String places(
            @RequestParam(defaultValue = "GP") StaffGroup group,
            @RequestParam(defaultValue = "REGISTERED") Denominator denominator,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Principal user,
            Model model) {
        PlaceComparison comparison =
                workforce.comparePlaces(group, denominator, asAt.orElseGet(LocalDate::now), actor(user));
        model.addAttribute("comparison", comparison);
        model.addAttribute("chart", RateChart.svg(comparison));
        model.addAttribute("groups", StaffGroup.values());
        model.addAttribute("denominators", Denominator.values());
        return "workforce/places";
    }

    @GetMapping(value = "/workforce/places.csv", produces = "text/csv")
    ResponseEntity<byte[]> placesCsv(
            @RequestParam(defaultValue = "GP") StaffGroup group,
            @RequestParam(defaultValue = "REGISTERED") Denominator denominator,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Principal user) {
        PlaceComparison c = workforce.comparePlaces(group, denominator, asAt.orElseGet(LocalDate::now), actor(user));
        return csv(
                WorkforceCsv.places(c), "workforce-places-" + group.name().toLowerCase(java.util.Locale.ROOT) + ".csv");
    }

    @PostMapping("/workforce/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam WorkforceFormat format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            Principal user,
            Model model)
            throws IOException {
        WorkforceImport report = workforce.importCsv(
                Optional.ofNullable(file.getOriginalFilename())
                        .filter(n -> !n.isBlank())
                        .orElse("upload.csv"),
                new String(file.getBytes(), StandardCharsets.UTF_8),
                format,
                period,
                actor(user));
        model.addAttribute("report", report);
        return "workforce/imported";
    }

    @PostMapping("/workforce/deployments")
    String deploy(
            @RequestParam String pseudonym,
            @RequestParam DeploymentKind kind,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam StaffGroup group,
            @RequestParam double fte,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            Principal user,
            Model model) {
        DeploymentOutcome outcome = deploy(workforce, actor(user), pseudonym, kind, from, to, group, fte, start, end);
        model.addAttribute("outcome", outcome);
        return "workforce/deployed";
    }

    /** The deployment these values make, recorded through the entry point, or refused with the reason (the role is checked first). */
    static DeploymentOutcome deploy(
            Workforce workforce,
            Actor actor,
            String pseudonym,
            DeploymentKind kind,
            String from,
            String to,
            StaffGroup group,
            double fte,
            LocalDate start,
            LocalDate end) {
        Authorisation.require(actor, WorkforcePermission.RECORD_DEPLOYMENT);
        Optional<LocalDate> until = Optional.ofNullable(end);
        String problem = Deployment.problem(pseudonym.trim(), kind, from.trim(), to.trim(), group, fte, start, until);
        return problem != null
                ? DeploymentOutcome.refused(problem)
                : workforce.recordDeployment(
                        new Deployment(
                                0,
                                pseudonym.trim(),
                                kind,
                                from.trim().toUpperCase(java.util.Locale.ROOT),
                                to.trim().toUpperCase(java.util.Locale.ROOT),
                                group,
                                fte,
                                start,
                                until),
                        actor);
    }

    static ResponseEntity<byte[]> csv(String text, String fileName) {
        return ResponseEntity.ok()
                .header("Content-Type", "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
