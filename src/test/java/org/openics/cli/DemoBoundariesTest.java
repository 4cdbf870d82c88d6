package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.geography.Boundaries;
import org.openics.geography.Boundary;
import org.openics.geography.BoundaryImportReport;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.SyntheticBoundaries;
import org.openics.geography.SyntheticPlace;
import org.openics.registry.DemoSystem;
import org.openics.registry.OrganisationKind;

class DemoBoundariesTest {

    /** An in-memory port that keeps what it is asked to draw. */
    static final class Drawn implements Boundaries {
        final List<SyntheticPlace> places = new ArrayList<>();

        @Override
        public BoundaryImportReport importGeoJson(
                String source,
                InputStream geoJson,
                BoundaryLevel level,
                Optional<String> codeProperty,
                Optional<java.util.Set<String>> registryAreas) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SyntheticBoundaries drawSynthetic(List<SyntheticPlace> asked) {
            places.addAll(asked);
            return new SyntheticBoundaries(
                    asked.size(),
                    asked.stream().mapToInt(p -> p.smallAreas().size()).sum());
        }

        @Override
        public List<Boundary> boundaries(BoundaryLevel level) {
            return List.of();
        }

        @Override
        public String revision() {
            return "";
        }
    }

    @Test
    void theDemosSixBoroughsAndEveryOneOfItsLsoasAreOutlinedUnderTheCodesMapsMatch() {
        Drawn drawn = new Drawn();
        SyntheticBoundaries result = DemoBoundaries.draw(drawn);
        var ics = DemoSystem.asAt(DemoPopulation.AS_AT);
        assertThat(drawn.places)
                .extracting(SyntheticPlace::code)
                .containsExactly("E09000004", "E09000006", "E09000011", "E09000022", "E09000023", "E09000028");
        assertThat(result.smallAreas())
                .isEqualTo(ics.organisations(OrganisationKind.LSOA).size());
        assertThat(drawn.places).allMatch(p -> p.name().endsWith("(synthetic outline)"));
        // every borough has a centre of its own, so each gets a cell
        assertThat(drawn.places.stream()
                        .map(p -> p.longitude() + "," + p.latitude())
                        .distinct())
                .hasSize(6);
        SyntheticPlace lambeth = drawn.places.get(3);
        assertThat(lambeth.smallAreas())
                .extracting(SyntheticPlace.SmallArea::code)
                .allMatch(c -> c.startsWith("E01Z4"));
    }
}
