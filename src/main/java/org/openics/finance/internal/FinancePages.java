package org.openics.finance.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.finance.AllocationRun;
import org.openics.finance.CapitalApproval;
import org.openics.finance.CapitalPlan;
import org.openics.finance.Finance;
import org.openics.finance.FinancePermission;
import org.openics.finance.Grouping;
import org.openics.finance.LocalNeedTable;
import org.openics.finance.NeedComponent;
import org.openics.finance.NeedIndexTable;
import org.openics.finance.SystemPosition;
import org.openics.finance.demo.DemoCapital;
import org.openics.finance.demo.DemoFinance;
import org.openics.kernel.Actor;
import org.openics.kernel.Authorisation;
import org.openics.kernel.NotAuthorised;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The finance pages under /finance: need, allocation runs and the system position, each table with its CSV. */
@Controller
@RequestMapping("/finance")
class FinancePages {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private final Finance finance;
    private final Actors actors;

    FinancePages(Finance finance, Actors actors) {
        this.finance = finance;
        this.actors = actors;
    }

    @GetMapping
    String overview(
            Authentication auth,
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> ics,
            @RequestParam(defaultValue = "local-authority") String by,
            Model model) {
        Actor actor = actors.of(auth);
        List<String> years = finance.weightedYears(actor);
        model.addAttribute("years", years);
        model.addAttribute("components", NeedComponent.values());
        model.addAttribute(
                "groupings",
                List.of(Grouping.LOCAL_AUTHORITY, Grouping.PLACE, Grouping.PCN, Grouping.SUB_ICB, Grouping.PRACTICE));
        model.addAttribute("canWrite", Authorisation.allows(actor, FinancePermission.RUN_ALLOCATION));
        List<AllocationRun> runs = finance.runs(actor);
        model.addAttribute("runs", runs);
        model.addAttribute("capitalRounds", finance.capitalRounds(actor));
        if (!years.isEmpty()) {
            String y = year.orElse(years.contains(DemoFinance.YEAR) ? DemoFinance.YEAR : years.get(0));
            String i = ics.orElse(y.equals(DemoFinance.YEAR) ? DemoFinance.ICB : "QKK");
            Grouping g = FinanceApi.grouping(by);
            NeedIndexTable need = finance.need(actor, y, i, g);
            model.addAttribute("need", need);
            model.addAttribute("year", y);
            model.addAttribute("ics", i);
            model.addAttribute("by", g.option());
            try {
                model.addAttribute("chart", JSON.writeValueAsString(chart(need)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return "finance/overview";
    }

    /** The need chart's data as a JSON-ready map (read by static/js/finance.js from a data attribute; no inline script). */
    static Map<String, Object> chart(NeedIndexTable need) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("units", need.units().stream().map(u -> u.name()).toList());
        List<Map<String, Object>> series = new ArrayList<>();
        for (NeedComponent c : NeedComponent.values()) {
            series.add(Map.of(
                    "name",
                    c.header(),
                    "data",
                    need.units().stream()
                            .map(u -> u.component(c)
                                    .map(x ->
                                            x.index() == null ? null : x.index().doubleValue())
                                    .orElse(null))
                            .toList()));
        }
        chart.put("series", series);
        return chart;
    }

    /** NHS England's index beside the local one, per place, for one component (chart and table) and every place's explanation. */
    @GetMapping("/local-need")
    String localNeed(
            Authentication auth,
            @RequestParam Optional<String> year,
            @RequestParam Optional<String> ics,
            @RequestParam(defaultValue = "GENERAL_ACUTE") String component,
            Model model) {
        Actor actor = actors.of(auth);
        List<String> years = finance.weightedYears(actor);
        if (years.isEmpty()) {
            throw new IllegalArgumentException(
                    "no weighted populations are imported yet: ./openics finance import --weighted FILE, or the demo");
        }
        String y = year.orElse(years.contains(DemoFinance.YEAR) ? DemoFinance.YEAR : years.get(0));
        LocalNeedTable local =
                finance.localNeed(actor, y, ics.orElse(y.equals(DemoFinance.YEAR) ? DemoFinance.ICB : "QKK"));
        NeedComponent c = NeedComponent.parse(component)
                .orElseThrow(() -> new IllegalArgumentException("no need component " + component));
        List<Map<String, Object>> rows = local.places().stream()
                .map(p -> Map.<String, Object>of(
                        "place", p, "component", p.component(c).orElseThrow()))
                .toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "units", local.places().stream().map(LocalNeedTable.Place::name).toList());
        chart.put(
                "series",
                List.of(
                        Map.of(
                                "name",
                                "NHS England",
                                "data",
                                local.places().stream()
                                        .map(p -> number(
                                                p.component(c).orElseThrow().nhsEngland()))
                                        .toList()),
                        Map.of(
                                "name",
                                "Local",
                                "data",
                                local.places().stream()
                                        .map(p -> number(
                                                p.component(c).orElseThrow().local()))
                                        .toList())));
        model.addAttribute("local", local);
        model.addAttribute("years", years);
        model.addAttribute("components", NeedComponent.values());
        model.addAttribute("component", c);
        model.addAttribute("rows", rows);
        try {
            model.addAttribute("chart", JSON.writeValueAsString(chart));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return "finance/local-need";
    }

    private static Double number(java.math.BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    @GetMapping("/runs/{id}")
    String run(Authentication auth, @PathVariable long id, Model model) {
        AllocationRun run = finance.run(actors.of(auth), id)
                .orElseThrow(() -> new IllegalArgumentException("no allocation run " + id));
        model.addAttribute("run", run);
        return "finance/run";
    }

    /** A capital round's portfolio (the demo round, else the first held), with the sensitivity report on request. */
    @GetMapping("/capital")
    String capital(
            Authentication auth,
            @RequestParam Optional<String> round,
            @RequestParam(defaultValue = "false") boolean sensitivity,
            Model model) {
        Actor actor = actors.of(auth);
        List<CapitalPlan> rounds = finance.capitalRounds(actor);
        CapitalPlan plan = round.map(id -> rounds.stream()
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no capital round " + id)))
                .orElseGet(
                        () -> rounds.stream()
                                .filter(r -> r.id().equals(DemoCapital.ROUND))
                                .findFirst()
                                .orElseGet(
                                        () -> rounds.stream()
                                                .findFirst()
                                                .orElseThrow(
                                                        () -> new IllegalArgumentException(
                                                                "no capital round is held yet: a finance lead submits one (POST /api/finance/capital/{id}) or loads the demo"))));
        model.addAttribute("plan", plan);
        model.addAttribute("rounds", rounds);
        model.addAttribute("bids", plan.bids());
        model.addAttribute("function", CapitalApproval.FUNCTION);
        model.addAttribute(
                "sensitivity", sensitivity && plan.planned() ? finance.capitalSensitivity(actor, plan.id()) : null);
        return "finance/capital";
    }

    @GetMapping("/position")
    String position(
            Authentication auth,
            @RequestParam Optional<String> year,
            @RequestParam Optional<YearMonth> asAt,
            Model model) {
        String y = year.orElse(DemoFinance.YEAR);
        SystemPosition position = finance.position(actors.of(auth), y, asAt);
        model.addAttribute("position", position);
        model.addAttribute("year", y);
        model.addAttribute("asAtParam", asAt.map(YearMonth::toString).orElse(""));
        Map<String, Map<String, List<SystemPosition.BudgetPosition>>> drill = new java.util.TreeMap<>();
        for (SystemPosition.BudgetPosition b : position.budgets()) {
            String place = b.budget().place() == null
                    ? "Whole system"
                    : b.budget().place().value();
            drill.computeIfAbsent(place, k -> new java.util.TreeMap<>())
                    .computeIfAbsent(b.budget().organisation().value(), k -> new ArrayList<>())
                    .add(b);
        }
        model.addAttribute("drill", drill);
        return "finance/position";
    }

    @ExceptionHandler(NotAuthorised.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refused(NotAuthorised e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "finance/refused";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(IllegalArgumentException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "finance/refused";
    }
}
