package org.openics.estates.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.estates.CapitalBidLink;
import org.openics.estates.EditOutcome;
import org.openics.estates.EstatePlan;
import org.openics.estates.Estates;
import org.openics.estates.EstatesImport;
import org.openics.estates.HubCoverage;
import org.openics.estates.PlaceEstate;
import org.openics.estates.PlanKind;
import org.openics.estates.PlanStatus;
import org.openics.estates.Site;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
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
 * REST API of the estates (JSON, signed-in users; dates YYYY-MM-DD, default today). Writes are for clients that send their
 * credentials (Basic or bearer) with each request; the entry point checks the role. A refused write answers 422 with the reasons.
 */
@RestController
@RequestMapping("/api/estates")
class EstatesApi {

    private final Accounts accounts;
    private final Estates estates;

    EstatesApi(Estates estates, Accounts accounts) {
        this.accounts = accounts;
        this.estates = estates;
    }

    @GetMapping("/sites")
    List<Site> sites(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.sites(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/places")
    List<PlaceEstate> places(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.places(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/hubs")
    List<HubCoverage> hubs(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.hubs(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/plans")
    List<EstatePlan> plans(Principal user) {
        return estates.plans(actor(user));
    }

    @GetMapping("/capital-bids")
    List<CapitalBidLink> capitalBids(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.capitalBids(asAt.orElseGet(LocalDate::now), actor(user));
    }

    /** An ERIC-shaped site return in the body for the year starting {@code period}; {@code file} names it in the rejections. */
    @PostMapping(
            value = "/imports",
            consumes = {"text/csv", "text/plain"})
    EstatesImport importSites(
            @RequestBody String csv,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            @RequestParam(defaultValue = "upload.csv") String file,
            Principal user) {
        return estates.importSites(file, csv, period, actor(user));
    }

    /** A hub as the page's form takes it: services one a line ({@code service | provider | PCN ...}), neighbourhoods {@code PCN, lat, lon}. */
    record HubRequest(String site, String name, String services, String neighbourhoods) {}

    @PostMapping("/hubs")
    ResponseEntity<EditOutcome> saveHub(@RequestBody HubRequest h, Principal user) {
        return answer(estates.saveHub(h.site(), h.name(), h.services(), h.neighbourhoods(), actor(user)));
    }

    /** A plan to add ({@code id} 0 or absent) or revise; running cost change in pounds. */
    record PlanRequest(
            long id,
            PlanKind kind,
            String site,
            String target,
            String title,
            LocalDate due,
            PlanStatus status,
            double floorAreaChangeM2,
            String runningCostChange,
            String capitalBid) {}

    @PostMapping("/plans")
    ResponseEntity<EditOutcome> savePlan(@RequestBody PlanRequest p, Principal user) {
        return answer(EstatesPages.savePlan(
                estates,
                actor(user),
                EstatePlan.draft(
                        p.id(),
                        p.kind(),
                        p.site(),
                        p.target(),
                        p.title(),
                        p.due(),
                        p.status(),
                        p.floorAreaChangeM2(),
                        p.runningCostChange(),
                        p.capitalBid())));
    }

    private static ResponseEntity<EditOutcome> answer(EditOutcome outcome) {
        return ResponseEntity.status(outcome.done() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(outcome);
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
