package org.openics.engagement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.engagement.Created;
import org.openics.engagement.Innovation;
import org.openics.engagement.PartnerKind;
import org.openics.engagement.PlaceAdoption;
import org.openics.engagement.Problem;
import org.openics.engagement.ProblemKind;
import org.openics.engagement.Spread;
import org.openics.engagement.Stage;
import org.openics.engagement.innovation.BeforeAfter;
import org.openics.engagement.innovation.StageGates;
import org.springframework.stereotype.Component;

/** The innovation pipeline behind the entry point (which checks the roles); indicators through analytics' entry point. */
@Component
class InnovationService {

    private static final int MAX_TEXT = 4000;

    private final JdbcInnovationStore innovations;
    private final JdbcEngagementStore store;
    private final PanelService panel;
    private final RegistryPlaces places;
    private final PopulationHealth health;
    private final Clock clock = Clock.systemDefaultZone();

    InnovationService(
            JdbcInnovationStore innovations,
            JdbcEngagementStore store,
            PanelService panel,
            RegistryPlaces places,
            PopulationHealth health) {
        this.innovations = innovations;
        this.store = store;
        this.panel = panel;
        this.places = places;
        this.health = health;
    }

    List<Innovation> innovations() {
        return innovations.innovations();
    }

    Created propose(String by, Innovation i) {
        List<Problem> problems = check(i);
        if (i.code() != null && innovations.innovation(i.code()).isPresent()) {
            problems.add(new Problem(ProblemKind.DUPLICATE, "code", "an innovation '" + i.code() + "' exists already"));
        }
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        innovations.insert(i, by, clock.instant());
        innovations.advance(i.code(), Stage.NEED, LocalDate.now(clock), by);
        store.log(by, clock.instant(), "innovation proposed", i.code());
        return new Created(true, List.of());
    }

    Created describe(String by, Innovation i) {
        if (i.code() == null || innovations.innovation(i.code()).isEmpty()) {
            return new Created(
                    false, List.of(new Problem(ProblemKind.NOT_FOUND, "code", "no innovation '" + i.code() + "'")));
        }
        List<Problem> problems = check(i);
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        innovations.describe(i);
        store.log(by, clock.instant(), "innovation described", i.code());
        return new Created(true, List.of());
    }

    private List<Problem> check(Innovation i) {
        List<Problem> problems = new ArrayList<>();
        if (i.code() == null || !i.code().matches("[a-z0-9][a-z0-9-]{0,39}")) {
            problems.add(invalid("code", "the code must be 1 to 40 lower-case letters, digits or hyphens"));
        }
        for (var field : Map.of(
                        "title", nullToEmpty(i.title()), "need", nullToEmpty(i.need()), "owner", nullToEmpty(i.owner()))
                .entrySet()) {
            if (field.getValue().isBlank()) {
                problems.add(invalid(field.getKey(), "an innovation needs its " + field.getKey()));
            }
        }
        for (var text : List.of(
                nullToEmpty(i.need()),
                i.opportunity().orElse(""),
                i.evidence().orElse(""),
                i.evaluation().orElse(""))) {
            if (text.length() > MAX_TEXT) {
                problems.add(invalid("text", "texts are at most " + MAX_TEXT + " characters"));
            }
        }
        i.indicator()
                .filter(x -> health.indicator(x).isEmpty())
                .ifPresent(x -> problems.add(invalid("indicator", "'" + x + "' is not an indicator of the catalogue")));
        Set<String> known = places.names(LocalDate.now(clock)).keySet();
        i.worstPlaces().stream()
                .filter(p -> !known.contains(p))
                .forEach(p -> problems.add(invalid("worstPlaces", "'" + p + "' is not a place in the registry")));
        i.validatedBy()
                .filter(p -> panel.partner(p).isEmpty())
                .ifPresent(p -> problems.add(invalid("validatedBy", "'" + p + "' is not a partner")));
        return problems;
    }

    Created advance(String by, String code, Stage target) {
        Optional<Innovation> i = innovations.innovation(code);
        if (i.isEmpty()) {
            return new Created(
                    false, List.of(new Problem(ProblemKind.NOT_FOUND, "code", "no innovation '" + code + "'")));
        }
        Set<String> networks = panel.partners().stream()
                .filter(p -> p.kind() == PartnerKind.HEALTH_INNOVATION_NETWORK)
                .map(p -> p.code())
                .collect(Collectors.toSet());
        List<Problem> problems = StageGates.check(i.get(), target, networks);
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        innovations.advance(code, target, LocalDate.now(clock), by);
        store.log(by, clock.instant(), "innovation advanced", code + " to " + target);
        return new Created(true, List.of());
    }

    Created adopt(String by, String code, String place, LocalDate on) {
        Optional<Innovation> i = innovations.innovation(code);
        if (i.isEmpty()) {
            return new Created(
                    false, List.of(new Problem(ProblemKind.NOT_FOUND, "code", "no innovation '" + code + "'")));
        }
        List<Problem> problems = new ArrayList<>();
        if (i.get().stage().compareTo(Stage.VALIDATION) < 0) {
            problems.add(new Problem(
                    ProblemKind.GATE_NOT_MET,
                    "stage",
                    i.get().title() + " is not validated yet: adoption follows validation"));
        }
        if (place == null || !places.names(LocalDate.now(clock)).containsKey(place)) {
            problems.add(invalid("place", "'" + place + "' is not a place in the registry"));
        } else if (i.get().adoptionIn(place).isPresent()) {
            problems.add(new Problem(ProblemKind.DUPLICATE, "place", place + " has adopted it already"));
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            problems.add(invalid("adoptedOn", "an adoption is recorded on a date not after today"));
        }
        if (!problems.isEmpty()) {
            return new Created(false, problems);
        }
        innovations.adopt(code, place, on, by);
        store.log(by, clock.instant(), "innovation adopted", code + " in " + place + " on " + on);
        return new Created(true, List.of());
    }

    Spread spread(String code) {
        Innovation i = innovations
                .innovation(code)
                .orElseThrow(() -> new java.util.NoSuchElementException("There is no innovation '" + code + "'."));
        Optional<Indicator> indicator = i.indicator().flatMap(health::indicator);
        Map<String, String> names = places.names(LocalDate.now(clock));
        Map<String, List<BeforeAfter.Point>> trends = new java.util.HashMap<>();
        indicator.ifPresent(ind -> names.keySet()
                .forEach(p -> trends.put(
                        p,
                        health.trend(ind.id(), Level.PLACE, p).stream()
                                .map(InnovationService::point)
                                .toList())));
        return BeforeAfter.compare(i, indicator.map(Indicator::title), BeforeAfter.inOrder(names, trends));
    }

    /** Adopted in the place, earliest adoption first; each with the place's row of its spread. */
    List<PlaceAdoption> adoptedIn(String place) {
        return innovations.innovations().stream()
                .filter(i -> i.adoptionIn(place).isPresent())
                .sorted(java.util.Comparator.comparing((Innovation i) ->
                                i.adoptionIn(place).orElseThrow().adoptedOn())
                        .thenComparing(Innovation::code))
                .map(i -> {
                    Spread spread = spread(i.code());
                    Spread.PlaceSpread row = spread.places().stream()
                            .filter(p -> p.place().equals(place))
                            .findFirst()
                            .orElseThrow();
                    return new PlaceAdoption(i.code(), i.title(), i.stage(), spread.indicatorTitle(), row);
                })
                .toList();
    }

    private static BeforeAfter.Point point(IndicatorValue v) {
        return new BeforeAfter.Point(v.period(), v.suppressed() ? null : v.value());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Problem invalid(String field, String detail) {
        return new Problem(ProblemKind.INVALID_FIELD, field, detail);
    }
}
