package org.openics.record.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openics.kernel.Actor;
import org.openics.kernel.UserRole;
import org.openics.platform.ProgressListener;
import org.openics.record.IngestOptions;
import org.openics.record.PersonId;
import org.openics.record.SharedCareRecord;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access matrix of the shared care record, over the running server: every role (one demo account of
 * {@link LocalAccounts} each) × relationship (none, registered at the actor's practice, an encounter with the actor's
 * provider, the resident's own record) × purpose (direct care; an emergency, breaking glass) × every read and write
 * endpoint, with the expected outcome of each cell in {@link #EXPECTED}. Any cell that differs fails the build — an
 * unexpected grant above all. Every outcome is checked at the door (status, what came back) and, for writes, in the
 * store (was it stored or not). Reads are run first and the feed's writes last, because a feed's write is the one kind
 * that creates a relationship.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordAccessMatrixIT extends PlatformIT {

    enum Relationship {
        NONE,
        REGISTERED,
        ENCOUNTER,
        OWN
    }

    enum Purpose {
        DIRECT_CARE,
        BREAK_GLASS
    }

    enum Endpoint {
        /** {@code GET /fhir/Patient?identifier=} */
        SEARCH,
        /** {@code GET /fhir/Patient/{id}} */
        READ,
        /** {@code GET /fhir/Patient/{id}/_history/1} */
        VREAD,
        /** {@code GET /fhir/Patient/{id}/_history}: not offered, never granted */
        HISTORY,
        /** {@code GET /fhir/Patient/{id}/$everything} */
        EVERYTHING,
        /** {@code GET /record/person/{person}} (the page; break glass there is the same entry point as FHIR's) */
        PAGE,
        /** {@code GET /record?nhsNumber=}: a redirect to the person's page */
        FIND,
        /** {@code SharedCareRecord.reidentify}: a cohort's person list (never break glass) */
        PERSON_LIST,
        /** {@code POST /fhir} transaction: a new Encounter with the writer's own organisation as provider */
        TRANSACTION,
        /** {@code POST /api/record/ingest}: the same Encounter as an NDJSON feed */
        INGEST,
        /** {@code POST /fhir} transaction with a PUT of a Condition that Z00001 recorded */
        UPDATE_OTHERS,
        /** {@code POST /fhir}: an Encounter naming RJ1 (not the writer) as its provider */
        CLAIM_OTHER,
        /** {@code PUT /fhir/Condition/{id}}: not offered, never granted */
        PUT,
        /** {@code DELETE /fhir/Condition/{id}}: not offered, never granted */
        DELETE,
        /** {@code GET /fhir/Patient/{id}} again, after the actor's own writes about the person (finding 1) */
        READ_AFTER_WRITE
    }

    /**
     * The expected outcome of every cell: per role and endpoint, one letter per relationship (NONE, REGISTERED,
     * ENCOUNTER, OWN) for direct care, then (after a space) for break glass. G granted or stored, X refused or not stored.
     */
    static final Map<UserRole, Map<Endpoint, String>> EXPECTED = new EnumMap<>(UserRole.class);

    static void expect(UserRole role, String reads, String lists, String writes, String updateOthers) {
        Map<Endpoint, String> row = new EnumMap<>(Endpoint.class);
        for (Endpoint e : List.of(
                Endpoint.SEARCH, Endpoint.READ, Endpoint.VREAD, Endpoint.EVERYTHING, Endpoint.READ_AFTER_WRITE)) {
            row.put(e, reads);
        }
        // the pages are asked without break glass (breaking glass there is a form post to the same entry point)
        String direct = reads.substring(0, 4);
        row.put(Endpoint.PAGE, direct + " " + direct);
        row.put(Endpoint.FIND, direct + " " + direct);
        row.put(Endpoint.PERSON_LIST, lists);
        row.put(Endpoint.TRANSACTION, writes);
        row.put(Endpoint.INGEST, writes);
        row.put(Endpoint.UPDATE_OTHERS, updateOthers);
        for (Endpoint e : List.of(Endpoint.HISTORY, Endpoint.CLAIM_OTHER, Endpoint.PUT, Endpoint.DELETE)) {
            row.put(e, "XXXX XXXX");
        }
        EXPECTED.put(role, row);
    }

    static {
        //                          reads        person lists  writes       update Z00001's Condition
        expect(UserRole.CLINICIAN, "XGXX GGGG", "XGXX XGXX", "XGXX GGGG", "XGXX GGGG");
        expect(UserRole.CARE_WORKER, "XXGX GGGG", "XXGX XXGX", "XXGX GGGG", "XXXX XXXX");
        expect(UserRole.ANALYST, "XXXX XXXX", "XXXX XXXX", "XXXX XXXX", "XXXX XXXX");
        expect(UserRole.RESIDENT, "XXXG XXXG", "XXXX XXXX", "XXXX XXXX", "XXXX XXXX");
        expect(UserRole.ADMIN, "XXXX GGGG", "XXXX XXXX", "XXXX XXXX", "XXXX XXXX");
        for (UserRole role : List.of(
                UserRole.GOVERNANCE_ADMIN,
                UserRole.FINANCE_LEAD,
                UserRole.OPERATIONS_LEAD,
                UserRole.WORKFORCE_LEAD,
                UserRole.ESTATES_LEAD,
                UserRole.ENGAGEMENT_LEAD)) {
            expect(role, "XXXX XXXX", "XXXX XXXX", "XXXX XXXX", "XXXX XXXX");
        }
        expect(UserRole.INTEGRATION_FEED, "XXXX XXXX", "XXXX XXXX", "GGGG GGGG", "XXXX XXXX");
    }

    static final String NHS = RecordHttp.NHS;
    static final String ODS = RecordHttp.ODS;
    /** A practice code outside the demo ICS's Z00001… series, so that no PCN links it to the clinician's practice. */
    static final String ELSEWHERE = "Y00991";
    /**
     * NHS numbers of the matrix's own (the 999 720 block, used by no other fixture: a person another test registers at
     * the clinician's practice under the same number would be that practice's patient, rightly granted), the resident's
     * included.
     */
    static final Map<Relationship, String> NHS_NUMBERS = Map.of(
            Relationship.NONE,
            "9997200004",
            Relationship.REGISTERED,
            "9997200012",
            Relationship.ENCOUNTER,
            "9997200020",
            Relationship.OWN,
            "9997200039");

    /**
     * The resident of the matrix: an account of its own with the OWN person's NHS number, so that no other fixture's
     * person (the demo resident, 900 000 0009, is registered at the clinician's practice) shares it.
     */
    static final Actor RESIDENT = new Actor(
            "matrix-resident",
            UserRole.RESIDENT,
            Optional.empty(),
            Optional.of(new org.openics.kernel.NhsNumber("9997200039")));

    static final String RESIDENT_PASSWORD = "matrix-resident-password";

    @Autowired
    Accounts accounts;

    @Autowired
    SharedCareRecord record;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<Relationship, Long> persons = new EnumMap<>(Relationship.class);

    static String patient(Relationship relationship) {
        return "mx-" + relationship.name().toLowerCase(Locale.ROOT);
    }

    @BeforeAll
    void fourPeopleLoadedByTheOperator(@TempDir Path dir) throws Exception {
        if (accounts.actor(RESIDENT.username()).isEmpty()) {
            assertThat(accounts.add(RESIDENT, RESIDENT_PASSWORD.toCharArray(), "matrix")
                            .done())
                    .isTrue();
        }
        List<String> patients = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        for (Relationship r : Relationship.values()) {
            String practice = r == Relationship.REGISTERED ? "Z00001" : ELSEWHERE;
            patients.add("{\"resourceType\":\"Patient\",\"id\":\"" + patient(r) + "\",\"identifier\":[{\"system\":\""
                    + NHS + "\",\"value\":\""
                    + NHS_NUMBERS.get(r) + "\"}],\"name\":[{\"family\":\"Matrix\",\"given\":[\"" + r.name()
                    + "\"]}],\"gender\":\"female\","
                    + "\"birthDate\":\"1970-01-01\",\"generalPractitioner\":[{\"identifier\":{\"system\":\"" + ODS
                    + "\",\"value\":\""
                    + practice + "\"}}]}");
            conditions.add("{\"resourceType\":\"Condition\",\"id\":\"mx-cond-"
                    + patient(r).substring(3) + "\",\"subject\":{\"reference\":\"Patient/"
                    + patient(r)
                    + "\"},\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"38341003\"}]},"
                    + "\"onsetDateTime\":\"2020-01-01\"}");
        }
        Files.write(dir.resolve("Patient.ndjson"), patients);
        Files.write(dir.resolve("Condition.ndjson"), conditions);
        Files.write(
                dir.resolve("Encounter.ndjson"),
                List.of(encounter("mx-seed-encounter", Relationship.ENCOUNTER, "ZBHC1")));
        var report = record.ingest(
                List.of(dir),
                IngestOptions.from("Z00001").with(IngestOptions.Validation.STRUCTURAL),
                ProgressListener.NONE);
        assertThat(report.quarantined()).as("the matrix's fixtures load").isZero();
        for (Relationship r : Relationship.values()) {
            persons.put(
                    r,
                    record.personByNhsNumber(new org.openics.kernel.NhsNumber(NHS_NUMBERS.get(r)))
                            .map(PersonId::value)
                            .orElseThrow());
        }
    }

    static String encounter(String id, Relationship about, String provider) {
        return RecordHttp.encounter(id, patient(about), provider);
    }

    static String transaction(String method, String url, String resource) {
        return RecordHttp.transaction(method, url, resource);
    }

    /** The demo account of each role (the role model's every value has one). */
    static Actor account(UserRole role) {
        if (role == UserRole.RESIDENT) {
            return RESIDENT;
        }
        return LocalAccounts.ACCOUNTS.values().stream()
                .filter(a -> a.role() == role)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo account of role " + role + " in LocalAccounts"));
    }

    static String password(Actor actor) {
        return actor.equals(RESIDENT) ? RESIDENT_PASSWORD : LocalAccounts.demoPassword(actor.username());
    }

    HttpRequest.Builder as(Actor actor, Purpose purpose, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", RecordHttp.basic(actor.username(), password(actor)));
        if (purpose == Purpose.BREAK_GLASS) {
            request.header(FhirGateway.PURPOSE_HEADER, "emergency care")
                    .header(FhirGateway.BREAK_GLASS_HEADER, "access matrix: unconscious in the emergency department");
        }
        return request;
    }

    /** Sessions of the signed-in demo accounts, for the HTML pages (signed in once each through the form). */
    final Map<String, String> sessions = new java.util.HashMap<>();

    HttpRequest.Builder page(Actor actor, String path) throws Exception {
        String cookie = sessions.get(actor.username());
        if (cookie == null) {
            cookie = RecordHttp.signIn(http, url(""), actor.username(), password(actor));
            sessions.put(actor.username(), cookie);
        }
        return HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    boolean stored(String type, String id) {
        return RecordHttp.stored(jdbc, type, id);
    }

    int version(String type, String id) {
        return jdbc.queryForObject(
                "select version from record.resource where type = ? and id = ?", Integer.class, type, id);
    }

    /** Whether the cell's request was granted (or its write stored), checked at the door and, for writes, in the store. */
    boolean granted(Actor actor, Relationship r, Purpose purpose, Endpoint endpoint) throws Exception {
        String id = patient(r);
        String cell = ("mx-" + actor.username() + "-" + r + "-" + purpose + "-" + endpoint)
                .toLowerCase(Locale.ROOT)
                .replace('_', '-');
        String own = actor.organisation().orElse(ELSEWHERE);
        switch (endpoint) {
            case SEARCH -> {
                HttpResponse<String> response = send(as(
                        actor,
                        purpose,
                        "/fhir/Patient?identifier="
                                + URLEncoder.encode(NHS + "|" + NHS_NUMBERS.get(r), StandardCharsets.UTF_8)));
                if (response.statusCode() != 200) {
                    return false;
                }
                for (JsonNode entry : json.readTree(response.body()).path("entry")) {
                    if (entry.path("resource").path("id").asText().equals(id)) {
                        return true;
                    }
                }
                return false;
            }
            case READ, READ_AFTER_WRITE -> {
                return send(as(actor, purpose, "/fhir/Patient/" + id)).statusCode() == 200;
            }
            case VREAD -> {
                return send(as(actor, purpose, "/fhir/Patient/" + id + "/_history/1"))
                                .statusCode()
                        == 200;
            }
            case HISTORY -> {
                return send(as(actor, purpose, "/fhir/Patient/" + id + "/_history"))
                                        .statusCode()
                                / 100
                        == 2;
            }
            case EVERYTHING -> {
                return send(as(actor, purpose, "/fhir/Patient/" + id + "/$everything"))
                                .statusCode()
                        == 200;
            }
            case PAGE -> {
                HttpResponse<String> page = send(page(actor, "/record/person/" + persons.get(r)));
                // granted: the page says so (the name shown may be another record's of the same person: the resident's
                // NHS
                // number is the demo account's, which other tests' fixtures also load)
                return page.statusCode() == 200
                        && !page.body().contains("data-testid=\"reason\"")
                        && page.body().contains("data-testid=\"access\"");
            }
            case FIND -> {
                HttpResponse<String> found = send(page(actor, "/record?nhsNumber=" + NHS_NUMBERS.get(r)));
                return found.statusCode() == 302
                        && found.headers()
                                .firstValue("Location")
                                .orElse("")
                                .endsWith("/record/person/" + persons.get(r));
            }
            case PERSON_LIST -> {
                String pseudonym = jdbc.queryForObject(
                        "select pseudonym from record.fact_person where patient_id = ?", String.class, id);
                return record
                        .reidentify(
                                actor,
                                List.of(pseudonym),
                                purpose == Purpose.BREAK_GLASS ? "emergency care" : "direct care")
                        .persons()
                        .stream()
                        .anyMatch(p -> p.person().value() == persons.get(r));
            }
            case TRANSACTION, CLAIM_OTHER -> {
                String provider = endpoint == Endpoint.CLAIM_OTHER ? "RJ1" : own;
                HttpResponse<String> response = send(as(actor, purpose, "/fhir")
                        .header("Content-Type", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                transaction("POST", "Encounter", encounter(cell, r, provider)))));
                return agreed(response.statusCode() == 200, stored("Encounter", cell), cell);
            }
            case INGEST -> {
                HttpResponse<String> response = send(as(actor, purpose, "/api/record/ingest?file=Encounter.ndjson")
                        .header("Content-Type", "application/fhir+ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(encounter(cell, r, own))));
                boolean answered = response.statusCode() == 200
                        && json.readTree(response.body()).path("stored").asLong() == 1;
                return agreed(answered, stored("Encounter", cell), cell);
            }
            case UPDATE_OTHERS -> {
                String condition = "mx-cond-" + id.substring(3);
                int before = version("Condition", condition);
                String changed = "{\"resourceType\":\"Condition\",\"id\":\"" + condition
                        + "\",\"subject\":{\"reference\":\"Patient/" + id
                        + "\"},\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"38341003\"}]},"
                        + "\"onsetDateTime\":\"2020-01-01\",\"note\":[{\"text\":\"" + cell + "\"}]}";
                HttpResponse<String> response = send(as(actor, purpose, "/fhir")
                        .header("Content-Type", "application/fhir+json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                transaction("PUT", "Condition/" + condition, changed))));
                return agreed(response.statusCode() == 200, version("Condition", condition) > before, cell);
            }
            case PUT -> {
                String condition = "mx-cond-" + id.substring(3);
                int before = version("Condition", condition);
                int status = send(as(actor, purpose, "/fhir/Condition/" + condition)
                                .header("Content-Type", "application/fhir+json")
                                .PUT(HttpRequest.BodyPublishers.ofString(
                                        "{\"resourceType\":\"Condition\",\"id\":\"" + condition + "\"}")))
                        .statusCode();
                return agreed(status / 100 == 2, version("Condition", condition) > before, cell);
            }
            case DELETE -> {
                String condition = "mx-cond-" + id.substring(3);
                int status = send(as(actor, purpose, "/fhir/Condition/" + condition)
                                .DELETE())
                        .statusCode();
                return agreed(status / 100 == 2, !stored("Condition", condition), cell);
            }
            default -> throw new IllegalStateException("no request for " + endpoint);
        }
    }

    /** The door's answer and the store must agree: a refusal that stored something anyway is a grant. */
    static boolean agreed(boolean answeredStored, boolean inStore, String cell) {
        if (answeredStored != inStore) {
            throw new AssertionError(cell + ": the answer says " + (answeredStored ? "stored" : "refused")
                    + " but the store says " + (inStore ? "stored" : "not stored"));
        }
        return inStore;
    }

    @Test
    void everyRoleRelationshipPurposeAndEndpointHasTheExpectedOutcome() throws Exception {
        assertThat(EXPECTED.keySet())
                .as("every role of the role model is in the table")
                .containsExactlyInAnyOrder(UserRole.values());
        List<String> unexpected = new ArrayList<>();
        int cells = 0;
        List<UserRole> feedsLast = new ArrayList<>(List.of(UserRole.values()));
        feedsLast.remove(UserRole.INTEGRATION_FEED);
        feedsLast.add(UserRole.INTEGRATION_FEED);
        List<List<Endpoint>> phases = List.of(
                List.of(
                        Endpoint.SEARCH,
                        Endpoint.READ,
                        Endpoint.VREAD,
                        Endpoint.HISTORY,
                        Endpoint.EVERYTHING,
                        Endpoint.PAGE,
                        Endpoint.FIND,
                        Endpoint.PERSON_LIST),
                List.of(
                        Endpoint.TRANSACTION,
                        Endpoint.INGEST,
                        Endpoint.UPDATE_OTHERS,
                        Endpoint.CLAIM_OTHER,
                        Endpoint.PUT,
                        Endpoint.DELETE,
                        Endpoint.READ_AFTER_WRITE));
        for (List<Endpoint> phase : phases) {
            for (UserRole role : feedsLast) {
                Actor actor = account(role);
                for (Endpoint endpoint : phase) {
                    String expected = EXPECTED.get(role).get(endpoint);
                    for (Purpose purpose : Purpose.values()) {
                        if (endpoint == Endpoint.READ_AFTER_WRITE && purpose == Purpose.BREAK_GLASS) {
                            continue; // the point is that the writes, even made by breaking glass, gave no access
                        }
                        for (Relationship r : Relationship.values()) {
                            char want = expected.charAt(purpose.ordinal() * 5 + r.ordinal());
                            boolean got = granted(actor, r, purpose, endpoint);
                            cells++;
                            if (got != (want == 'G')) {
                                unexpected.add((got ? "UNEXPECTED GRANT " : "unexpected refusal ") + role + " × " + r
                                        + " × " + purpose + " × " + endpoint);
                            }
                        }
                    }
                }
            }
        }
        assertThat(unexpected)
                .as("cells that differ from the table, of " + cells)
                .isEmpty();
        assertThat(cells).isEqualTo(UserRole.values().length * Relationship.values().length * (15 * 2 - 1));
    }
}
