package org.openics.estates.internal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.estates.EstatePlan;
import org.openics.estates.Estates;
import org.openics.estates.HubCoverage;
import org.openics.estates.PlaceEstate;
import org.openics.estates.Site;
import org.openics.kernel.Actor;
import org.openics.platform.Accounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the estates (JSON, signed-in users; dates YYYY-MM-DD, default today). Writes go through the pages and the CLI. */
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
    List<Site> sites(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.sites(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/places")
    List<PlaceEstate> places(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.places(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/hubs")
    List<HubCoverage> hubs(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Principal user) {
        return estates.hubs(asAt.orElseGet(LocalDate::now), actor(user));
    }

    @GetMapping("/plans")
    List<EstatePlan> plans(Principal user) {
        return estates.plans(actor(user));
    }

    private Actor actor(Principal principal) {
        return principal == null ? null : accounts.actor(principal).orElse(null);
    }
}
