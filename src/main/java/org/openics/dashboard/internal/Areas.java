package org.openics.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openics.analytics.Indicator;
import org.openics.analytics.IndicatorValue;
import org.openics.analytics.Level;
import org.openics.analytics.PopulationHealth;
import org.openics.dashboard.view.Area;
import org.openics.kernel.OdsCode;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.openics.registry.TreeNode;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Areas named and placed by the registry (as at today): the ICS the analytics describe, its places, PCNs and practices. */
@Component
class Areas {

    private final Registry registry;
    private final PopulationHealth health;

    Areas(Registry registry, PopulationHealth health) {
        this.registry = registry;
        this.health = health;
    }

    SystemOfSystems system() {
        return registry.asAt(LocalDate.now());
    }

    /**
     * The ICS the dashboard opens on: the one whose values the analytics hold; else the one whose practice files were
     * loaded (an ICB with places: the England-wide files alone give none), else the first ICB with practices; 404 when the
     * registry is empty.
     */
    Area ics(SystemOfSystems system) {
        Optional<String> analysed = analysedIcs();
        Organisation icb = analysed.flatMap(code -> organisation(system, code))
                .filter(o -> o.kind() == OrganisationKind.ICB)
                .or(() -> icbsWithPlaces(system).stream().findFirst())
                .or(() -> system.organisations(OrganisationKind.ICB).stream()
                        .filter(o -> !system.practicesUnder(o.code()).isEmpty())
                        .findFirst())
                .orElseThrow(
                        () -> new ResponseStatusException(
                                HttpStatus.NOT_FOUND,
                                "The registry holds no integrated care system: run ./openics demo, or import the published files"));
        return Area.ics(analysed.orElse(icb.code().value()), icb.name());
    }

    /** The ICS a person chose (an ICB's code, from the chooser or its cookie) when the registry holds it, else the default. */
    Area ics(SystemOfSystems system, Optional<String> chosen) {
        return chosen.flatMap(code -> organisation(system, code))
                .filter(o -> o.kind() == OrganisationKind.ICB)
                .map(o -> Area.ics(o.code().value(), o.name()))
                .orElseGet(() -> ics(system));
    }

    /** The code of the ICS the analytics describe, when they hold any values. */
    Optional<String> analysedIcs() {
        return health.catalogue().stream()
                .findFirst()
                .flatMap(i -> health.values(i.id(), Level.ICS, Optional.empty()).stream()
                        .findFirst())
                .map(IndicatorValue::code);
    }

    /** The ICSs a person can choose between: every ICB with practices, the one the dashboard opens on first, then by name. */
    List<Organisation> choices(SystemOfSystems system) {
        String opensOn = ics(system).code();
        return system.organisations(OrganisationKind.ICB).stream()
                .filter(o -> !system.practicesUnder(o.code()).isEmpty())
                .sorted(java.util.Comparator.comparing(
                                (Organisation o) -> !o.code().value().equals(opensOn))
                        .thenComparing(Organisation::name))
                .toList();
    }

    /** Whether the registry holds the built-in demo ICS (pages then suggest ./openics demo; on real data they do not). */
    boolean demo(SystemOfSystems system) {
        return organisation(system, org.openics.registry.DemoSystem.ICB_CODE).isPresent();
    }

    private static List<Organisation> icbsWithPlaces(SystemOfSystems system) {
        return system.organisations(OrganisationKind.PLACE).stream()
                .map(p -> system.ancestor(p.code(), OrganisationKind.ICB))
                .flatMap(Optional::stream)
                .distinct()
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .toList();
    }

    List<Area> children(SystemOfSystems system, Area area) {
        Level below = Area.below(area.level());
        if (below == null) {
            return List.of();
        }
        String registryCode = area.level() == Level.ICS ? icbCode(system, area) : area.code();
        return system.tree(Optional.of(OdsCode.of(registryCode)), 1).map(TreeNode::children).orElse(List.of()).stream()
                .map(child -> area.child(below, child.code().value(), child.name()))
                .toList();
    }

    /** An area of a level by code, with its ancestors; 404 when the registry has no such area. */
    Area find(SystemOfSystems system, Level level, String code) {
        if (level == Level.ICS) {
            return ics(system, Optional.ofNullable(code));
        }
        Organisation organisation = organisation(system, code)
                .filter(o -> o.kind() == kind(level))
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No " + Area.noun(level) + " " + code + " in the registry today"));
        // an area of another ICS than the one the dashboard opens on sits under its own ICS in the breadcrumbs
        Area ics = system.ancestor(organisation.code(), OrganisationKind.ICB)
                .map(o -> ics(system, Optional.of(o.code().value())))
                .orElseGet(() -> ics(system));
        return switch (level) {
            case PLACE -> ics.child(Level.PLACE, code, organisation.name());
            case PCN -> place(system, ics, organisation.code()).child(Level.PCN, code, organisation.name());
            case PRACTICE -> {
                Optional<Organisation> pcn = system.ancestor(organisation.code(), OrganisationKind.PCN);
                Area above = pcn.map(p -> place(system, ics, p.code())
                                .child(Level.PCN, p.code().value(), p.name()))
                        .orElseGet(() -> place(system, ics, organisation.code()));
                yield above.child(Level.PRACTICE, code, organisation.name());
            }
            default ->
                throw new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "The dashboard does not show " + level + " areas");
        };
    }

    private Area place(SystemOfSystems system, Area ics, OdsCode below) {
        return system.placeOf(below)
                .map(p -> ics.child(Level.PLACE, p.code().value(), p.name()))
                .orElse(ics);
    }

    private String icbCode(SystemOfSystems system, Area ics) {
        return organisation(system, ics.code())
                .map(o -> o.code().value())
                .orElseGet(() -> system.organisations(OrganisationKind.ICB).stream()
                        .filter(o -> !system.practicesUnder(o.code()).isEmpty())
                        .findFirst()
                        .map(o -> o.code().value())
                        .orElse(ics.code()));
    }

    private static Optional<Organisation> organisation(SystemOfSystems system, String code) {
        try {
            return system.organisation(OdsCode.of(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OrganisationKind kind(Level level) {
        return switch (level) {
            case PLACE -> OrganisationKind.PLACE;
            case PCN -> OrganisationKind.PCN;
            case PRACTICE -> OrganisationKind.GP_PRACTICE;
            case ICS -> OrganisationKind.ICB;
            case LSOA -> OrganisationKind.LSOA;
        };
    }

    Indicator indicator(String id) {
        return health.indicator(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + id));
    }
}
