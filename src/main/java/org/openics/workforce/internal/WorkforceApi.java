package org.openics.workforce.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.DeploymentKind;
import org.openics.workforce.DeploymentOutcome;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.PlanProgress;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;
import org.openics.workforce.Workforce;
import org.openics.workforce.WorkforceFormat;
import org.openics.workforce.WorkforceImport;
import org.openics.workforce.WorkforcePlanOutcome;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the workforce (JSON, signed-in users; dates YYYY-MM-DD, default today). Writes are for clients that send their
 * credentials (Basic or bearer) with each request; the entry point checks the role. A refused write answers 422 with the reasons.
 */
@RestController
@RequestMapping("/api/workforce")
class WorkforceApi {

    private final Accounts accounts;
    private final Workforce workforce;

    WorkforceApi(Workforce workforce, Accounts accounts) {
        this.accounts = accounts;
        this.workforce = workforce;
    }

    @GetMapping("/staffing")
    List<OrganisationStaffing> staffing(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return workforce.staffing(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/figures")
    List<StaffingFigure> figures(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return workforce.figures(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/places")
    PlaceComparison places(
            @RequestParam(defaultValue = "GP") StaffGroup group,
            @RequestParam(defaultValue = "REGISTERED") Denominator denominator,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Principal user) {
        return workforce.comparePlaces(group, denominator, asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/deployments")
    List<Deployment> deployments(Principal user) {
        return workforce.deployments(actor(user));
    }

    @GetMapping("/plans")
    List<PlanProgress> plans(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return workforce.plans(asAt.orElseGet(LocalDate::now), actor(user));
    }

    /** A plan to save: the target FTE per 10,000 of {@code per} for {@code group} in {@code place} by {@code targetDate}. */
    record PlanRequest(
            String title,
            StaffGroup group,
            String place,
            Denominator per,
            double targetPer10k,
            LocalDate baseline,
            LocalDate targetDate) {}

    @PostMapping("/plans")
    ResponseEntity<WorkforcePlanOutcome> savePlan(@RequestBody PlanRequest p, Principal user) {
        WorkforcePlanOutcome outcome = WorkforcePlanPages.save(
                workforce,
                actor(user),
                p.title(),
                p.group(),
                p.place() == null ? "" : p.place(),
                p.per(),
                p.targetPer10k(),
                p.baseline(),
                p.targetDate());
        return ResponseEntity.status(outcome.done() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(outcome);
    }

    /** A deployment to record (the staff id a pseudonym; {@code end} exclusive, absent when open-ended). */
    record DeploymentRequest(
            String pseudonym,
            DeploymentKind kind,
            String from,
            String to,
            StaffGroup group,
            double fte,
            LocalDate start,
            LocalDate end) {}

    @PostMapping("/deployments")
    ResponseEntity<DeploymentOutcome> deploy(@RequestBody DeploymentRequest d, Principal user) {
        DeploymentOutcome outcome = WorkforcePages.deploy(
                workforce,
                actor(user),
                d.pseudonym() == null ? "" : d.pseudonym(),
                d.kind(),
                d.from() == null ? "" : d.from(),
                d.to() == null ? "" : d.to(),
                d.group(),
                d.fte(),
                d.start(),
                d.end());
        return ResponseEntity.status(outcome.done() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(outcome);
    }

    /** A CSV return in the body; {@code file} names it in the rejections (file:line: reason). */
    @PostMapping(
            value = "/imports",
            consumes = {"text/csv", "text/plain"})
    WorkforceImport importCsv(
            @RequestBody String csv,
            @RequestParam WorkforceFormat format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(defaultValue = "upload.csv") String file,
            Principal user) {
        return workforce.importCsv(file, csv, format, period, actor(user));
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
