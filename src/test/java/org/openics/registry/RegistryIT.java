package org.openics.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.kernel.OdsCode;
import org.openics.platform.ProgressListener;
import org.openics.support.PlatformIT;
import org.openics.support.ReferenceData;
import org.springframework.beans.factory.annotation.Autowired;

/** The registry on a real embedded PostgreSQL: imports, idempotence, dated queries and the REST API. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryIT extends PlatformIT {

    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Autowired
    Registry registry;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    ImportReport firstMapping;

    @BeforeAll
    void importSouthEastLondon() {
        firstMapping = registry.importFile(
                ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), ProgressListener.NONE);
        registry.importFile(
                ReferenceData.file(ReferenceData.LIST_SIZES), ImportOptions.defaults(), ProgressListener.NONE);
        registry.importFile(
                ReferenceData.file(ReferenceData.SEL_PRACTICES), ImportOptions.defaults(), ProgressListener.NONE);
        registry.importFile(
                ReferenceData.file(ReferenceData.SEL_LSOA), ImportOptions.defaults(), ProgressListener.NONE);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        ImportReport again = registry.importFile(
                ReferenceData.file(ReferenceData.MAPPING), ImportOptions.defaults(), ProgressListener.NONE);
        assertThat(registry.asAt(JUNE).practicesUnder(OdsCode.of("QKK"))).hasSize(192);
        assertThat(again.changes()).isZero();
        assertThat(again.loaded()).isEqualTo(6171);
    }

    @Test
    void theStoredRegistryGivesSouthEastLondonSixPlacesSummingToTheIcsTotal() {
        TreeNode sel = registry.tree(Optional.of(OdsCode.of("QKK")), JUNE, -1).orElseThrow();
        assertThat(sel.practices()).isEqualTo(192);
        assertThat(sel.population()).isEqualTo(2_094_802);
        assertThat(sel.children()).hasSize(6);
        assertThat(sel.children().stream().mapToLong(TreeNode::population).sum())
                .isEqualTo(sel.population());
        assertThat(sel.residentPopulation()).isEqualTo(1_796_537);
    }

    @Test
    void beforeTheMappingTookEffectTheIcsDidNotExist() {
        assertThat(registry.tree(Optional.of(OdsCode.of("QKK")), LocalDate.of(2025, 12, 31), -1))
                .isEmpty();
        assertThat(registry.organisation(OdsCode.of("G83006"), LocalDate.of(2026, 1, 1)))
                .isPresent();
    }

    @Test
    void theTreeApiAnswersWithNestedNodesAndPopulations() throws Exception {
        JsonNode tree = get("/api/registry/tree?ics=QKK&asAt=2026-06-01");
        assertThat(tree.get("code").asText()).isEqualTo("QKK");
        assertThat(tree.get("kind").asText()).isEqualTo("ICB");
        assertThat(tree.get("population").asLong()).isEqualTo(2_094_802);
        assertThat(tree.get("children")).hasSize(6);
        JsonNode place = tree.get("children").get(0);
        assertThat(place.get("children").get(0).get("kind").asText()).isIn("PCN", "GP_PRACTICE");
    }

    @Test
    void anOrganisationIsFoundByItsOdsCode() throws Exception {
        JsonNode practice = get("/api/registry/organisations/G83006?asAt=2026-06-01");
        assertThat(practice.at("/organisation/name").asText()).isEqualTo("THE ALBION SURGERY");
        assertThat(practice.at("/organisation/code").asText()).isEqualTo("G83006");
        assertThat(practice.get("partOf").toString()).contains("U07140").contains("LCP-E09000004");
        assertThat(practice.get("registeredPatients").asDouble()).isEqualTo(16011);
    }

    @Test
    void unknownCodesAndBadDatesGetClearErrors() throws Exception {
        HttpResponse<String> missing = send("/api/registry/organisations/A00000?asAt=2026-06-01");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no organisation A00000 on 2026-06-01");
        HttpResponse<String> badDate = send("/api/registry/tree?ics=QKK&asAt=June");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("'June' is not a valid asAt (use YYYY-MM-DD)");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
