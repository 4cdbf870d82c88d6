package org.openics.geography.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openics.geography.BoundaryLevel;

class SyntheticCellsTest {

    private static final List<SyntheticCells.Place> PLACES = List.of(
            place("A", -0.1168, 51.4571, 40),
            place("B", -0.0175, 51.4452, 25),
            place("C", 0.1486, 51.4549, 3),
            place("D", 0.0498, 51.3727, 0));

    private static SyntheticCells.Place place(String code, double lon, double lat, int areas) {
        return new SyntheticCells.Place(
                code,
                lon,
                lat,
                IntStream.range(0, areas).mapToObj(i -> code + i).toList());
    }

    @Test
    void everyPlaceAndSmallAreaGetsOneClosedOutlineThatTheImportCheckAccepts() {
        SyntheticCells.Outlines outlines = SyntheticCells.draw(PLACES, 7);
        assertThat(outlines.places()).extracting(SyntheticCells.Cell::code).containsExactly("A", "B", "C", "D");
        assertThat(outlines.smallAreas()).hasSize(68);
        List<GeoFeature> features = IntStream.range(0, outlines.smallAreas().size())
                .mapToObj(i -> new GeoFeature(
                        i + 1,
                        Map.of("code", outlines.smallAreas().get(i).code()),
                        "Polygon",
                        List.of(List.of(outlines.smallAreas().get(i).ring())),
                        null))
                .toList();
        assertThat(BoundaryCheck.check(features, BoundaryLevel.LSOA, Optional.empty())
                        .skipped())
                .isEmpty();
    }

    @Test
    void aPlacesCentreLiesInItsOwnCellAndTheSmallAreasTileThePlaceWithoutGapsOrOverlaps() {
        SyntheticCells.Outlines outlines = SyntheticCells.draw(PLACES, 7);
        for (int p = 0; p < PLACES.size(); p++) {
            double[] ring = outlines.places().get(p).ring();
            assertThat(contains(ring, PLACES.get(p).longitude(), PLACES.get(p).latitude()))
                    .as(PLACES.get(p).code())
                    .isTrue();
            String prefix = PLACES.get(p).code();
            List<double[]> inside = outlines.smallAreas().stream()
                    .filter(c -> c.code().startsWith(prefix))
                    .map(SyntheticCells.Cell::ring)
                    .toList();
            if (inside.isEmpty()) {
                continue;
            }
            double sum = inside.stream().mapToDouble(SyntheticCellsTest::area).sum();
            assertThat(sum)
                    .as("areas of %s's cells", prefix)
                    .isCloseTo(area(ring), org.assertj.core.data.Percentage.withPercentage(1e-6));
            for (double[] cell : inside) {
                for (int i = 0; i + 1 < cell.length; i += 2) {
                    assertThat(containsOrOnEdge(ring, cell[i], cell[i + 1])).isTrue();
                }
            }
        }
    }

    @Test
    void theSameInputGivesTheSameOutlinesAndAnotherSeedOthers() {
        double[] first = SyntheticCells.draw(PLACES, 7).smallAreas().get(5).ring();
        assertThat(SyntheticCells.draw(PLACES, 7).smallAreas().get(5).ring()).containsExactly(first);
        assertThat(SyntheticCells.draw(PLACES, 8).smallAreas().get(5).ring()).isNotEqualTo(first);
    }

    @Test
    void smallAreasRunFromNorthToSouthInTheOrderGiven() {
        List<SyntheticCells.Cell> a = SyntheticCells.draw(PLACES, 7).smallAreas().stream()
                .filter(c -> c.code().startsWith("A"))
                .toList();
        assertThat(centreLatitude(a.get(0).ring()))
                .isGreaterThan(centreLatitude(a.get(a.size() - 1).ring()));
    }

    private static double centreLatitude(double[] ring) {
        return IntStream.range(0, ring.length / 2 - 1)
                .mapToDouble(i -> ring[2 * i + 1])
                .average()
                .orElseThrow();
    }

    /** Shoelace area in degrees squared (a constant factor from the flat frame does not matter for comparisons). */
    private static double area(double[] ring) {
        double sum = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            sum += ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
        }
        return Math.abs(sum) / 2;
    }

    private static boolean contains(double[] ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.length - 4; i + 1 < ring.length - 2; j = i, i += 2) {
            if ((ring[i + 1] > y) != (ring[j + 1] > y)
                    && x < (ring[j] - ring[i]) * (y - ring[i + 1]) / (ring[j + 1] - ring[i + 1]) + ring[i]) {
                in = !in;
            }
        }
        return in;
    }

    private static boolean containsOrOnEdge(double[] ring, double x, double y) {
        if (contains(ring, x, y)) {
            return true;
        }
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double ax = ring[i];
            double ay = ring[i + 1];
            double dx = ring[i + 2] - ax;
            double dy = ring[i + 3] - ay;
            double t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
            if (Math.hypot(ax + t * dx - x, ay + t * dy - y) < 1e-9) {
                return true;
            }
        }
        return false;
    }
}
