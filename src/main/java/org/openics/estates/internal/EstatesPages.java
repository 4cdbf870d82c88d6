package org.openics.estates.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.estates.CapitalBidLink;
import org.openics.estates.EditOutcome;
import org.openics.estates.EstatePlan;
import org.openics.estates.Estates;
import org.openics.estates.EstatesImport;
import org.openics.estates.EstatesPermission;
import org.openics.estates.PlaceEstate;
import org.openics.estates.PlanKind;
import org.openics.estates.PlanStatus;
import org.openics.estates.RoomType;
import org.openics.estates.Site;
import org.openics.estates.map.SiteMap;
import org.openics.geography.Boundaries;
import org.openics.geography.BoundaryLevel;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.platform.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The estates pages: sites with the map, estate per place, hubs and their reach, plans; imports and plans for estates leads. */
@Controller
class EstatesPages {

    private final Accounts accounts;
    private final Estates estates;
    private final Boundaries boundaries;

    EstatesPages(Estates estates, Boundaries boundaries, Accounts accounts) {
        this.accounts = accounts;
        this.estates = estates;
        this.boundaries = boundaries;
    }

    @GetMapping("/estates")
    String sites(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Principal user,
            Model model) {
        Actor actor = actor(user);
        LocalDate date = asAt.orElseGet(LocalDate::now);
        List<Site> sites = estates.sites(date, actor);
        List<PlaceEstate> places = estates.places(date, actor);
        model.addAttribute("asAt", date);
        model.addAttribute("sites", sites);
        model.addAttribute("places", places);
        model.addAttribute("roomTypes", RoomType.values());
        model.addAttribute("map", SiteMap.svg(sites, places, boundaries.boundaries(BoundaryLevel.PLACE)));
        model.addAttribute("hubs", estates.hubs(date, actor));
        model.addAttribute("plans", estates.plans(actor));
        Map<Long, CapitalBidLink> bids = new HashMap<>();
        estates.capitalBids(date, actor).forEach(b -> bids.put(b.plan(), b));
        model.addAttribute("bids", bids);
        model.addAttribute("canWrite", Authorisation.allows(actor, EstatesPermission.IMPORT_RETURNS));
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("statuses", PlanStatus.values());
        return "estates/estates";
    }

    @GetMapping(value = "/estates/sites.csv", produces = "text/csv")
    ResponseEntity<byte[]> sitesCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        return EstatesWeb.csv(EstatesWeb.sitesCsv(estates.sites(date, actor(user))), "estate-sites-" + date + ".csv");
    }

    @PostMapping("/estates/import")
    String importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate period,
            Principal user,
            Model model)
            throws IOException {
        EstatesImport report = estates.importSites(
                Optional.ofNullable(file.getOriginalFilename())
                        .filter(n -> !n.isBlank())
                        .orElse("upload.csv"),
                new String(file.getBytes(), StandardCharsets.UTF_8),
                period,
                actor(user));
        model.addAttribute("report", report);
        return "estates/imported";
    }

    @PostMapping("/estates/hubs")
    String hub(
            @RequestParam String site,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String services,
            @RequestParam(defaultValue = "") String neighbourhoods,
            Principal user,
            Model model) {
        model.addAttribute("outcome", estates.saveHub(site, name, services, neighbourhoods, actor(user)));
        return "estates/saved";
    }

    @PostMapping("/estates/plans")
    String plan(
            @RequestParam PlanKind kind,
            @RequestParam String site,
            @RequestParam(defaultValue = "") String target,
            @RequestParam String title,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
            @RequestParam PlanStatus status,
            @RequestParam(defaultValue = "0") double floorArea,
            @RequestParam(defaultValue = "0") String runningCost,
            @RequestParam(defaultValue = "") String capitalBid,
            Principal user,
            Model model) {
        EditOutcome outcome = savePlan(
                estates,
                actor(user),
                EstatePlan.draft(0, kind, site, target, title, due, status, floorArea, runningCost, capitalBid));
        model.addAttribute("outcome", outcome);
        return "estates/saved";
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }

    /** A drafted plan saved through the entry point, or refused with the reason it is none (the role is checked first). */
    static EditOutcome savePlan(Estates estates, Actor actor, EstatePlan.Draft draft) {
        Authorisation.require(actor, EstatesPermission.EDIT_PLANS);
        return draft.problem() != null
                ? EditOutcome.refused(List.of(draft.problem()))
                : estates.savePlan(draft.plan(), actor);
    }
}
