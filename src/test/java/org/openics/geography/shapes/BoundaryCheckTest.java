package org.openics.geography.shapes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.geography.BoundaryFileException;
import org.openics.geography.BoundaryLevel;
import org.openics.geography.Shape;
import org.openics.geography.SkippedFeature;

class BoundaryCheckTest {

    static final double[] SQUARE = {0.0, 51.4, 0.1, 51.4, 0.1, 51.5, 0.0, 51.5, 0.0, 51.4};

    static GeoFeature polygon(int position, Map<String, String> properties, double[] ring) {
        return new GeoFeature(position, properties, "Polygon", List.of(List.of(ring)), null);
    }

    @Test
    void theOnsCodePropertyIsRecognisedAndItsNameAlongside() {
        BoundaryCheck.Outcome outcome = BoundaryCheck.check(
                List.of(polygon(1, Map.of("LAD22CD", "E09000022", "LAD22NM", "Lambeth"), SQUARE)),
                BoundaryLevel.PLACE,
                Optional.empty());
        assertThat(outcome.codeProperty()).isEqualTo("LAD22CD");
        assertThat(outcome.accepted()).singleElement().satisfies(a -> {
            assertThat(a.code()).isEqualTo("E09000022");
            assertThat(a.name()).isEqualTo("Lambeth");
        });
        assertThat(BoundaryCheck.check(
                                List.of(polygon(1, Map.of("LSOA21CD", "E01003014", "LAD22CD", "E09000022"), SQUARE)),
                                BoundaryLevel.LSOA,
                                Optional.empty())
                        .codeProperty())
                .isEqualTo("LSOA21CD");
    }

    @Test
    void aFileWhoseFeaturesLackTheCodePropertyIsRefusedNamingThePropertiesItHas() {
        List<GeoFeature> features = List.of(polygon(1, Map.of("id", "7"), SQUARE));
        assertThatThrownBy(() -> BoundaryCheck.check(features, BoundaryLevel.PLACE, Optional.empty()))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessageContaining("properties id")
                .hasMessageContaining("--code-property");
        assertThatThrownBy(() -> BoundaryCheck.check(features, BoundaryLevel.PLACE, Optional.of("LAD22CD")))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessageContaining("no feature has the property 'LAD22CD'");
    }

    @Test
    void pointsEastingsOpenRingsDuplicatesAndMissingCodesAreSkippedWithReasons() {
        double[] eastings = {530000, 180000, 531000, 180000, 531000, 181000, 530000, 180000};
        double[] open = {0.0, 51.4, 0.1, 51.4, 0.1, 51.5, 0.0, 51.5};
        List<GeoFeature> features = List.of(
                polygon(1, Map.of("code", "A"), SQUARE),
                new GeoFeature(2, Map.of("code", "B"), "Point", null, null),
                polygon(3, Map.of("code", "C"), eastings),
                polygon(4, Map.of("code", "D"), open),
                polygon(5, Map.of("code", "A"), SQUARE),
                polygon(6, Map.of("name", "nameless"), SQUARE),
                new GeoFeature(
                        7, Map.of("code", "G"), "Polygon", null, "malformed coordinates: a ring is not an array"));
        BoundaryCheck.Outcome outcome = BoundaryCheck.check(features, BoundaryLevel.LSOA, Optional.empty());
        assertThat(outcome.accepted()).extracting(BoundaryCheck.Accepted::code).containsExactly("A");
        assertThat(outcome.skipped()).extracting(SkippedFeature::position).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(outcome.skipped())
                .extracting(SkippedFeature::reason)
                .satisfiesExactly(
                        r -> assertThat(r).contains("Point is not supported"),
                        r -> assertThat(r).contains("WGS84 needed"),
                        r -> assertThat(r).contains("not closed"),
                        r -> assertThat(r).contains("appears earlier"),
                        r -> assertThat(r).isEqualTo("no code value"),
                        r -> assertThat(r).contains("malformed"));
    }

    @Test
    void projectionKeepsNorthUpAndEastRight() {
        Shape shape = Projection.project(List.of(List.of(SQUARE)));
        assertThat(shape.maxX()).isGreaterThan(shape.minX());
        assertThat(shape.maxY()).isGreaterThan(shape.minY());
        // at 51.45° N a degree of longitude is about 0.62 of a degree of latitude on the ground; Mercator stretches y
        // to keep shapes
        double aspect = (shape.maxY() - shape.minY()) / (shape.maxX() - shape.minX());
        assertThat(aspect).isBetween(1.55, 1.65);
    }
}
