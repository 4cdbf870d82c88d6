package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.platform.ProgressListener;
import org.openics.record.AccountResult;
import org.openics.record.AuditEntry;
import org.openics.record.IngestOptions;
import org.openics.record.PersonId;
import org.openics.record.SharedCareRecord;
import org.openics.record.audit.AuditChain;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The record's findings of issue #12, each as it was seen (it failed before the fix): self-granted access, writes about
 * anyone as anyone, published passwords outside the demo, an audit chain whose newest entries could be deleted or
 * rewritten, a bulk feed that took any source, the silent empty feed, name search matching JSON keys, 500s and an
 * existence oracle.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordSecurityIT extends PlatformIT {

    static final String NHS = RecordHttp.NHS;
    static final String ODS = RecordHttp.ODS;
    static final String STRANGER = "9991000054";
    static final String NEIGHBOUR = "9991000062";

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void twoPeopleNeitherRelatedToTheCareWorker(@TempDir Path dir) throws Exception {
        Files.write(
                dir.resolve("Patient.ndjson"),
                List.of(
                        patient("sec-stranger", STRANGER, "Securitas"),
                        patient("sec-neighbour", NEIGHBOUR, "Securitas")));
        Files.write(
                dir.resolve("Condition.ndjson"),
                List.of("{\"resourceType\":\"Condition\",\"id\":\"sec-cond\",\"subject\":"
                        + "{\"reference\":\"Patient/sec-stranger\"},\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"38341003\"}]},"
                        + "\"onsetDateTime\":\"2020-01-01\"}"));
        assertThat(record.ingest(
                                List.of(dir),
                                IngestOptions.from("Z00001").with(IngestOptions.Validation.STRUCTURAL),
                                ProgressListener.NONE)
                        .quarantined())
                .isZero();
    }

    static String patient(String id, String nhs, String family) {
        return "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"identifier\":[{\"system\":\"" + NHS
                + "\",\"value\":\"" + nhs + "\"}],"
                + "\"name\":[{\"use\":\"official\",\"family\":\"" + family
                + "\",\"given\":[\"Sam\"]}],\"gender\":\"male\",\"birthDate\":\"1960-05-05\","
                + "\"generalPractitioner\":[{\"identifier\":{\"system\":\"" + ODS + "\",\"value\":\"Y00992\"}}]}";
    }

    static String encounter(String id, String patient, String provider) {
        return RecordHttp.encounter(id, patient, provider);
    }

    static String transaction(String method, String url, String resource) {
        return RecordHttp.transaction(method, url, resource);
    }

    HttpRequest.Builder as(String user, String password, String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", RecordHttp.basic(user, password));
    }

    HttpRequest.Builder as(String demoUser, String path) {
        return as(demoUser, LocalAccounts.demoPassword(demoUser), path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(HttpRequest.Builder request, String contentType, String body) throws Exception {
        return send(request.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    boolean stored(String type, String id) {
        return RecordHttp.stored(jdbc, type, id);
    }

    @Test
    void finding1_writingAnEncounterNeverGrantsTheWriterAccess() throws Exception {
        assertThat(send(as("careworker", "/fhir/Patient/sec-stranger")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = post(
                as("careworker", "/fhir"),
                "application/fhir+json",
                transaction("POST", "Encounter", encounter("sec-self-grant", "sec-stranger", "ZBHC1")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("no write about person").contains("no legitimate relationship");
        assertThat(stored("Encounter", "sec-self-grant")).isFalse();
        // breaking glass lets the write through (audited), but it still gives no relationship
        HttpResponse<String> brokeGlass = post(
                as("careworker", "/fhir").header("X-Break-Glass", "seen in clinic, record needed"),
                "application/fhir+json",
                transaction("POST", "Encounter", encounter("sec-self-grant-2", "sec-stranger", "ZBHC1")));
        assertThat(brokeGlass.statusCode()).isEqualTo(200);
        assertThat(stored("Encounter", "sec-self-grant-2")).isTrue();
        assertThat(send(as("careworker", "/fhir/Patient/sec-stranger")).statusCode())
                .isEqualTo(403);
        PersonId stranger = record.personByNhsNumber(new NhsNumber(STRANGER)).orElseThrow();
        assertThat(record.accessesTo(stranger))
                .anyMatch(e -> e.username().equals("careworker")
                        && e.what().startsWith("write Encounter/sec-self-grant-2")
                        && e.granted());
    }

    @Test
    void aRelationshipComesFromTheOrganisationsOwnFeedAndTheDecisionNamesTheRecord() throws Exception {
        AccountResult feed = record.registerFeed("feed-secit-zbhc1", "ZBHC1", SharedCareRecord.OPERATOR);
        assertThat(feed.done()).as(feed.message()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select password_hash from record.account where username = 'feed-secit-zbhc1'", String.class))
                .startsWith("$2")
                .doesNotContain(feed.secret().orElseThrow());
        assertThat(send(as("careworker", "/fhir/Patient/sec-neighbour")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> sent = post(
                as("feed-secit-zbhc1", feed.secret().orElseThrow(), "/fhir"),
                "application/fhir+json",
                transaction("POST", "Encounter", encounter("sec-feed-encounter", "sec-neighbour", "ZBHC1")));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        // the feed itself reads nothing
        assertThat(send(as("feed-secit-zbhc1", feed.secret().orElseThrow(), "/fhir/Patient/sec-neighbour"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(as("careworker", "/fhir/Patient/sec-neighbour")).statusCode())
                .isEqualTo(200);
        PersonId neighbour = record.personByNhsNumber(new NhsNumber(NEIGHBOUR)).orElseThrow();
        assertThat(record.accessesTo(neighbour))
                .filteredOn(e -> e.username().equals("careworker") && e.granted())
                .extracting(AuditEntry::reason)
                .containsOnly(
                        "legitimate relationship: encounter with ZBHC1 (from Encounter/sec-feed-encounter, written by feed-secit-zbhc1)");
        assertThat(record.accessesTo(neighbour))
                .anyMatch(e -> e.username().equals("feed-secit-zbhc1")
                        && e.what().equals("write Encounter/sec-feed-encounter v1")
                        && e.granted());
    }

    @Test
    void finding2_claimingAnotherOrganisationOrChangingItsRecordIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> claim = post(
                as("clinician", "/fhir").header("X-Break-Glass", "to see the claim refused"),
                "application/fhir+json",
                transaction("POST", "Encounter", encounter("sec-claim-rj1", "sec-stranger", "RJ1")));
        assertThat(claim.statusCode()).isEqualTo(400);
        assertThat(claim.body())
                .contains(
                        "Encounter/sec-claim-rj1 names RJ1 as its author or provider, but clinician may write only for Z00001");
        assertThat(jdbc.queryForObject(
                        "select count(*) from record.quarantine where resource_id = 'sec-claim-rj1' and reason like ?",
                        Integer.class,
                        "%names RJ1 as its author%"))
                .isEqualTo(1);
        String changed =
                "{\"resourceType\":\"Condition\",\"id\":\"sec-cond\",\"subject\":{\"reference\":\"Patient/sec-stranger\"},"
                        + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"38341003\"}]},\"onsetDateTime\":\"2021-01-01\"}";
        HttpResponse<String> put = post(
                as("careworker", "/fhir").header("X-Break-Glass", "to see the update refused"),
                "application/fhir+json",
                transaction("PUT", "Condition/sec-cond", changed));
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(put.body()).contains("Condition/sec-cond was recorded by Z00001; only Z00001 may change it");
        assertThat(jdbc.queryForObject(
                        "select version from record.resource where type = 'Condition' and id = 'sec-cond'",
                        Integer.class))
                .isEqualTo(1);
        // the bulk feed: the claim is quarantined with its reason and the counts reconcile
        HttpResponse<String> bulk = post(
                as("clinician", "/api/record/ingest?file=Encounter.ndjson").header("X-Break-Glass", "bulk"),
                "application/fhir+ndjson",
                encounter("sec-bulk-z", "sec-stranger", "Z00001") + "\n"
                        + encounter("sec-bulk-rj1", "sec-stranger", "RJ1"));
        JsonNode counts = json.readTree(bulk.body());
        assertThat(counts.get("read").asLong()).isEqualTo(2);
        assertThat(counts.get("stored").asLong()).isEqualTo(1);
        assertThat(counts.get("quarantined").asLong()).isEqualTo(1);
        assertThat(stored("Encounter", "sec-bulk-rj1")).isFalse();
    }

    @Test
    void finding10_theBulkFeedsSourceIsTheAccountsOwnOrganisation() throws Exception {
        HttpResponse<String> claimed = post(
                as("clinician", "/api/record/ingest?source=RJ1&file=Encounter.ndjson"),
                "application/fhir+ndjson",
                encounter("sec-source", "sec-stranger", "Z00001"));
        assertThat(claimed.statusCode()).isEqualTo(403);
        assertThat(claimed.body()).contains("source RJ1 is not the organisation of clinician (Z00001)");
        assertThat(stored("Encounter", "sec-source")).isFalse();
    }

    @Test
    void finding12_theDocumentedCurlCommandWithoutAContentTypeIsRead() throws Exception {
        // curl --data-binary without -H sends application/x-www-form-urlencoded; the body is still the file
        AccountResult feed = record.registerFeed("feed-secit-curl", "RJ1", SharedCareRecord.OPERATOR);
        HttpResponse<String> sent = post(
                as("feed-secit-curl", feed.secret().orElseThrow(), "/api/record/ingest?file=Encounter.ndjson"),
                "application/x-www-form-urlencoded",
                encounter("sec-curl-1", "sec-stranger", "RJ1") + "\n" + encounter("sec-curl-2", "sec-stranger", "RJ1"));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(json.readTree(sent.body()).get("read").asLong()).isEqualTo(2);
        HttpResponse<String> bundle = post(
                as("feed-secit-curl", feed.secret().orElseThrow(), "/api/record/ingest?file=Bundle.json"),
                "application/x-www-form-urlencoded",
                "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
                        + encounter("sec-curl-3", "sec-stranger", "RJ1") + "}]}");
        assertThat(bundle.statusCode()).as(bundle.body()).isEqualTo(200);
        assertThat(json.readTree(bundle.body()).get("stored").asLong()).isEqualTo(1);
        HttpResponse<String> notJson = post(
                as("feed-secit-curl", feed.secret().orElseThrow(), "/api/record/ingest?file=Bundle.json"),
                "application/json",
                "{\"resourceType\": \"Bundle\", \"entry\": [");
        assertThat(notJson.statusCode()).isEqualTo(200);
        assertThat(json.readTree(notJson.body()).get("quarantined").asLong()).isEqualTo(1);
    }

    @Test
    void finding13_aNameSearchMatchesNamesNotTheirJsonKeys() throws Exception {
        for (String key : List.of("family", "given", "official")) {
            JsonNode page = json.readTree(
                    send(as("careworker", "/fhir/Patient?name=" + key).header("X-Break-Glass", "name search"))
                            .body());
            assertThat(page.path("entry").findValuesAsText("id"))
                    .as(key)
                    .doesNotContain("sec-stranger", "sec-neighbour");
        }
        JsonNode found =
                json.readTree(send(as("careworker", "/fhir/Patient?name=secur").header("X-Break-Glass", "name search"))
                        .body());
        assertThat(found.path("entry").findValuesAsText("id")).contains("sec-stranger", "sec-neighbour");
    }

    @Test
    void finding14_badRequestsAre4xxWithoutInternals() throws Exception {
        HttpResponse<String> history = send(as("clinician", "/fhir/Patient/sec-stranger/_history/abc"));
        assertThat(history.statusCode()).isEqualTo(400);
        assertThat(history.body()).contains("a version id is a whole number");
        HttpResponse<String> nul =
                post(as("feed", "/api/record/ingest?file=Patient%00.ndjson"), "application/fhir+ndjson", "{}");
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("plain file name");
        String deep = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"resource\":"
                + "{\"a\":[".repeat(1100) + "]}".repeat(1100) + "}]}";
        HttpResponse<String> nested = post(as("feed", "/fhir"), "application/fhir+json", deep);
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body())
                .doesNotContainIgnoringCase("jackson")
                .doesNotContain("nesting depth")
                .doesNotContain("StreamConstraints");
        assertThat(send(as("clinician", "/fhir/Patient/sec-stranger")).headers().firstValue("X-Powered-By"))
                .isEmpty();
        // the server still serves
        assertThat(send(HttpRequest.newBuilder(URI.create(url("/fhir/metadata"))))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void finding14_anUnrelatedPersonsNhsNumberLooksLikeAnUnknownOne() throws Exception {
        String session = RecordHttp.signIn(http, url(""), "careworker", "demo-careworker");
        HttpResponse<String> unrelated = send(HttpRequest.newBuilder(URI.create(url("/record?nhsNumber=" + STRANGER)))
                .header("Cookie", session));
        HttpResponse<String> unknown = send(HttpRequest.newBuilder(URI.create(url("/record?nhsNumber=9991000070")))
                .header("Cookie", session));
        assertThat(unrelated.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unrelated.body()).contains("either there is none, or you have no legitimate relationship");
        assertThat(normalised(unrelated.body(), STRANGER)).isEqualTo(normalised(unknown.body(), "9991000070"));
        long missing = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from record.person", Long.class);
        HttpResponse<String> noSuchId = send(HttpRequest.newBuilder(URI.create(url("/record/person/" + missing)))
                .header("Cookie", session));
        assertThat(noSuchId.body()).contains("no legitimate relationship").doesNotContain("no such person");
    }

    /** A page with the NHS number asked for (as typed and as shown) and the per-request CSRF tokens taken out. */
    static String normalised(String page, String nhs) {
        return page.replace(nhs, "N")
                .replace(nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6), "N")
                .replaceAll("name=\"_csrf\"[^>]*>", "csrf>")
                .replaceAll("value=\"[^\"]*\"([^>]*name=\"_csrf\")", "$1");
    }

    @Test
    void finding5_serveOffersNoDemoAccountAndAccountsComeFromTheCommand() throws Exception {
        Accounts real = new Accounts(jdbc, encoder, false);
        for (String demo : LocalAccounts.ACCOUNTS.keySet()) {
            assertThatThrownBy(() -> real.loadUserByUsername(demo)).isInstanceOf(UsernameNotFoundException.class);
        }
        Actor alice = new Actor("sec-alice", UserRole.ADMIN, Optional.of("QZZ"), Optional.empty());
        assertThat(record.addAccount(alice, "short".toCharArray(), SharedCareRecord.OPERATOR)
                        .message())
                .contains("at least 12 characters");
        assertThatThrownBy(() -> record.addAccount(
                        alice, "a long enough password".toCharArray(), LocalAccounts.ACCOUNTS.get("clinician")))
                .isInstanceOf(NotAuthorised.class)
                .hasMessageContaining("may not add accounts");
        assertThat(record.addAccount(alice, "a long enough password".toCharArray(), SharedCareRecord.OPERATOR)
                        .done())
                .isTrue();
        assertThat(real.loadUserByUsername("sec-alice").getPassword()).startsWith("$2");
        assertThat(send(as("sec-alice", "a long enough password", "/fhir/Patient/sec-stranger"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(as("sec-alice", "wrong password here", "/fhir/Patient/sec-stranger"))
                        .statusCode())
                .isEqualTo(401);
        assertThat(record.accounts(SharedCareRecord.OPERATOR))
                .extracting(Actor::username)
                .contains("sec-alice");
    }

    @Test
    void finding6_auditVerifyFindsTheNewestEntriesDeletedOrRewrittenWithARecomputedHash() throws Exception {
        send(as("clinician", "/fhir/Patient/sec-stranger"));
        assertThat(record.verifyAudit().intact())
                .as(record.verifyAudit().problem())
                .isTrue();
        record Row(
                long seq,
                java.sql.Timestamp at,
                String username,
                String role,
                String organisation,
                Long person,
                String purpose,
                String what,
                boolean granted,
                String reason,
                String hash,
                String mac) {}
        Row last = jdbc.queryForObject(
                "select * from record.audit_log order by seq desc limit 1",
                (rs, n) -> new Row(
                        rs.getLong("seq"),
                        rs.getTimestamp("at"),
                        rs.getString("username"),
                        rs.getString("role"),
                        rs.getString("organisation"),
                        (Long) rs.getObject("person_id"),
                        rs.getString("purpose"),
                        rs.getString("what"),
                        rs.getBoolean("granted"),
                        rs.getString("reason"),
                        rs.getString("hash"),
                        rs.getString("mac")));
        String previous =
                jdbc.queryForObject("select hash from record.audit_log where seq = ?", String.class, last.seq() - 1);
        jdbc.execute("alter table record.audit_log disable trigger audit_append_only");
        try {
            jdbc.update("delete from record.audit_log where seq = ?", last.seq());
            var deleted = record.verifyAudit();
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.problem()).contains("are missing");
            // rewritten with a recomputed hash: the chain alone would pass, the MAC does not
            AuditEntry altered = new AuditEntry(
                    last.seq(),
                    last.at().toInstant(),
                    last.username(),
                    UserRole.valueOf(last.role()),
                    last.organisation(),
                    last.person(),
                    last.purpose(),
                    last.what(),
                    false,
                    "nothing happened",
                    null);
            jdbc.update(
                    "insert into record.audit_log (seq, at, username, role, organisation, person_id, purpose, what, granted, reason, hash, mac)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    last.seq(),
                    last.at(),
                    last.username(),
                    last.role(),
                    last.organisation(),
                    last.person(),
                    last.purpose(),
                    last.what(),
                    false,
                    "nothing happened",
                    AuditChain.hash(previous, altered),
                    last.mac());
            var rewritten = record.verifyAudit();
            assertThat(rewritten.intact()).isFalse();
            assertThat(rewritten.firstBrokenEntry()).contains(last.seq());
            assertThat(rewritten.problem()).contains("MAC");
        } finally {
            jdbc.update("delete from record.audit_log where seq = ?", last.seq());
            jdbc.update(
                    "insert into record.audit_log (seq, at, username, role, organisation, person_id, purpose, what, granted, reason, hash, mac)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    last.seq(),
                    last.at(),
                    last.username(),
                    last.role(),
                    last.organisation(),
                    last.person(),
                    last.purpose(),
                    last.what(),
                    last.granted(),
                    last.reason(),
                    last.hash(),
                    last.mac());
            jdbc.execute("alter table record.audit_log enable trigger audit_append_only");
        }
        assertThat(record.verifyAudit().intact()).isTrue();
    }
}
