package org.openics.dashboard.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.dashboard.view.Area;
import org.openics.dashboard.view.AreaDashboard;
import org.openics.dashboard.view.Filters;
import org.openics.dashboard.view.InequalitiesReport;
import org.openics.dashboard.view.Overview;
import org.openics.engagement.Engagement;
import org.openics.geography.Boundaries;
import org.openics.geography.BoundaryLevel;
import org.openics.registry.SystemOfSystems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The system overview at the root, and the dashboards of a place, a PCN and a practice, with a place's inequalities. */
@Controller
class DashboardPages {

    private final PopulationHealth health;
    private final Areas areas;
    private final PageCache cache;
    private final Boundaries boundaries;
    private final Engagement engagement;

    DashboardPages(
            PopulationHealth health, Areas areas, PageCache cache, Boundaries boundaries, Engagement engagement) {
        this.health = health;
        this.areas = areas;
        this.cache = cache;
        this.boundaries = boundaries;
        this.engagement = engagement;
    }

    /**
     * Which ICS the overview shows, and what the chooser offers: every ICS with practices when there is more than one (none
     * otherwise); whether the registry is the demo's; the ICS the analytics describe when it is another one, or null.
     */
    record IcsChoice(
            Area area, List<org.openics.registry.Organisation> choices, boolean demo, String analysedElsewhere) {}

    /** The ICS last chosen on the overview, remembered for a year by this browser. */
    static final String CHOSEN_ICS = "openics-ics";

    @GetMapping("/")
    String overview(
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String ics,
            @CookieValue(name = CHOSEN_ICS, required = false) String remembered,
            HttpServletResponse response,
            Model model) {
        Filters filters = Filters.parse(confidence, by, period);
        String wanted = ics != null ? ics.trim() : remembered;
        IcsChoice choice = cache.get("overview-ics/" + wanted, () -> {
            SystemOfSystems system = areas.system();
            Area area = areas.ics(system, Optional.ofNullable(wanted));
            List<org.openics.registry.Organisation> choices = areas.choices(system);
            String analysedElsewhere = areas.analysedIcs()
                    .filter(code -> !code.equals(area.code()))
                    .flatMap(code -> system.organisations(org.openics.registry.OrganisationKind.ICB).stream()
                            .filter(o -> o.code().value().equals(code))
                            .findFirst())
                    .map(o -> o.name())
                    .orElse(null);
            return new IcsChoice(area, choices.size() > 1 ? choices : List.of(), areas.demo(system), analysedElsewhere);
        });
        Area chosen = choice.area();
        if (ics != null && chosen.code().equalsIgnoreCase(ics.trim())) {
            response.addHeader(
                    "Set-Cookie",
                    org.springframework.http.ResponseCookie.from(CHOSEN_ICS, chosen.code())
                            .path("/")
                            .maxAge(java.time.Duration.ofDays(365))
                            .httpOnly(true)
                            .sameSite("Lax")
                            .build()
                            .toString());
        }
        Overview page = cache.get("overview/" + chosen.code() + filters.query(), () -> {
            SystemOfSystems system = areas.system();
            return Overview.build(
                    health,
                    chosen,
                    areas.children(system, chosen),
                    filters,
                    boundaries.boundaries(BoundaryLevel.PLACE));
        });
        model.addAttribute("choice", choice);
        model.addAttribute("page", page);
        model.addAttribute("filters", filters);
        model.addAttribute("area", page.ics());
        model.addAttribute("hidden", java.util.Map.of());
        return "dashboard/overview";
    }

    @GetMapping("/dashboard/{level:place|pcn|practice}/{code}")
    String area(
            @PathVariable String level,
            @PathVariable String code,
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            Model model) {
        Filters filters = Filters.parse(confidence, by, period);
        AreaDashboard page = cache.get("area/" + level + "/" + code + filters.query(), () -> {
            SystemOfSystems system = areas.system();
            Area area = areas.find(system, Level.valueOf(level.toUpperCase(java.util.Locale.ROOT)), code);
            return AreaDashboard.build(health, area, areas.children(system, area), filters);
        });
        model.addAttribute("page", page);
        model.addAttribute("filters", filters);
        model.addAttribute("area", page.area());
        model.addAttribute("hidden", java.util.Map.of());
        if ("place".equals(level)) {
            model.addAttribute("adoptions", engagement.adoptedIn(code));
        }
        return "dashboard/area";
    }

    @GetMapping("/dashboard/place/{code}/inequalities")
    String inequalities(
            @PathVariable String code,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String confidence,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String period,
            Model model) {
        Filters filters = Filters.parse(confidence, by, period);
        InequalitiesReport page = cache.get("inequalities/" + code + "/" + indicator + filters.query(), () -> {
            SystemOfSystems system = areas.system();
            Area place = areas.find(system, Level.PLACE, code);
            List<Area> places = areas.children(system, place.parent());
            return InequalitiesReport.build(health, place, places, Optional.ofNullable(indicator), filters);
        });
        model.addAttribute("page", page);
        model.addAttribute("filters", filters);
        model.addAttribute("area", page.area());
        model.addAttribute("hidden", indicator == null ? java.util.Map.of() : java.util.Map.of("indicator", indicator));
        return "dashboard/inequalities";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badFilter(IllegalArgumentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "dashboard/bad-request";
    }
}
