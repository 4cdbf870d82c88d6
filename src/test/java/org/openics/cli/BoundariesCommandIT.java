package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openics.platform.ProgressListener;
import org.openics.registry.ImportOptions;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;

/** `boundaries import` against the running server's store: how many of the file's areas the registry holds, and a warning when none do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoundariesCommandIT extends PlatformIT {

    @Autowired
    Registry registry;

    @BeforeAll
    void theRegistryHoldsSouthEastLondonsLsoas() {
        // as RegistryIT does, on the same store: importing again changes nothing
        for (String file : new String[] {
            ReferenceData.MAPPING, ReferenceData.LIST_SIZES, ReferenceData.SEL_PRACTICES, ReferenceData.SEL_LSOA
        }) {
            registry.importFile(ReferenceData.file(file), ImportOptions.defaults(), ProgressListener.NONE);
        }
    }

    @Test
    void lsoasTheRegistryDoesNotHoldAreStoredWithAWarningThatNothingIsToBeDrawn(@TempDir Path dir) throws Exception {
        // codes of no registry, and not E01…: BoundariesIT counts the real LSOAs stored in this shared store
        Path file = dir.resolve("elsewhere.geojson");
        String polygon =
                "{\"type\": \"Polygon\", \"coordinates\": [[[0.1, 51.4], [0.2, 51.4], [0.2, 51.5], [0.1, 51.4]]]}";
        Files.writeString(
                file,
                "{\"type\": \"FeatureCollection\", \"features\": ["
                        + "{\"type\": \"Feature\", \"properties\": {\"LSOA21CD\": \"X-NOWHERE-1\"}, \"geometry\": "
                        + polygon + "},"
                        + "{\"type\": \"Feature\", \"properties\": {\"LSOA21CD\": \"X-NOWHERE-2\"}, \"geometry\": "
                        + polygon + "}]}");

        RegistryCommandIT.Result text = RegistryCommandIT.run(
                "--home", HOME.toString(), "boundaries", "import", file.toString(), "--level", "lsoa");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out())
                .contains(
                        "in the registry: 0 of the 2 areas stored are its LSOAs (matched 0, unmatched 2, e.g. X-NOWHERE-1, X-NOWHERE-2)")
                .contains("warning: none of the 2 areas is an LSOA of the registry");

        RegistryCommandIT.Result json = RegistryCommandIT.run(
                "--home", HOME.toString(), "boundaries", "import", file.toString(), "--level", "LSOA", "--json");
        JsonNode match = new ObjectMapper().readTree(json.out()).path("registry");
        assertThat(match.path("matched").asInt()).isZero();
        assertThat(match.path("unmatched").asInt()).isEqualTo(2);
        assertThat(match.path("registryAreas").asInt()).isGreaterThanOrEqualTo(1040);
        assertThat(match.path("warning").asText())
                .startsWith("none of the 2 areas is an LSOA of the registry")
                .endsWith("; nothing to draw");
    }

    @Test
    void theRealSouthEastLondonLsoasAllMatchAndNoWarningIsGiven() {
        RegistryCommandIT.Result text = RegistryCommandIT.run(
                "--home",
                HOME.toString(),
                "boundaries",
                "import",
                ReferenceData.file("sel/sel_lsoa21_wgs84.geojson").toString(),
                "--level",
                "lsoa");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("in the registry: 1,040 of the 1,040 areas stored are its LSOAs (matched 1,040, unmatched 0)")
                .doesNotContain("warning");
    }
}
