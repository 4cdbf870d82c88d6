package org.openics.engagement.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openics.engagement.AgeBand;
import org.openics.engagement.analysis.Representativeness;
import org.openics.kernel.OdsCode;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.PopulationMeasure;
import org.openics.registry.Registry;
import org.openics.registry.SystemOfSystems;
import org.springframework.stereotype.Component;

/** The registry as engagement reads it, through its entry point: places, their residents, residents by age, LSOA deprivation. */
@Component
class RegistryPlaces {

    private static final Map<AgeBand, PopulationMeasure> AGE = Map.of(
            AgeBand.UNDER_16,
            PopulationMeasure.RESIDENT_0_15,
            AgeBand.AGE_16_TO_59,
            PopulationMeasure.RESIDENT_16_59,
            AgeBand.AGE_60_PLUS,
            PopulationMeasure.RESIDENT_60_PLUS);

    private final Registry registry;

    RegistryPlaces(Registry registry) {
        this.registry = registry;
    }

    /** The demo engagement data is located in the demo ICS: load it unless it is there (the demo command loads it first). */
    void ensureDemoIcs() {
        registry.loadDemoIcs();
    }

    /** Places in force on the day, by name; only the given codes when some are given. */
    List<Representativeness.Group> places(LocalDate day, List<String> only) {
        return registry.asAt(day).organisations(OrganisationKind.PLACE).stream()
                .filter(o -> only.isEmpty() || only.contains(o.code().value()))
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .map(o -> new Representativeness.Group(o.code().value(), o.name()))
                .toList();
    }

    Map<String, String> names(LocalDate day) {
        Map<String, String> names = new LinkedHashMap<>();
        places(day, List.of()).forEach(g -> names.put(g.code(), g.label()));
        return names;
    }

    Map<String, Long> residents(LocalDate day, List<Representativeness.Group> places) {
        SystemOfSystems s = registry.asAt(day);
        Map<String, Long> residents = new HashMap<>();
        for (Representativeness.Group p : places) {
            s.residentPopulation(OdsCode.of(p.code())).ifPresent(n -> residents.put(p.code(), n));
        }
        return residents;
    }

    /** Residents of the places by age band, summed over their LSOAs; empty when any band is missing anywhere. */
    Map<String, Long> residentsByAge(LocalDate day, List<Representativeness.Group> places) {
        SystemOfSystems s = registry.asAt(day);
        Map<String, Long> byAge = new HashMap<>();
        for (Representativeness.Group p : places) {
            for (Organisation lsoa : s.lsoasIn(OdsCode.of(p.code()))) {
                for (var band : AGE.entrySet()) {
                    Optional<Double> n = s.population(lsoa.code(), band.getValue());
                    if (n.isEmpty()) {
                        return Map.of();
                    }
                    byAge.merge(band.getKey().name(), Math.round(n.get()), Long::sum);
                }
            }
        }
        return byAge;
    }

    /** Residents of the places per national IMD quintile of their LSOA. */
    Map<String, Long> residentsByQuintile(LocalDate day, List<Representativeness.Group> places) {
        SystemOfSystems s = registry.asAt(day);
        Map<String, Long> byQuintile = new HashMap<>();
        for (Representativeness.Group p : places) {
            for (Organisation lsoa : s.lsoasIn(OdsCode.of(p.code()))) {
                var deprivation = s.deprivation(lsoa.code());
                var residents = s.population(lsoa.code(), PopulationMeasure.RESIDENT);
                if (deprivation.isPresent() && residents.isPresent()) {
                    byQuintile.merge(
                            Integer.toString(deprivation.get().quintile()), Math.round(residents.get()), Long::sum);
                }
            }
        }
        return byQuintile;
    }

    Optional<Integer> quintile(LocalDate day, String lsoa) {
        try {
            return registry.asAt(day).deprivation(OdsCode.of(lsoa)).map(d -> d.quintile());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The LSOAs of a place, code to "name (code)", in order of name: the home areas a respondent chooses from. */
    Map<String, String> lsoaNames(LocalDate day, String place) {
        Map<String, String> names = new LinkedHashMap<>();
        registry.asAt(day).lsoasIn(OdsCode.of(place)).stream()
                .sorted(java.util.Comparator.comparing(Organisation::name))
                .forEach(o ->
                        names.put(o.code().value(), o.name() + " (" + o.code().value() + ")"));
        return names;
    }

    List<String> lsoas(LocalDate day, String place) {
        return registry.asAt(day).lsoasIn(OdsCode.of(place)).stream()
                .map(o -> o.code().value())
                .sorted()
                .toList();
    }

    /** An LSOA in force on the day inside the place. */
    boolean lsoaIn(LocalDate day, String lsoa, String place) {
        try {
            return registry.asAt(day).lsoasIn(OdsCode.of(place)).stream()
                    .anyMatch(o -> o.code().value().equals(lsoa));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
