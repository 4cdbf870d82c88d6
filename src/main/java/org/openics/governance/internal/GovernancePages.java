package org.openics.governance.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openics.governance.DecisionMap;
import org.openics.governance.Governance;
import org.openics.governance.GovernedFunction;
import org.openics.governance.Level;
import org.openics.governance.MapEntry;
import org.openics.governance.ProposedDecision;
import org.openics.governance.RoutingAnswer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the functions and decision map with the decision log, the constitution check, and "who may decide this?". */
@Controller
class GovernancePages {

    private final Governance governance;

    GovernancePages(Governance governance) {
        this.governance = governance;
    }

    @GetMapping("/governance")
    String map(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Model model) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        DecisionMap map = governance.map(date);
        model.addAttribute("asAt", date);
        model.addAttribute("levels", List.of(Level.values()));
        model.addAttribute("map", map);
        model.addAttribute("groups", byFunction(map));
        decisionLog(date, model);
        return "governance/map";
    }

    /** The public decision log on its own, each record with an anchor ({@code #decision-<n>}) and the meeting it was taken at. */
    @GetMapping("/governance/log")
    String log(Model model) {
        LocalDate date = LocalDate.now();
        model.addAttribute("asAt", date);
        decisionLog(date, model);
        return "governance/log";
    }

    private void decisionLog(LocalDate date, Model model) {
        model.addAttribute(
                "bodyNames",
                governance.bodies(date).stream()
                        .collect(Collectors.toMap(
                                org.openics.governance.Body::code, org.openics.governance.Body::name)));
        model.addAttribute(
                "decisions",
                governance.decisions(true).stream()
                        .sorted(java.util.Comparator.comparingLong(org.openics.governance.DecisionRecord::sequence)
                                .reversed())
                        .toList());
        model.addAttribute("takenAt", governance.decisionsTakenAt());
        model.addAttribute("verification", governance.verifyLog());
    }

    /** One heading per function at each level, with its description, so six place committees read as one group. */
    record FunctionGroup(String function, String name, String description, List<MapEntry> entries) {}

    private Map<Level, List<FunctionGroup>> byFunction(DecisionMap map) {
        Map<String, String> descriptions = governance.functions().stream()
                .collect(Collectors.toMap(GovernedFunction::code, GovernedFunction::plainEnglish));
        Map<Level, List<FunctionGroup>> groups = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            Map<String, List<MapEntry>> entries = map.at(level).stream()
                    .collect(Collectors.groupingBy(MapEntry::function, LinkedHashMap::new, Collectors.toList()));
            groups.put(
                    level,
                    entries.values().stream()
                            .map(list -> new FunctionGroup(
                                    list.get(0).function(),
                                    list.get(0).functionName(),
                                    descriptions.getOrDefault(list.get(0).function(), ""),
                                    list))
                            .toList());
        }
        return groups;
    }

    @GetMapping("/governance/interests")
    String interests(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Model model) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        model.addAttribute("asAt", date);
        model.addAttribute("register", governance.interestRegister(date));
        return "governance/interests";
    }

    @GetMapping("/governance/check")
    String check(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> asAt, Model model) {
        LocalDate date = asAt.orElseGet(LocalDate::now);
        model.addAttribute("asAt", date);
        model.addAttribute("report", governance.validate(date));
        return "governance/check";
    }

    @GetMapping("/governance/route")
    String route(
            @RequestParam Optional<String> function,
            @RequestParam Optional<Long> value,
            @RequestParam Optional<String> place,
            @RequestParam Optional<String> counterparty,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> date,
            Model model) {
        LocalDate day = date.orElseGet(LocalDate::now);
        model.addAttribute("functions", governance.functions());
        model.addAttribute("date", day);
        model.addAttribute("function", function.orElse(""));
        model.addAttribute("value", value.orElse(null));
        model.addAttribute("place", place.orElse(""));
        model.addAttribute("counterparty", counterparty.orElse(""));
        model.addAttribute(
                "places",
                governance.bodies(day).stream()
                        .map(b -> b.place())
                        .filter(p -> p != null)
                        .distinct()
                        .sorted()
                        .toList());
        if (function.isPresent() && !function.get().isBlank() && value.isPresent()) {
            List<String> counterparties = counterparty
                    .filter(c -> !c.isBlank())
                    .map(c -> List.of(c.strip()))
                    .orElse(List.of());
            model.addAttribute(
                    "answer",
                    RoutingAnswer.of(governance.route(new ProposedDecision(
                            function.get(),
                            value.get(),
                            place.filter(p -> !p.isBlank()).orElse(null),
                            counterparties,
                            day))));
        }
        return "governance/route";
    }
}
