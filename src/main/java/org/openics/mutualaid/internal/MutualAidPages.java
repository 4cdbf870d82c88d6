package org.openics.mutualaid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.mutualaid.MutualAid;
import org.openics.mutualaid.MutualAidPermission;
import org.openics.mutualaid.Plan;
import org.openics.mutualaid.Site;
import org.openics.mutualaid.Transfer;
import org.openics.mutualaid.WaitingLists;
import org.openics.mutualaid.WaitsRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The mutual aid pages: waits (heat map and table), the board of offers, requests and transfers, and the optimised plan with its flow map. */
@Controller
class MutualAidPages {

    static final int MAP_WIDTH = 640;
    static final int MAP_HEIGHT = 420;

    private final MutualAid mutualAid;
    private final MutualAidWeb web;

    MutualAidPages(MutualAid mutualAid, MutualAidWeb web) {
        this.mutualAid = mutualAid;
        this.web = web;
    }

    /** One heat-map cell: the median wait of a provider × treatment function (all priorities) and its band for colour. */
    record Cell(String text, String band, String title) {}

    record HeatRow(String provider, List<Cell> cells) {}

    @GetMapping("/mutual-aid")
    String waits(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth,
            Model model) {
        Actor actor = web.actor(auth);
        LocalDate date = asAt.orElseGet(LocalDate::now);
        WaitingLists waits = mutualAid.waits(actor, date);
        List<WaitsRow> all =
                waits.rows().stream().filter(r -> r.priority().isEmpty()).toList();
        TreeSet<String> functions = new TreeSet<>();
        Map<String, Map<String, WaitsRow>> byProvider = new TreeMap<>();
        for (WaitsRow r : all) {
            functions.add(r.treatmentFunction());
            byProvider
                    .computeIfAbsent(r.provider(), k -> new TreeMap<>())
                    .merge(r.treatmentFunction(), r, (a, b) -> a.waiting() >= b.waiting() ? a : b);
        }
        List<HeatRow> heat = new ArrayList<>();
        byProvider.forEach((provider, cells) -> heat.add(new HeatRow(
                provider,
                functions.stream()
                        .map(f -> {
                            WaitsRow r = cells.get(f);
                            if (r == null) {
                                return new Cell("", "none", "no waiters");
                            }
                            String band = r.medianWeeks()
                                    .map(m -> m < 10 ? "1" : m < 18 ? "2" : m < 30 ? "3" : "4")
                                    .orElse("none");
                            return new Cell(
                                    r.medianWeeks()
                                            .map(m -> String.format(java.util.Locale.ROOT, "%.1f", m))
                                            .orElse("–"),
                                    band,
                                    r.waiting() + " waiting; median "
                                            + r.medianWeeks()
                                                    .map(m -> String.format(java.util.Locale.ROOT, "%.1f weeks", m))
                                                    .orElse("not calculated ("
                                                            + r.notCalculated().orElse("") + ")"));
                        })
                        .toList())));
        model.addAttribute("asAt", date);
        model.addAttribute("waits", waits);
        model.addAttribute("functions", functions);
        model.addAttribute("heat", heat);
        model.addAttribute("rows", waits.rows());
        return "mutualaid/waits";
    }

    @GetMapping(value = "/mutual-aid/waits.csv", produces = "text/csv")
    @ResponseBody
    String waitsCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            Authentication auth) {
        return MutualAidApi.waitsCsv(mutualAid.waits(web.actor(auth), asAt.orElseGet(LocalDate::now)));
    }

    @GetMapping("/mutual-aid/board")
    String board(Authentication auth, Model model) {
        Actor actor = web.actor(auth);
        model.addAttribute("offers", mutualAid.offers(actor));
        model.addAttribute("requests", mutualAid.requests(actor));
        model.addAttribute("transfers", mutualAid.transfers(actor));
        model.addAttribute("sites", mutualAid.sites());
        model.addAttribute("mayAudit", Authorisation.allows(actor, MutualAidPermission.VIEW_AUDIT));
        if (Authorisation.allows(actor, MutualAidPermission.VIEW_AUDIT)) {
            model.addAttribute("audit", mutualAid.audit(actor, 50));
        }
        return "mutualaid/board";
    }

    /** A line of the flow map between two sites, in SVG coordinates, its width by the number moved. */
    record Flow(double x1, double y1, double x2, double y2, double width, String label) {}

    /** A site on the flow map; {@code css} its classes (set here: two BEM "__" in one th: attribute would be preprocessing). */
    record Point(double x, double y, String code, String name, String css) {}

    /** The flow map's sites and lines (fragment mutualaid/map :: flow-map) for a plan over these sites. */
    static void flowMap(Model model, List<Site> sites, Plan plan) {
        double minLat =
                sites.stream().mapToDouble(s -> s.location().latitude()).min().orElse(0) - 0.03;
        double maxLat =
                sites.stream().mapToDouble(s -> s.location().latitude()).max().orElse(1) + 0.03;
        double minLon =
                sites.stream().mapToDouble(s -> s.location().longitude()).min().orElse(0) - 0.05;
        double maxLon =
                sites.stream().mapToDouble(s -> s.location().longitude()).max().orElse(1) + 0.05;
        java.util.function.Function<Site, double[]> xy = s -> new double[] {
            (s.location().longitude() - minLon) / (maxLon - minLon) * MAP_WIDTH,
            (maxLat - s.location().latitude()) / (maxLat - minLat) * MAP_HEIGHT
        };
        model.addAttribute(
                "points",
                sites.stream()
                        .map(s -> new Point(
                                xy.apply(s)[0],
                                xy.apply(s)[1],
                                s.code(),
                                s.name(),
                                "app-flow-map__site"
                                        + switch (s.kind()) {
                                            case INDEPENDENT -> " app-flow-map__site--independent";
                                            case CDC -> " app-flow-map__site--cdc";
                                            case HOSPITAL -> "";
                                        }))
                        .toList());
        int most = plan.transfers().stream().mapToInt(Transfer::waiters).max().orElse(1);
        List<Flow> flows = new ArrayList<>();
        for (Transfer t : plan.transfers()) {
            Optional<Site> from =
                    sites.stream().filter(s -> s.provider().equals(t.origin())).findFirst();
            Optional<Site> to =
                    sites.stream().filter(s -> s.code().equals(t.site())).findFirst();
            if (from.isPresent() && to.isPresent()) {
                double[] a = xy.apply(from.get());
                double[] b = xy.apply(to.get());
                flows.add(new Flow(
                        a[0],
                        a[1],
                        b[0],
                        b[1],
                        1 + 9.0 * t.waiters() / most,
                        t.waiters() + " waiters in " + t.specialty() + " from " + t.origin() + " to "
                                + to.get().name()));
            }
        }
        model.addAttribute("flows", flows);
        model.addAttribute("mapWidth", MAP_WIDTH);
        model.addAttribute("mapHeight", MAP_HEIGHT);
    }

    @GetMapping("/mutual-aid/plan")
    String plan(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<Boolean> equity,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> specialty,
            @RequestParam Optional<Integer> slots,
            Authentication auth,
            Model model) {
        Actor actor = web.actor(auth);
        LocalDate date = asAt.orElseGet(LocalDate::now);
        var options = MutualAidWeb.options(horizon, equity, limit, site, specialty, slots);
        model.addAttribute("asAt", date);
        model.addAttribute("options", options);
        model.addAttribute("sites", mutualAid.sites());
        model.addAttribute("mayPlan", Authorisation.allows(actor, MutualAidPermission.RUN_PLAN));
        if (Authorisation.allows(actor, MutualAidPermission.RUN_PLAN)) {
            Plan plan = mutualAid.plan(actor, date, options);
            model.addAttribute("plan", plan);
            flowMap(model, mutualAid.sites(), plan);
        }
        return "mutualaid/plan";
    }

    @GetMapping(value = "/mutual-aid/plan.csv", produces = "text/csv")
    @ResponseBody
    String planCsv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt,
            @RequestParam Optional<Integer> horizon,
            @RequestParam Optional<Boolean> equity,
            @RequestParam Optional<String> limit,
            @RequestParam Optional<String> site,
            @RequestParam Optional<String> specialty,
            @RequestParam Optional<Integer> slots,
            Authentication auth) {
        return MutualAidApi.transfersCsv(mutualAid.plan(
                web.actor(auth),
                asAt.orElseGet(LocalDate::now),
                MutualAidWeb.options(horizon, equity, limit, site, specialty, slots)));
    }
}
