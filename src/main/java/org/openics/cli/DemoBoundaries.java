package org.openics.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.openics.geography.Boundaries;
import org.openics.geography.SyntheticBoundaries;
import org.openics.geography.SyntheticPlace;
import org.openics.registry.DemoSystem;
import org.openics.registry.Organisation;
import org.openics.registry.OrganisationKind;
import org.openics.registry.SystemOfSystems;

/**
 * Synthetic boundaries for the demo ICS, so that its maps show on first start without an import: cells around the
 * approximate centres of its six boroughs, and cells inside each for its invented LSOAs, stored marked synthetic.
 * Only the demo command calls this; an area that already has a boundary (a real import) keeps it.
 */
final class DemoBoundaries {

    /** Approximate centres (longitude, latitude) of the demo's boroughs, so the cells sit roughly where the boroughs do. */
    private static final Map<String, double[]> CENTRES = Map.of(
            "E09000004", new double[] {0.1486, 51.4549},
            "E09000006", new double[] {0.0498, 51.3727},
            "E09000011", new double[] {0.0648, 51.4734},
            "E09000022", new double[] {-0.1168, 51.4571},
            "E09000023", new double[] {-0.0175, 51.4452},
            "E09000028", new double[] {-0.0731, 51.4734});

    private DemoBoundaries() {}

    static SyntheticBoundaries draw(Boundaries boundaries) {
        SystemOfSystems ics = DemoSystem.asAt(DemoPopulation.AS_AT);
        List<Organisation> places = ics.organisations(OrganisationKind.PLACE).stream()
                .sorted(Comparator.comparing(o -> o.code().value()))
                .toList();
        List<SyntheticPlace> outlined = new java.util.ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Organisation place = places.get(i);
            String code = place.code().value();
            String lad = code.substring(code.lastIndexOf('-') + 1);
            // a place of no known borough goes on a ring around central London, so it still gets a cell of its own
            double[] centre =
                    CENTRES.getOrDefault(lad, new double[] {0.02 + 0.12 * Math.cos(i), 51.44 + 0.08 * Math.sin(i)});
            List<SyntheticPlace.SmallArea> lsoas = ics.lsoasIn(place.code()).stream()
                    .sorted(Comparator.comparing(o -> o.code().value()))
                    .map(o -> new SyntheticPlace.SmallArea(o.code().value(), o.name()))
                    .toList();
            outlined.add(new SyntheticPlace(
                    lad,
                    place.name().replace(" Local Care Partnership", "") + " (synthetic outline)",
                    centre[0],
                    centre[1],
                    lsoas));
        }
        return boundaries.drawSynthetic(outlined);
    }
}
