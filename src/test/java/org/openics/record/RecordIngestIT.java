package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.platform.ProgressListener;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The ingest pipeline on a real PostgreSQL: reconciliation, quarantine, idempotence, versions, linkage and facts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordIngestIT extends PlatformIT {

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    IngestReport first;

    @BeforeAll
    void ingestTheFixtures() {
        first = RecordFixtures.load(record);
    }

    @Test
    void everyLineIsStoredOrQuarantinedAndTheCountsReconcile() {
        assertThat(first.read()).isEqualTo(16);
        assertThat(first.quarantined()).isEqualTo(5);
        assertThat(first.stored() + first.duplicates()).isEqualTo(11); // duplicates when another IT loaded them first
        assertThat(first.reconciles()).isTrue();
        assertThat(first.skipped()).singleElement().asString().endsWith("README.txt");
    }

    @Test
    void eachFailureIsQuarantinedWithFileLineReasonAndTheOriginalBytes() {
        List<QuarantinedResource> items = record.quarantine(1_000_000, true);
        assertThat(items).anySatisfy(q -> {
            assertThat(q.resourceId()).isEqualTo("p-bad-nhs");
            assertThat(q.file()).endsWith("Patient.ndjson");
            assertThat(q.line()).isEqualTo(4);
            assertThat(q.reason()).contains("Modulus 11");
            assertThat(q.original()).contains("\"p-bad-nhs\"");
            assertThat(q.source()).isEqualTo("Z00001");
        });
        assertThat(items).anySatisfy(q -> assertThat(q.reason()).contains("unresolvable reference Patient/p-nobody"));
        assertThat(items).anySatisfy(q -> assertThat(q.reason()).contains("date in the future"));
        assertThat(items).anySatisfy(q -> assertThat(q.reason()).contains("Condition.code is missing"));
        assertThat(items).anySatisfy(q -> assertThat(q.file()).endsWith("Observation.ndjson"));
    }

    @Test
    void ingestingTheSameFilesAgainStoresNothingTwice() {
        long versions = jdbc.queryForObject("select count(*) from record.resource_version", Long.class);
        StoreDigest before = record.digest();
        IngestReport again =
                record.ingest(List.of(RecordFixtures.BULK), IngestOptions.from("Z00001"), ProgressListener.NONE);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates())
                .isGreaterThanOrEqualTo(11); // 12 once the quarantined condition has been released
        assertThat(again.duplicates() + again.quarantined()).isEqualTo(16);
        assertThat(jdbc.queryForObject("select count(*) from record.resource_version", Long.class))
                .isEqualTo(versions);
        assertThat(record.digest().differences(before))
                .as("the store's content, part by part")
                .isEmpty();
    }

    @Test
    void aChangedResourceBecomesANewVersionWithHistory(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String changed = Files.readAllLines(RecordFixtures.BULK.resolve("Encounter.ndjson"))
                .get(0)
                .replace("\"finished\"", "\"cancelled\"");
        Files.writeString(dir.resolve("Encounter.ndjson"), changed + "\n");
        StoreDigest before = record.digest();
        IngestReport report = record.ingest(List.of(dir), IngestOptions.from("RJ1"), ProgressListener.NONE);
        assertThat(report.stored()).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select version from record.resource_version where id = 'e-dan-ae' order by version",
                        Integer.class))
                .containsExactly(1, 2);
        StoreDigest after = record.digest();
        assertThat(after.differences(before)).contains("resources", "versions").doesNotContain("persons", "quarantine");
        assertThat(after.parts().get("versions").rows())
                .isEqualTo(before.parts().get("versions").rows() + 1);
        assertThat(jdbc.queryForObject(
                        "select body->>'status' from record.resource where id = 'e-dan-ae'", String.class))
                .isEqualTo("cancelled");
    }

    @Test
    void aQuarantinedResourceIsReleasedOnceWhatItReferencesArrivesInALaterLoadWithoutBeingAsked(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("Patient.ndjson"),
                "{\"resourceType\":\"Patient\",\"id\":\"p-nobody\",\"gender\":\"unknown\"}\n");
        record.ingest(List.of(dir), IngestOptions.from("Z00001"), ProgressListener.NONE);
        assertThat(jdbc.queryForObject("select count(*) from record.resource where id = 'c-ghost'", Long.class))
                .as("released by the load")
                .isEqualTo(1);
        IngestReport again = record.reprocessQuarantine(ProgressListener.NONE);
        assertThat(again.reconciles()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from record.resource where id = 'c-ghost'", Long.class))
                .isEqualTo(1);
        assertThat(record.quarantine(1_000_000, false)).noneMatch(q -> "c-ghost".equals(q.resourceId()));
        assertThat(record.quarantine(1_000_000, true)).anyMatch(q -> "c-ghost".equals(q.resourceId()) && q.released());
    }

    @Test
    void onePersonPerNhsNumberAcrossSources(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String sameAdaFromHospital =
                "{\"resourceType\":\"Patient\",\"id\":\"rj1-ada\",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\","
                        + "\"value\":\"" + RecordFixtures.ADA.value()
                        + "\"}],\"name\":[{\"family\":\"Lovelace\",\"given\":[\"Ada\"]}]}";
        Files.writeString(dir.resolve("Patient.ndjson"), sameAdaFromHospital + "\n");
        record.ingest(List.of(dir), IngestOptions.from("RJ1"), ProgressListener.NONE);
        PersonId ada = record.personByNhsNumber(RecordFixtures.ADA).orElseThrow();
        assertThat(jdbc.queryForList(
                        "select patient_id from record.person_link where person_id = ? order by patient_id",
                        String.class,
                        ada.value()))
                .containsExactly("p-ada", "rj1-ada");
    }

    @Test
    void aRecordWithoutNhsNumberMatchesOnDemographicsOrStaysUnverified(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String catAgain =
                "{\"resourceType\":\"Patient\",\"id\":\"community-cat\",\"name\":[{\"family\":\"JONES\",\"given\":[\"cat\"]}],"
                        + "\"birthDate\":\"1990-07-07\",\"address\":[{\"postalCode\":\"se22bb\"}]}";
        String stranger = "{\"resourceType\":\"Patient\",\"id\":\"community-x\",\"name\":[{\"family\":\"Jones\"}]}";
        Files.writeString(dir.resolve("Patient.ndjson"), catAgain + "\n" + stranger + "\n");
        record.ingest(List.of(dir), IngestOptions.from("ZBHC1"), ProgressListener.NONE);
        assertThat(jdbc.queryForObject(
                        "select method from record.person_link where patient_id = 'community-cat'", String.class))
                .isEqualTo("DEMOGRAPHICS");
        assertThat(jdbc.queryForObject(
                        "select count(distinct person_id) from record.person_link where patient_id in ('p-cat', 'community-cat')",
                        Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select method from record.person_link where patient_id = 'community-x'", String.class))
                .isEqualTo("UNVERIFIED");
    }

    @Test
    void mergeAndUnmergeAreExplicitAndAudited() {
        Actor admin = new Actor("admin", UserRole.ADMIN, Optional.of("QZZ"), Optional.empty());
        PersonId dan = record.personByNhsNumber(RecordFixtures.DAN).orElseThrow();
        PersonId bob = record.personByNhsNumber(RecordFixtures.BOB).orElseThrow();
        MergeResult merged = record.merge(dan, bob, admin, "duplicate registration confirmed with the practice");
        assertThat(merged.done()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select person_id from record.person_link where patient_id = 'p-dan'", Long.class))
                .isEqualTo(bob.value());
        MergeResult undone = record.unmerge(merged.mergeId(), admin, "merged in error");
        assertThat(undone.done()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select person_id from record.person_link where patient_id = 'p-dan'", Long.class))
                .isEqualTo(dan.value());
        assertThat(record.accessesTo(bob))
                .anyMatch(e -> e.what().startsWith("merge ") && e.reason().contains("duplicate registration"));
        assertThat(record.merge(dan, bob, admin, " ").done()).isFalse();
    }

    @Test
    void storedRecordsProducePseudonymisedFacts() {
        List<Object> persons = new ArrayList<>();
        record.facts(AnalyticFacts.Person.class, persons::add);
        assertThat(persons).hasSizeGreaterThanOrEqualTo(5);
        AnalyticFacts.Person ada = persons.stream()
                .map(AnalyticFacts.Person.class::cast)
                .filter(p -> "Z00001".equals(p.practice())
                        && java.time.LocalDate.of(1960, 12, 10).equals(p.birthDate()))
                .findFirst()
                .orElseThrow();
        assertThat(ada.sex()).isEqualTo("female");
        assertThat(ada.lsoa()).isEqualTo("E01Z10001");
        assertThat(ada.ethnicity()).isEqualTo("A");
        assertThat(ada.pseudonym()).hasSize(24).doesNotContain(RecordFixtures.ADA.value());
        List<Object> waiting = new ArrayList<>();
        record.facts(AnalyticFacts.WaitingListEntry.class, waiting::add);
        // other tests share the store: only this fixture's person is looked at
        assertThat(waiting)
                .filteredOn(
                        w -> ((AnalyticFacts.WaitingListEntry) w).pseudonym().equals(ada.pseudonym()))
                .singleElement()
                .satisfies(w -> {
                    assertThat(((AnalyticFacts.WaitingListEntry) w).treatmentFunction())
                            .isEqualTo("110");
                    assertThat(((AnalyticFacts.WaitingListEntry) w).pseudonym()).isEqualTo(ada.pseudonym());
                });
        List<Object> deaths = new ArrayList<>();
        record.facts(AnalyticFacts.Death.class, deaths::add);
        // the fixture's one death (p-bob, 1 June 2025; other tests' synthetic deaths fall from July 2025), once
        assertThat(deaths)
                .filteredOn(d -> ((AnalyticFacts.Death) d).date().equals(java.time.LocalDate.of(2025, 6, 1)))
                .hasSize(1);
        List<Object> encounters = new ArrayList<>();
        record.facts(AnalyticFacts.Encounter.class, encounters::add);
        assertThat(encounters).anyMatch(e -> ((AnalyticFacts.Encounter) e).emergencyAdmission());
    }

    @Test
    void theBulkFeedOverHttpGoesThroughTheSamePipeline() throws Exception {
        String secret = record.registerFeed("feed-ingestit-rj1", "RJ1", SharedCareRecord.OPERATOR)
                .secret()
                .orElseThrow();
        String auth =
                "Basic " + java.util.Base64.getEncoder().encodeToString(("feed-ingestit-rj1:" + secret).getBytes());
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(url("/api/record/ingest?source=RJ1&file=Condition.ndjson")))
                                .header("Authorization", auth)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(
                                        RecordFixtures.BULK.resolve("Condition.ndjson")))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode counts =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(counts.get("read").asLong()).isEqualTo(4);
        assertThat(counts.get("stored").asLong()
                        + counts.get("duplicates").asLong()
                        + counts.get("quarantined").asLong())
                .isEqualTo(4);
        assertThat(counts.get("quarantined").asLong()).isPositive();
        String analyst = "Basic " + java.util.Base64.getEncoder().encodeToString("analyst:demo-analyst".getBytes());
        assertThat(java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(
                                                java.net.URI.create(url("/api/record/ingest?file=Condition.ndjson")))
                                        .header("Authorization", analyst)
                                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }
}
