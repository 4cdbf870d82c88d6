package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.platform.ProgressListener;
import org.openics.record.AccessDecision;
import org.openics.record.AccessRequest;
import org.openics.record.IngestOptions;
import org.openics.record.PersonId;
import org.openics.record.SharedCareRecord;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bearer tokens for machine clients, refusals without valid credentials, and the audit log's group commit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MachineTokensIT extends PlatformIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    SharedCareRecord record;

    @Autowired
    MachineTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    void ingestTheFixtures() {
        record.ingest(
                List.of(Path.of("src/test/resources/record/bulk")),
                IngestOptions.from("Z00001"),
                ProgressListener.NONE);
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/fhir+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String token(String user) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/api/auth/token")))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        var body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        return body.get("access_token").asText();
    }

    @Test
    void aBearerTokenFromTheTokenEndpointReadsAPatientAndTheAccessIsAuditedAsItsAccount() throws Exception {
        HttpResponse<String> response = get("/fhir/Patient/p-ada", "Bearer " + token("clinician"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Lovelace");
        assertThat(jdbc.queryForObject("select username from record.audit_log order by seq desc limit 1", String.class))
                .isEqualTo("clinician");
        // the token carries the account's role: an analyst's token is refused the record, with the reason
        HttpResponse<String> analyst = get("/fhir/Patient/p-ada", "Bearer " + token("analyst"));
        assertThat(analyst.statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedOrExpiredTokenIsRefused() throws Exception {
        String valid = token("clinician");
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"clinician\"", "\"admin\"");
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + parts[2];
        assertThat(get("/fhir/Patient/p-ada", "Bearer " + forged).statusCode()).isEqualTo(401);
        String otherKey = new MachineTokens(
                        "", new org.openics.platform.OpenIcsHome(java.nio.file.Files.createTempDirectory("other-key")))
                .issue(LocalAccounts.ACCOUNTS.get("clinician"), Instant.now());
        assertThat(get("/fhir/Patient/p-ada", "Bearer " + otherKey).statusCode())
                .isEqualTo(401);
        String expired = tokens.issue(
                LocalAccounts.ACCOUNTS.get("clinician"), Instant.now().minus(2, ChronoUnit.HOURS));
        HttpResponse<String> refused = get("/fhir/Patient/p-ada", "Bearer " + expired);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate"))
                .get()
                .asString()
                .contains("Bearer");
        assertThat(get("/fhir/Patient/p-ada", "Bearer not-a-token").statusCode())
                .isEqualTo(401);
    }

    @Test
    void noPersonLevelEndpointAnswersWithoutAuthentication() throws Exception {
        for (String path : List.of(
                "/fhir/Patient/p-ada",
                "/fhir/Patient/p-ada/_history/1",
                "/fhir/Patient/p-ada/$everything",
                "/fhir/Patient?identifier=https%3A%2F%2Ffhir.nhs.uk%2FId%2Fnhs-number%7C9990000018",
                "/fhir/Observation?patient=p-ada",
                "/fhir/Condition?patient=p-ada",
                "/record/person/1",
                "/record")) {
            HttpResponse<String> response = get(path, null);
            assertThat(response.statusCode()).as(path).isIn(401, 302);
            assertThat(response.body()).as(path).doesNotContain("Lovelace");
            // a user name of its own per path: five wrong passwords lock an account (SignInThrottle), which would lock
            // the
            // demo clinician for every later test of this shared context
            String nobody = "nobody-" + Integer.toHexString(path.hashCode());
            assertThat(get(path, "Basic " + Base64.getEncoder().encodeToString((nobody + ":wrong").getBytes()))
                            .statusCode())
                    .as(path)
                    .isEqualTo(401);
        }
        HttpResponse<String> feed = HTTP.send(
                HttpRequest.newBuilder(URI.create(url("/api/record/ingest?file=x.ndjson")))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // refused either way: 403 when the CSRF check (a write without credentials of its own) answers before sign-in
        // does
        assertThat(feed.statusCode()).isIn(401, 403);
    }

    @Test
    void concurrentAccessDecisionsShareCommitsAndTheChainStaysIntact() throws Exception {
        PersonId ada = record.personByNhsNumber(new NhsNumber("9990000018")).orElseThrow();
        Actor clinician = new Actor("clinician", UserRole.CLINICIAN, Optional.of("Z00001"), Optional.empty());
        long before = jdbc.queryForObject("select count(*) from record.audit_log", Long.class);
        ExecutorService clients = Executors.newFixedThreadPool(50);
        try {
            List<Future<AccessDecision>> decisions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String what = "concurrent read " + i;
                decisions.add(clients.submit(() -> record.requestAccess(
                        new AccessRequest(clinician, ada, what, "direct care", Optional.empty()))));
            }
            for (Future<AccessDecision> decision : decisions) {
                assertThat(decision.get().granted()).isTrue();
            }
        } finally {
            clients.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from record.audit_log", Long.class))
                .isEqualTo(before + 200);
        assertThat(jdbc.queryForObject(
                        "select count(distinct what) from record.audit_log where what like 'concurrent read %'",
                        Long.class))
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select max(seq) - min(seq) + 1 = count(*) from record.audit_log", Boolean.class))
                .isTrue();
        assertThat(record.verifyAudit().intact()).isTrue();
    }
}
