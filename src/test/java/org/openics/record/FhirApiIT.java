package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.AdditionalRequestHeadersInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.kernel.NhsNumber;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The FHIR REST API through HAPI's own generic client, and the access rules with their audit entries:
 * each rule is shown granting and refusing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirApiIT extends PlatformIT {

    static final FhirContext R4 = FhirContext.forR4Cached();

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    /** The demo practice's GP system, registered as a feed: what it sends gives Z00001 its relationships. */
    String practiceFeed;

    @BeforeAll
    void ingestTheFixtures() {
        RecordFixtures.load(record);
        practiceFeed = record.registerFeed("feed-fhirapi-z00001", "Z00001", SharedCareRecord.OPERATOR)
                .secret()
                .orElseThrow();
        R4.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        R4.getRestfulClientFactory().setSocketTimeout(120_000);
    }

    IGenericClient client(String user) {
        return client(user, "demo-" + user);
    }

    IGenericClient client(String user, String password) {
        IGenericClient client = R4.newRestfulGenericClient(url("/fhir"));
        if (user != null) {
            client.registerInterceptor(new BasicAuthInterceptor(user, password));
        }
        return client;
    }

    IGenericClient breakingGlass(String user, String reason) {
        IGenericClient client = client(user);
        AdditionalRequestHeadersInterceptor headers = new AdditionalRequestHeadersInterceptor();
        headers.addHeaderValue("X-Break-Glass", reason);
        client.registerInterceptor(headers);
        return client;
    }

    AuditEntry lastAuditEntry() {
        return record.accessesTo(new PersonId(jdbc.queryForObject(
                        "select person_id from record.audit_log where person_id is not null order by seq desc limit 1",
                        Long.class)))
                .get(0);
    }

    @Test
    void theCapabilityStatementIsOpenButNoPersonLevelReadAnswersWithoutSignIn() {
        CapabilityStatement metadata =
                client(null).capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(metadata.getRestFirstRep().getResource())
                .anyMatch(r -> r.getType().equals("Patient"));
        assertThatThrownBy(() -> client(null)
                        .read()
                        .resource(Patient.class)
                        .withId("p-ada")
                        .execute())
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aClinicianAtThePatientsPracticeReadsTheRecordAndTheAccessIsAudited() {
        Patient ada = client("clinician")
                .read()
                .resource(Patient.class)
                .withId("p-ada")
                .execute();
        assertThat(ada.getNameFirstRep().getFamily()).isEqualTo("Lovelace");
        assertThat(ada.getMeta().getVersionId()).isEqualTo("1");
        AuditEntry entry = lastAuditEntry();
        assertThat(entry.username()).isEqualTo("clinician");
        assertThat(entry.granted()).isTrue();
        assertThat(entry.reason()).contains("registered at practice Z00001");
        assertThat(entry.what()).isEqualTo("read Patient/p-ada");
    }

    @Test
    void aClinicianWithoutARelationshipIsRefusedUnlessTheyBreakGlassWithAReason() {
        assertThatThrownBy(() -> client("clinician")
                        .read()
                        .resource(Patient.class)
                        .withId("p-dan")
                        .execute())
                .isInstanceOf(ForbiddenOperationException.class)
                .hasMessageContaining("no legitimate relationship");
        AuditEntry refused = lastAuditEntry();
        assertThat(refused.granted()).isFalse();
        assertThat(refused.reason()).contains("no legitimate relationship");

        Patient dan = breakingGlass("clinician", "unconscious in the surgery waiting room")
                .read()
                .resource(Patient.class)
                .withId("p-dan")
                .execute();
        assertThat(dan.getIdElement().getIdPart()).isEqualTo("p-dan");
        AuditEntry granted = lastAuditEntry();
        assertThat(granted.granted()).isTrue();
        assertThat(granted.reason()).isEqualTo("break glass: unconscious in the surgery waiting room");
    }

    @Test
    void aCareWorkerSeesAPersonOnTheirWaitingListButNotOthers() {
        client("careworker").read().resource(Patient.class).withId("p-ada").execute();
        assertThat(lastAuditEntry().reason()).contains("waiting list entry with ZBHC1");
        assertThatThrownBy(() -> client("careworker")
                        .read()
                        .resource(Patient.class)
                        .withId("p-bob")
                        .execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThat(lastAuditEntry().granted()).isFalse();
    }

    @Test
    void analystsSeeNoIdentifiableRecord() {
        assertThatThrownBy(() -> client("analyst")
                        .read()
                        .resource(Patient.class)
                        .withId("p-ada")
                        .execute())
                .isInstanceOf(ForbiddenOperationException.class)
                .hasMessageContaining("analysts see no identifiable record");
        assertThat(lastAuditEntry().username()).isEqualTo("analyst");
        assertThat(lastAuditEntry().granted()).isFalse();
    }

    @Test
    void aResidentSeesTheirOwnRecordAndWhoHasLookedAtItButNoOneElses() {
        // the administrator, who reaches a record only by breaking glass (the clinician may also have a relationship:
        // the demo
        // resident, whom other tests load, has this NHS number and is registered at the clinician's practice)
        breakingGlass("admin", "called by the out-of-hours service")
                .read()
                .resource(Patient.class)
                .withId("p-resident")
                .execute();
        Bundle own = client("resident")
                .operation()
                .onInstance("Patient/p-resident")
                .named("$everything")
                .withNoParameters(Parameters.class)
                .returnResourceType(Bundle.class)
                .execute();
        assertThat(own.getEntry()).isNotEmpty();
        assertThatThrownBy(() -> client("resident")
                        .read()
                        .resource(Patient.class)
                        .withId("p-ada")
                        .execute())
                .isInstanceOf(ForbiddenOperationException.class)
                .hasMessageContaining("only their own record");
        PersonId me = record.personByNhsNumber(RecordFixtures.RESIDENT).orElseThrow();
        assertThat(record.accessesTo(me))
                .anyMatch(e -> e.username().equals("admin") && e.reason().startsWith("break glass"))
                .anyMatch(e -> e.username().equals("resident") && e.granted());
    }

    @Test
    void patientsAreFoundByNhsNumberNameAndBirthDate() {
        Bundle byNumber = client("clinician")
                .search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode(NhsNumber.SYSTEM, RecordFixtures.ADA.value()))
                .returnBundle(Bundle.class)
                .execute();
        // every patient record carrying the NHS number (another provider's too, once RecordIngestIT has sent one)
        assertThat(byNumber.getEntry())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(((Patient) e.getResource())
                                .getIdentifierFirstRep()
                                .getValue())
                        .isEqualTo(RecordFixtures.ADA.value()));
        assertThat(byNumber.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains("p-ada");
        Bundle byName = client("clinician")
                .search()
                .forResource(Patient.class)
                .where(Patient.NAME.matches().value("Lovelace"))
                .and(Patient.BIRTHDATE.exactly().day("1960-12-10"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(byName.getEntry())
                .extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly("p-ada");
        Bundle refused = client("clinician")
                .search()
                .forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().systemAndCode(NhsNumber.SYSTEM, RecordFixtures.DAN.value()))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(refused.getEntry()).isEmpty();
    }

    @Test
    void observationsAreFoundByPatientCodeAndDateAndTheirVersionsRead() {
        Bundle results = client("clinician")
                .search()
                .forResource(Observation.class)
                .where(Observation.PATIENT.hasId("p-ada"))
                .and(Observation.CODE.exactly().systemAndCode("http://loinc.org", "4548-4"))
                .and(Observation.DATE.afterOrEquals().day("2024-06-01"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(results.getEntry()).hasSize(2);
        Observation first = client("clinician")
                .read()
                .resource(Observation.class)
                .withIdAndVersion("o-ada-hba1c-0", "1")
                .execute();
        assertThat(first.getValueQuantity().getValue().intValue()).isEqualTo(52);
        Bundle conditions = client("clinician")
                .search()
                .forResource(Condition.class)
                .where(Condition.PATIENT.hasId("p-ada"))
                .returnBundle(Bundle.class)
                .execute();
        assertThat(conditions.getEntry()).isNotEmpty();
    }

    @Test
    void everythingAboutAPersonComesFromEveryPatientRecordLinkedToThem() {
        Bundle everything = client("clinician")
                .operation()
                .onInstance("Patient/p-ada")
                .named("$everything")
                .withNoParameters(Parameters.class)
                .returnResourceType(Bundle.class)
                .execute();
        assertThat(everything.getEntry())
                .extracting(e -> e.getResource().fhirType())
                .contains("Patient", "Condition", "Observation", "ServiceRequest");
    }

    @Test
    void aTransactionIsStoredOnceAndAFailingOneStoresNothingWithAnOperationOutcome() throws Exception {
        Bundle transaction =
                R4.newJsonParser().parseResource(Bundle.class, Files.readString(RecordFixtures.TRANSACTION));
        IGenericClient feed = client("feed-fhirapi-z00001", practiceFeed);
        Bundle response = feed.transaction().withBundle(transaction).execute();
        assertThat(response.getEntry())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
        Bundle again = feed.transaction()
                .withBundle(
                        R4.newJsonParser().parseResource(Bundle.class, Files.readString(RecordFixtures.TRANSACTION)))
                .execute();
        assertThat(again.getEntry())
                .allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("200"));
        assertThat(record.personByNhsNumber(RecordFixtures.EVE)).isPresent();

        Bundle broken = R4.newJsonParser()
                .parseResource(
                        Bundle.class,
                        Files.readString(RecordFixtures.TRANSACTION)
                                .replace(RecordFixtures.EVE.value(), "9990000043")
                                .replace("7d6c9a1e", "8e6c9a1e"));
        assertThatThrownBy(() -> feed.transaction().withBundle(broken).execute())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
                    assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("Modulus 11");
                });
        assertThat(jdbc.queryForObject("select count(*) from record.resource where id like '8e6c9a1e%'", Long.class))
                .isZero();
        assertThatThrownBy(() ->
                        client("analyst").transaction().withBundle(transaction).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void auditVerifyDetectsATamperedEntry() {
        client("clinician").read().resource(Encounter.class).withId("e-dan-ae");
        client("clinician").read().resource(Patient.class).withId("p-ada").execute();
        assertThat(record.verifyAudit().intact()).isTrue();
        assertThatThrownBy(() -> jdbc.update("update record.audit_log set reason = 'nothing to see' where seq = 1"))
                .hasMessageContaining("append-only");
        String original = jdbc.queryForObject("select reason from record.audit_log where seq = 1", String.class);
        try {
            jdbc.execute("alter table record.audit_log disable trigger audit_append_only");
            jdbc.update("update record.audit_log set reason = 'nothing to see' where seq = 1");
            AuditVerification tampered = record.verifyAudit();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenEntry()).contains(1L);
        } finally {
            jdbc.update("update record.audit_log set reason = ? where seq = 1", original);
            jdbc.execute("alter table record.audit_log enable trigger audit_append_only");
        }
        assertThat(record.verifyAudit().intact()).isTrue();
    }

    long auditEntries(String user, String what) {
        return jdbc.queryForObject(
                "select count(*) from record.audit_log where username = ? and what = ?", Long.class, user, what);
    }

    List<String> ids(Bundle page) {
        return page.getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart())
                .toList();
    }

    @Test
    void theGenericClientFollowsNextAndPreviousPagesEachDecidedAndAudited() {
        IGenericClient clinician = client("clinician");
        List<String> all = ids(clinician
                .search()
                .forResource(Observation.class)
                .where(Observation.PATIENT.hasId("p-ada"))
                .count(1000)
                .returnBundle(Bundle.class)
                .execute());
        assertThat(all).hasSizeGreaterThanOrEqualTo(3).isSorted();
        long auditedBefore = auditEntries("clinician", "search Observation");

        Bundle page = clinician
                .search()
                .forResource(Observation.class)
                .where(Observation.PATIENT.hasId("p-ada"))
                .count(1)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(page.getLink(Bundle.LINK_PREV)).isNull();
        assertThat(page.getLink(Bundle.LINK_SELF).getUrl()).contains("_count=1");
        List<String> followed = new ArrayList<>();
        List<Bundle> pages = new ArrayList<>();
        while (true) {
            pages.add(page);
            assertThat(page.getEntry()).hasSize(1);
            assertThat(page.getTotal()).isEqualTo(all.size()); // one patient: counted cheaply
            followed.addAll(ids(page));
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            page = clinician.loadPage().next(page).execute();
        }
        assertThat(followed).containsExactlyElementsOf(all);
        assertThat(auditEntries("clinician", "search Observation") - auditedBefore)
                .isEqualTo(pages.size());

        Bundle back = clinician.loadPage().previous(pages.get(2)).execute();
        assertThat(ids(back)).containsExactlyElementsOf(ids(pages.get(1)));
        assertThat(ids(clinician.loadPage().previous(back).execute())).containsExactlyElementsOf(ids(pages.get(0)));
    }

    @Test
    void pagesLeaveOutRefusedPersonsAndFillUpFromFurtherRows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            for (String who : List.of("ada", "dan")) {
                lines.append("{\"resourceType\":\"Condition\",\"id\":\"paging-")
                        .append(i)
                        .append('-')
                        .append(who)
                        .append("\",\"subject\":{\"reference\":\"Patient/p-")
                        .append(who)
                        .append(
                                "\"},\"code\":{\"coding\":[{\"system\":\"https://openics.example/paging-test\",\"code\":\"P1\"}]},")
                        .append("\"onsetDateTime\":\"2020-01-0")
                        .append(i)
                        .append("\"}\n");
            }
        }
        Files.writeString(dir.resolve("Condition.ndjson"), lines);
        IngestReport stored = record.ingest(
                List.of(dir),
                IngestOptions.from("Z00001").with(IngestOptions.Validation.STRUCTURAL),
                org.openics.platform.ProgressListener.NONE);
        assertThat(stored.quarantined()).isZero();
        IGenericClient clinician = client("clinician");
        Bundle page = clinician
                .search()
                .forResource(Condition.class)
                .where(Condition.CODE.exactly().systemAndCode("https://openics.example/paging-test", "P1"))
                .count(2)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(ids(page)).containsExactly("paging-1-ada", "paging-2-ada");
        assertThat(page.hasTotal())
                .as("not known without deciding every person")
                .isFalse();
        Bundle second = clinician.loadPage().next(page).execute();
        assertThat(ids(second)).containsExactly("paging-3-ada");
        assertThat(second.getLink(Bundle.LINK_NEXT)).isNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from record.audit_log where username = 'clinician' and what = 'search Condition'"
                                + " and not granted and person_id = ?",
                        Long.class,
                        record.personByNhsNumber(RecordFixtures.DAN)
                                .orElseThrow()
                                .value()))
                .isGreaterThanOrEqualTo(2);

        Bundle everything = breakingGlass("clinician", "paging test")
                .search()
                .forResource(Condition.class)
                .where(Condition.CODE.exactly().systemAndCode("https://openics.example/paging-test", "P1"))
                .count(1000)
                .returnBundle(Bundle.class)
                .execute();
        assertThat(everything.getTotal()).isEqualTo(6);
        assertThat(everything.getLink(Bundle.LINK_NEXT)).isNull();
    }

    @Test
    void aBadCountOrCursorIsABadRequest() {
        assertThatThrownBy(() -> client("clinician")
                        .search()
                        .byUrl("Observation?patient=p-ada&_count=abc")
                        .returnBundle(Bundle.class)
                        .execute())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("_count must be a number");
        assertThatThrownBy(() -> client("clinician")
                        .search()
                        .byUrl("Observation?patient=p-ada&_cursor=!!")
                        .returnBundle(Bundle.class)
                        .execute())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not a paging cursor");
    }

    @Test
    void everythingIsPagedAndNarrowedByTypeAndSinceWithOneAuditedDecisionPerPage() {
        IGenericClient clinician = client("clinician");
        Bundle whole = clinician
                .search()
                .byUrl(url("/fhir/Patient/p-ada/$everything?") + "_count=1000")
                .returnBundle(Bundle.class)
                .execute();
        List<String> all = whole.getEntry().stream()
                .map(e -> e.getResource().fhirType() + "/"
                        + e.getResource().getIdElement().getIdPart())
                .toList();
        assertThat(whole.getTotal()).isEqualTo(all.size()).isGreaterThanOrEqualTo(5);
        long auditedBefore = auditEntries("clinician", "Patient/p-ada/$everything");

        Bundle page = clinician
                .search()
                .byUrl(url("/fhir/Patient/p-ada/$everything?") + "_count=2")
                .returnBundle(Bundle.class)
                .execute();
        List<String> followed = new ArrayList<>();
        int pages = 0;
        while (true) {
            pages++;
            assertThat(page.getTotal()).isEqualTo(all.size());
            page.getEntry()
                    .forEach(e -> followed.add(e.getResource().fhirType() + "/"
                            + e.getResource().getIdElement().getIdPart()));
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            page = clinician.loadPage().next(page).execute();
        }
        assertThat(followed).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 1) / 2);
        assertThat(auditEntries("clinician", "Patient/p-ada/$everything") - auditedBefore)
                .isEqualTo(pages);

        Bundle observations = clinician
                .search()
                .byUrl(url("/fhir/Patient/p-ada/$everything?") + "_type=Observation,Condition")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(observations.getEntry())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getResource().fhirType()).isIn("Observation", "Condition"));
        Bundle future = clinician
                .search()
                .byUrl(url("/fhir/Patient/p-ada/$everything?") + "_since=2999-01-01T00:00:00Z")
                .returnBundle(Bundle.class)
                .execute();
        assertThat(future.getEntry()).isEmpty();
        assertThat(future.getTotal()).isZero();
    }
}
