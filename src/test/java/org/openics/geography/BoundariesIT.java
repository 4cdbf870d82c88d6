package org.openics.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Importing GeoJSON boundaries into the store: the published ONS files, and files that are wrong in the ways people get them wrong. */
class BoundariesIT extends PlatformIT {

    @Autowired
    Boundaries boundaries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSixSouthEastLondonBoroughsAreStoredWithNamesAndReadBackProjected() throws Exception {
        BoundaryImportReport report;
        try (InputStream in = Files.newInputStream(ReferenceData.file("sel/sel_boroughs_lad22_wgs84.geojson"))) {
            report = boundaries.importGeoJson(
                    "sel_boroughs_lad22_wgs84.geojson", in, BoundaryLevel.PLACE, Optional.empty());
        }
        assertThat(report.codeProperty()).isEqualTo("LAD22CD");
        assertThat(report.featuresRead()).isEqualTo(6);
        assertThat(report.stored()).isEqualTo(6);
        assertThat(report.skipped()).isEmpty();
        List<Boundary> places = boundaries.boundaries(BoundaryLevel.PLACE);
        assertThat(places)
                .extracting(Boundary::code)
                .contains("E09000004", "E09000006", "E09000011", "E09000022", "E09000023", "E09000028");
        Boundary lambeth = places.stream()
                .filter(b -> b.code().equals("E09000022"))
                .findFirst()
                .orElseThrow();
        assertThat(lambeth.name()).isEqualTo("Lambeth");
        // Lambeth lies west of Lewisham
        Boundary lewisham = places.stream()
                .filter(b -> b.code().equals("E09000023"))
                .findFirst()
                .orElseThrow();
        assertThat(lambeth.shape().minX()).isLessThan(lewisham.shape().minX());
        assertThat(lambeth.shape().points()).isGreaterThan(20);
    }

    @Test
    void importingAgainReplacesRatherThanDuplicatesAndTheRevisionMoves() throws Exception {
        String before = boundaries.revision();
        for (int i = 0; i < 2; i++) {
            try (InputStream in = Files.newInputStream(ReferenceData.file("sel/sel_lsoa21_wgs84.geojson"))) {
                BoundaryImportReport report =
                        boundaries.importGeoJson("sel_lsoa21_wgs84.geojson", in, BoundaryLevel.LSOA, Optional.empty());
                assertThat(report.codeProperty()).isEqualTo("LSOA21CD");
                assertThat(report.stored()).isEqualTo(report.featuresRead()).isEqualTo(1040);
            }
        }
        // other tests of this shared store may have drawn the demo's synthetic outlines for LSOAs the file does not
        // hold
        assertThat(jdbc.queryForObject(
                        "select count(*) from geography.boundary where level = 'LSOA' and code like 'E01%'"
                                + " and source not like 'synthetic%'",
                        Integer.class))
                .isEqualTo(1040);
        assertThat(boundaries.revision()).isNotEqualTo(before);
        assertThat(boundaries.boundaries(BoundaryLevel.LSOA))
                .extracting(Boundary::code)
                .contains("E01003014");
    }

    @Test
    void aFileThatIsNotJsonOrNotAFeatureCollectionIsRefusedWhole() {
        assertThatThrownBy(() -> load("{\"type\": \"FeatureCollection\", \"features\": [", Optional.empty()))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(
                        () -> load("{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}", Optional.empty()))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessage("not a GeoJSON FeatureCollection (its type is 'Feature')");
        assertThatThrownBy(() -> load("[1, 2]", Optional.empty()))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessage("not a GeoJSON object");
    }

    @Test
    void aFileWithoutTheCodePropertyIsRefusedAndNothingIsStored() {
        String before = boundaries.revision();
        String file = collection(feature("{\"NAME\": \"X-Somewhere\"}", polygon()));
        assertThatThrownBy(() -> load(file, Optional.empty()))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessageContaining("no property recognised as the LSOA code")
                .hasMessageContaining("NAME");
        assertThatThrownBy(() -> load(file, Optional.of("LSOA21CD")))
                .isInstanceOf(BoundaryFileException.class)
                .hasMessageContaining("no feature has the property 'LSOA21CD'");
        assertThat(boundaries.revision()).isEqualTo(before);
    }

    @Test
    void unsupportedGeometriesAndBadCoordinatesAreSkippedWithReasonsAndTheRestStored() {
        String file = collection(
                feature("{\"code\": \"X-GOOD\", \"name\": \"Good\"}", polygon()),
                feature("{\"code\": \"X-POINT\"}", "{\"type\": \"Point\", \"coordinates\": [0.1, 51.4]}"),
                feature(
                        "{\"code\": \"X-LINE\"}",
                        "{\"type\": \"LineString\", \"coordinates\": [[0.1, 51.4], [0.2, 51.5]]}"),
                feature(
                        "{\"code\": \"X-BNG\"}",
                        "{\"type\": \"Polygon\", \"coordinates\": [[[530000, 180000], [531000, 180000], [531000, 181000], [530000, 180000]]]}"),
                feature("{\"code\": \"X-NOGEOM\"}", "null"),
                feature("{\"code\": \"X-BAD\"}", "{\"type\": \"Polygon\", \"coordinates\": [[\"a\", \"b\"]]}"),
                feature("{}", polygon()));
        BoundaryImportReport report = load(file, Optional.of("code"));
        assertThat(report.featuresRead()).isEqualTo(7);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(report.skipped())
                .extracting(SkippedFeature::code)
                .containsExactly("X-POINT", "X-LINE", "X-BNG", "X-NOGEOM", "X-BAD", null);
        assertThat(report.skipped())
                .extracting(SkippedFeature::reason)
                .satisfiesExactly(
                        r -> assertThat(r)
                                .isEqualTo("geometry Point is not supported (Polygon or MultiPolygon needed)"),
                        r -> assertThat(r)
                                .isEqualTo("geometry LineString is not supported (Polygon or MultiPolygon needed)"),
                        r -> assertThat(r).contains("WGS84 needed, not eastings and northings"),
                        r -> assertThat(r).isEqualTo("no geometry"),
                        r -> assertThat(r).startsWith("malformed coordinates"),
                        r -> assertThat(r).isEqualTo("no code value"));
        assertThat(boundaries.boundaries(BoundaryLevel.LSOA))
                .filteredOn(b -> b.code().equals("X-GOOD"))
                .singleElement()
                .satisfies(b -> assertThat(b.name()).isEqualTo("Good"));
    }

    private BoundaryImportReport load(String json, Optional<String> codeProperty) {
        return boundaries.importGeoJson(
                "test.geojson",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                BoundaryLevel.LSOA,
                codeProperty);
    }

    private static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",", features) + "]}";
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\": \"Feature\", \"properties\": " + properties + ", \"geometry\": " + geometry + "}";
    }

    private static String polygon() {
        return "{\"type\": \"Polygon\", \"coordinates\": [[[0.1, 51.4], [0.2, 51.4], [0.2, 51.5], [0.1, 51.5], [0.1, 51.4]]]}";
    }

    @Test
    void syntheticOutlinesAreStoredMarkedSyntheticOnlyForAreasWithoutABoundaryAndDrawingAgainChangesNothing()
            throws Exception {
        // codes of this test's own, so that whatever else the shared store holds does not matter
        String imported = "E09TEST02";
        try (InputStream in =
                new ByteArrayInputStream(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                + "\"properties\":{\"code\":\"" + imported
                                + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                + "[[[0,51.4],[0.1,51.4],[0.1,51.5],[0,51.5],[0,51.4]]]}}]}")
                        .getBytes(StandardCharsets.UTF_8))) {
            boundaries.importGeoJson("test.geojson", in, BoundaryLevel.PLACE, Optional.empty());
        }
        List<SyntheticPlace> places = List.of(
                new SyntheticPlace(
                        "E09TEST01",
                        "Test West (synthetic outline)",
                        -0.12,
                        51.46,
                        List.of(
                                new SyntheticPlace.SmallArea("XT00001", "West 1"),
                                new SyntheticPlace.SmallArea("XT00002", "West 2"))),
                new SyntheticPlace(
                        imported,
                        "Test East",
                        0.05,
                        51.45,
                        List.of(new SyntheticPlace.SmallArea("XT00003", "East 1"))));

        SyntheticBoundaries drawn = boundaries.drawSynthetic(places);

        assertThat(drawn).isEqualTo(new SyntheticBoundaries(1, 3));
        Boundary west = boundaries.boundaries(BoundaryLevel.PLACE).stream()
                .filter(b -> b.code().equals("E09TEST01"))
                .findFirst()
                .orElseThrow();
        assertThat(west.synthetic()).isTrue();
        assertThat(west.name()).isEqualTo("Test West (synthetic outline)");
        Boundary kept = boundaries.boundaries(BoundaryLevel.PLACE).stream()
                .filter(b -> b.code().equals(imported))
                .findFirst()
                .orElseThrow();
        assertThat(kept.synthetic())
                .as("an imported boundary is never replaced")
                .isFalse();
        assertThat(boundaries.boundaries(BoundaryLevel.LSOA))
                .filteredOn(b -> b.code().startsWith("XT0000"))
                .hasSize(3)
                .allMatch(Boundary::synthetic);
        String revision = boundaries.revision();
        assertThat(boundaries.drawSynthetic(places)).isEqualTo(new SyntheticBoundaries(0, 0));
        assertThat(boundaries.revision()).isEqualTo(revision);
    }
}
