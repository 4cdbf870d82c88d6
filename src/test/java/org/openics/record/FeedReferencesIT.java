package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.platform.ProgressListener;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue #21 on a real PostgreSQL: another tool's bundles split across files (src/test/resources/record/feeds, see its
 * README) — conditional references to practitioners and organisations sent in another file, LOINC answer and part
 * codes, dates legitimately in the future, resource types OpenICS does not analyse. Each test loads its own copy of the
 * corpus (ids "fx-" renamed), so the tests share the store without meeting.
 */
class FeedReferencesIT extends PlatformIT {

    static final Path CORPUS = Path.of("src/test/resources/record/feeds");
    static final String PRACTITIONERS = "z-practitioners.json";

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    /** The corpus with its ids prefixed {@code prefix} instead of "fx-", the practitioners' file named to sort first or last. */
    static Path copy(Path dir, String prefix, boolean practitionersFirst, List<String> only) throws IOException {
        Path out = Files.createDirectories(dir.resolve(prefix));
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                if (!only.isEmpty() && !only.contains(name)) {
                    continue;
                }
                String renamed = name.equals(PRACTITIONERS) && practitionersFirst ? "0-practitioners.json" : name;
                Files.writeString(out.resolve(renamed), Files.readString(file).replace("fx-", prefix));
            }
        }
        return out;
    }

    IngestReport ingest(Path path) {
        return record.ingest(List.of(path), IngestOptions.from("ZFX01"), ProgressListener.NONE);
    }

    /** Each stored resource of a copy, by type and id, with its body as the corpus would have it ("fx-" again). */
    Map<String, String> stored(String prefix) {
        return new TreeMap<>(jdbc
                .query(
                        "select type, id, body::text from record.resource where id like ?",
                        (rs, n) -> Map.entry(
                                rs.getString(1) + "/" + rs.getString(2).replace(prefix, "fx-"),
                                rs.getString(3).replace(prefix, "fx-")),
                        prefix + "%")
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The open quarantine of a copy: resource key → reason, as the corpus would have it. */
    Map<String, String> quarantined(String prefix) {
        return new TreeMap<>(record.quarantine(1_000_000, false).stream()
                .filter(q -> q.resourceId() != null && q.resourceId().startsWith(prefix))
                .collect(Collectors.toMap(
                        q -> q.resourceType() + "/" + q.resourceId().replace(prefix, "fx-"),
                        q -> q.reason().replace(prefix, "fx-"))));
    }

    @Test
    void filesOfOneLoadResolveEachOthersConditionalReferencesInEitherOrderWithTheSameResult(@TempDir Path dir)
            throws IOException {
        IngestReport practitionersLast = ingest(copy(dir, "fa-", false, List.of()));
        IngestReport practitionersFirst = ingest(copy(dir, "fb-", true, List.of()));

        for (IngestReport report : List.of(practitionersLast, practitionersFirst)) {
            assertThat(report.read()).isEqualTo(27);
            assertThat(report.stored()).isEqualTo(22);
            assertThat(report.quarantined()).isEqualTo(5);
            assertThat(report.reconciles()).isTrue();
        }
        assertThat(stored("fa-")).hasSize(22).isEqualTo(stored("fb-"));
        assertThat(quarantined("fa-")).isEqualTo(quarantined("fb-"));
        Map<String, String> reasons = quarantined("fa-");
        assertThat(reasons)
                .containsOnlyKeys(
                        "Observation/fx-obs-bad-loinc",
                        "Observation/fx-obs-orphan",
                        "Condition/fx-cond-ambiguous",
                        "Observation/fx-obs-future",
                        "VendorSpecificThing/fx-unknown-type");
        assertThat(reasons.get("Observation/fx-obs-bad-loinc"))
                .isEqualTo("unknown code: '72166-3' fails the LOINC mod-10 check digit");
        assertThat(reasons.get("Observation/fx-obs-orphan"))
                .isEqualTo("unresolvable reference Encounter/fx-enc-never-sent");
        assertThat(reasons.get("Condition/fx-cond-ambiguous"))
                .startsWith("ambiguous conditional reference Practitioner?identifier=")
                .contains("2 resources have that identifier (Practitioner/fx-prac-3a, Practitioner/fx-prac-3b)");
        assertThat(reasons.get("Observation/fx-obs-future"))
                .startsWith("date in the future: Observation.effectiveDateTime 2099");
        assertThat(reasons.get("VendorSpecificThing/fx-unknown-type")).startsWith("not valid FHIR R4");

        // a conditional reference is replaced by the one resource it matched, as a FHIR server does in a transaction
        assertThat(stored("fa-").get("Encounter/fx-enc-1"))
                .contains("\"reference\": \"Practitioner/fx-prac-1\"")
                .contains("\"reference\": \"Organization/fx-org-1\"")
                .doesNotContain("identifier=");
        assertThat(stored("fa-"))
                .containsKeys(
                        "Device/fx-dev-1",
                        "ExplanationOfBenefit/fx-eob-1",
                        "CarePlan/fx-cp-1",
                        "Provenance/fx-prov-1",
                        "ImagingStudy/fx-img-1",
                        "CareTeam/fx-ct-1",
                        "Coverage/fx-cov-1",
                        "MedicationAdministration/fx-ma-1",
                        "DiagnosticReport/fx-dr-1");

        IngestReport again = ingest(dir.resolve("fa-"));
        assertThat(again.stored()).as("the same files again store nothing").isZero();
        assertThat(again.duplicates()).isEqualTo(22);
        assertThat(again.quarantined()).isEqualTo(5);
        assertThat(quarantined("fa-")).isEqualTo(reasons);
    }

    @Test
    void aResourceWaitingForAReferenceIsStoredWhenItsTargetArrivesInALaterLoad(@TempDir Path dir) throws IOException {
        Path copy = copy(dir, "fc-", false, List.of());
        IngestReport patients = ingest(copy.resolve("a-patient-1.json"));
        IngestReport second = ingest(copy.resolve("a-patient-2.json"));
        assertThat(patients.read() + second.read()).isEqualTo(22);
        assertThat(patients.stored() + second.stored())
                .as("the patients and the device, which point at nothing missing")
                .isEqualTo(3);
        assertThat(quarantined("fc-"))
                .hasSize(19)
                .containsEntry(
                        "Encounter/fx-enc-1",
                        "unresolvable reference Practitioner?identifier=https://fhir.hl7.org.uk/Id/gmc-number|fx-G0000001; "
                                + "unresolvable reference Organization?identifier=https://fhir.openics.org/Id/tool-organisation|fx-ORG1");

        IngestReport practitioners = ingest(copy.resolve(PRACTITIONERS));

        assertThat(practitioners.stored()).isEqualTo(5);
        assertThat(stored("fc-"))
                .as("everything that waited, stored: as in one load")
                .hasSize(22)
                .isEqualTo(storedAsOneLoad(dir));
        assertThat(quarantined("fc-"))
                .containsOnlyKeys(
                        "Observation/fx-obs-bad-loinc",
                        "Observation/fx-obs-orphan",
                        "Condition/fx-cond-ambiguous",
                        "Observation/fx-obs-future",
                        "VendorSpecificThing/fx-unknown-type");
        assertThat(quarantined("fc-").get("Condition/fx-cond-ambiguous"))
                .as("its reason now that the practitioners are in")
                .startsWith("ambiguous");
        assertThat(record.quarantine(1_000_000, true))
                .filteredOn(q -> "fc-enc-1".equals(q.resourceId()))
                .singleElement()
                .satisfies(q -> assertThat(q.released()).isTrue());
    }

    private Map<String, String> storedAsOneLoad(Path dir) throws IOException {
        ingest(copy(dir, "fd-", false, List.of()));
        return stored("fd-");
    }

    @Test
    void aProvenanceRecordedSecondsAheadOfThisClockIsStoredAndOneAnHourAheadIsNot(@TempDir Path dir)
            throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String bundle = """
                {"resourceType": "Bundle", "type": "transaction", "entry": [
                 {"fullUrl": "urn:uuid:6f1c1f5e-3b8e-4c59-9d57-6a1b2f3c4d01", "resource": {"resourceType": "Organization", "id": "fe-org-1", "name": "Skewed clock"}},
                 {"resource": {"resourceType": "Provenance", "id": "fe-prov-ahead", "target": [{"reference": "urn:uuid:6f1c1f5e-3b8e-4c59-9d57-6a1b2f3c4d01"}],
                  "recorded": "%s", "agent": [{"who": {"reference": "Organization/fe-org-1"}}]}},
                 {"resource": {"resourceType": "Provenance", "id": "fe-prov-hour", "target": [{"reference": "Organization/fe-org-1"}],
                  "recorded": "%s", "agent": [{"who": {"reference": "Organization/fe-org-1"}}]}}]}
                """.formatted(now.plusSeconds(8), now.plus(1, ChronoUnit.HOURS));
        Path file = Files.writeString(dir.resolve("provenance.json"), bundle);

        IngestReport report = ingest(file);

        assertThat(report.stored()).isEqualTo(2);
        assertThat(quarantined("fe-")).containsOnlyKeys("Provenance/fx-prov-hour");
        assertThat(quarantined("fe-").get("Provenance/fx-prov-hour"))
                .startsWith("date in the future: Provenance.recorded");
    }
}
