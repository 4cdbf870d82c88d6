package org.openics.workforce.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.openics.workforce.Denominator;
import org.openics.workforce.Deployment;
import org.openics.workforce.OrganisationStaffing;
import org.openics.workforce.PlaceComparison;
import org.openics.workforce.StaffGroup;
import org.openics.workforce.StaffingFigure;
import org.openics.workforce.Workforce;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the workforce (JSON, signed-in users; dates YYYY-MM-DD, default today). Writes go through the pages and the CLI. */
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
    List<OrganisationStaffing> staffing(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return workforce.staffing(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/figures")
    List<StaffingFigure> figures(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return workforce.figures(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/places")
    PlaceComparison places(@RequestParam(defaultValue = "GP") StaffGroup group, @RequestParam(defaultValue = "REGISTERED") Denominator denominator,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return workforce.comparePlaces(group, denominator, asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/deployments")
    List<Deployment> deployments(Principal user) {
        return workforce.deployments(actor(user));
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
