package org.openics.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openics.analytics.FactsExport;
import org.openics.analytics.Level;
import org.openics.analytics.OptOutsExcluded;
import org.openics.analytics.PopulationDescribed;
import org.openics.analytics.PopulationHealth;
import org.openics.analytics.cohorts.CohortDefinition;
import org.openics.analytics.cohorts.Cohorts;
import org.openics.analytics.internal.FactsStore;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.platform.ProgressListener;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opt-outs end to end on a real store: imported from a list and from FHIR Consent, absent from the facts the record
 * hands out, from the facts store, indicators' counts, cohorts and Parquet after a refresh, counted beside the figures,
 * present in direct care; withdrawn, back at the next refresh.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OptOutIT extends PlatformIT {

    private static final Actor CLINICIAN =
            new Actor("clinician-z1", UserRole.CLINICIAN, Optional.of("Z00001"), Optional.empty());

    @Autowired
    SharedCareRecord record;

    @Autowired
    PopulationHealth health;

    @Autowired
    FactsExport factsExport;

    @Autowired
    FactsStore facts;

    @Autowired
    Cohorts cohorts;

    @Autowired
    JdbcTemplate jdbc;

    Path dir;
    String ada;
    long peopleBefore;

    @BeforeAll
    void aStoreWithTheFixturesFedToAnalytics() throws Exception {
        RecordFixtures.load(record);
        // figures from the record (another test may have left the demo's synthetic population described)
        factsExport.describe(
                new PopulationDescribed(PopulationDescribed.Source.RECORD, 0, null, null, null, null, "the record"));
        health.refresh(ProgressListener.NONE);
        peopleBefore = cohorts.count(CohortDefinition.everyone()).population();
        dir = Files.createTempDirectory(HOME, "optout-");
    }

    @AfterAll
    void withdrawEveryOptOutThisTestMade() throws Exception {
        Path withdrawal = dir.resolve("withdraw-all.ndjson");
        Files.writeString(
                withdrawal,
                consent("9990000018", "inactive", "deny") + "\n" + consent("9990000026", "inactive", "deny"));
        for (OptOutKind kind : OptOutKind.values()) {
            record.importOptOuts(withdrawal, kind, SharedCareRecord.OPERATOR);
        }
        health.refresh(ProgressListener.NONE);
    }

    @Test
    @Order(1)
    void aListImportsWithEveryRejectedLineNamedAndCountsThatReconcile() throws Exception {
        Path list = dir.resolve("ndoo.csv");
        Files.writeString(list, "nhs_number\n999 000 0018\n9990000019\n9990000018\n\n9990000034x\n");
        OptOutImport report = record.importOptOuts(list, OptOutKind.NATIONAL, SharedCareRecord.OPERATOR);
        assertThat(report.failed()).isFalse();
        assertThat(report.read()).isEqualTo(4);
        assertThat(report.loaded()).isEqualTo(2);
        assertThat(report.rejected())
                .extracting(Object::toString)
                .containsExactly(
                        "ndoo.csv:3: NHS number 9990000019 fails the Modulus 11 check",
                        "ndoo.csv:6: NHS number '9990000034x' is not ten digits");
        assertThat(report.read()).isEqualTo(report.loaded() + report.rejected().size());
        assertThat(report.unchanged()).isEqualTo(1); // the repeated line

        OptOutImport again = record.importOptOuts(list, OptOutKind.NATIONAL, SharedCareRecord.OPERATOR);
        assertThat(again.loaded()).isEqualTo(2);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from record.opt_out where opted_out", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from record.audit_log where purpose = 'opt-out' and what like 'import national data opt-out from ndoo.csv'",
                        Long.class))
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void aFileThatCannotBeReadLoadsNothing() throws Exception {
        Path broken = dir.resolve("consents.json");
        Files.writeString(broken, "{\"resourceType\": \"Bundle\", \"entry\": [");
        OptOutImport report = record.importOptOuts(broken, OptOutKind.TYPE1, SharedCareRecord.OPERATOR);
        assertThat(report.failed()).isTrue();
        assertThat(report.failure()).contains("consents.json:1: not JSON").contains("nothing loaded");
        assertThat(record.importOptOuts(dir.resolve("missing.txt"), OptOutKind.TYPE1, SharedCareRecord.OPERATOR)
                        .failure())
                .contains("cannot read")
                .contains("nothing loaded");
        assertThat(jdbc.queryForObject("select count(*) from record.opt_out where kind = 'TYPE1'", Long.class))
                .isZero();
    }

    @Test
    @Order(3)
    void onlyAnAdministratorImportsOptOuts() {
        assertThatThrownBy(() -> record.importOptOuts(dir.resolve("ndoo.csv"), OptOutKind.NATIONAL, CLINICIAN))
                .isInstanceOf(NotAuthorised.class);
        assertThatThrownBy(() -> record.importOptOuts(
                        dir.resolve("ndoo.csv"), OptOutKind.NATIONAL, TestActors.of(UserRole.ANALYST)))
                .isInstanceOf(NotAuthorised.class);
    }

    @Test
    @Order(4)
    void theRecordHandsOutNoFactsOfAnOptedOutPerson() {
        OptOutExclusions exclusions = record.optOutExclusions();
        assertThat(exclusions.people()).isEqualTo(1);
        assertThat(exclusions.national()).isEqualTo(1);
        assertThat(exclusions.byPractice()).containsEntry("Z00001", 1L);
        ada = exclusions.pseudonyms().iterator().next();
        List<String> handedOut = new ArrayList<>();
        record.facts(
                AnalyticFacts.Person.class,
                0,
                change -> handedOut.add(change.fact().pseudonym()));
        record.facts(AnalyticFacts.Condition.class, condition -> handedOut.add(condition.pseudonym()));
        assertThat(handedOut).isNotEmpty().doesNotContain(ada);
    }

    @Test
    @Order(5)
    void afterARefreshThePersonIsAbsentFromFactsCohortsAndParquetAndTheFiguresSayHowManyAreLeftOut() throws Exception {
        health.refresh(ProgressListener.NONE);
        for (String table : List.of("fact_person", "fact_condition", "fact_observation", "fact_encounter", "person")) {
            assertThat(countIn(table)).as(table).isZero();
        }
        assertThat(cohorts.count(CohortDefinition.everyone()).population()).isEqualTo(peopleBefore - 1);

        Optional<OptOutsExcluded> all = health.optOutsExcluded();
        assertThat(all).isPresent();
        assertThat(all.get().people()).isEqualTo(1);
        assertThat(all.get().description()).isEqualTo("1 person excluded by national data opt-out");
        assertThat(health.optOutsExcluded(Level.PRACTICE, "Z00001").map(OptOutsExcluded::people))
                .contains(1L);
        assertThat(health.optOutsExcluded(Level.PRACTICE, "Z99999")).isEmpty();

        HttpResponse<String> api = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/indicators/opt-outs/practice/Z00001")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"people\":1").contains("excluded by national data opt-out or type 1 opt-out");

        Path out = dir.resolve("parquet");
        factsExport.exportParquet(out);
        assertThat(parquetRows(out.resolve("person.parquet"), null)).isPositive();
        assertThat(parquetRows(out.resolve("person.parquet"), ada)).isZero();
        assertThat(parquetRows(out.resolve("condition.parquet"), ada)).isZero();
    }

    @Test
    @Order(6)
    void directCareIsUnaffected() {
        PersonId person = record.personByNhsNumber(RecordFixtures.ADA).orElseThrow();
        assertThat(record.requestAccess(
                                new AccessRequest(CLINICIAN, person, "person page", "direct care", Optional.empty()))
                        .granted())
                .isTrue();
    }

    @Test
    @Order(7)
    void anOptOutRecordedAfterARefreshIsLeftOutOfTheNextExportAtOnce() throws Exception {
        Path consents = dir.resolve("consents.ndjson");
        Files.writeString(
                consents,
                String.join(
                        "\n",
                        consent("9990000026", "active", "deny"),
                        consent("9990000019", "active", "deny"),
                        "{not json"));
        OptOutImport report = record.importOptOuts(consents, OptOutKind.TYPE1, SharedCareRecord.OPERATOR);
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.rejected()).hasSize(2);
        assertThat(report.rejected().get(0))
                .hasToString("consents.ndjson:2: Consent.patient: NHS number 9990000019 fails the Modulus 11 check");
        assertThat(report.rejected().get(1).toString()).startsWith("consents.ndjson:3: not JSON");
        String bob = record.optOutExclusions().pseudonyms().stream()
                .filter(p -> !p.equals(ada))
                .findFirst()
                .orElseThrow();
        Path out = dir.resolve("parquet-2");
        factsExport.exportParquet(out);
        assertThat(parquetRows(out.resolve("person.parquet"), bob)).isZero();
    }

    @Test
    @Order(8)
    void aWithdrawnOptOutBringsThePersonBackAtTheNextRefresh() throws Exception {
        Path withdrawal = dir.resolve("withdrawal.json");
        Files.writeString(withdrawal, consent("9990000018", "active", "permit"));
        OptOutImport report = record.importOptOuts(withdrawal, OptOutKind.NATIONAL, SharedCareRecord.OPERATOR);
        assertThat(report.loaded()).isEqualTo(1);
        assertThat(report.unchanged()).isZero();
        health.refresh(ProgressListener.NONE);
        assertThat(countIn("fact_person")).isEqualTo(1);
        assertThat(countIn("fact_condition")).isPositive();
        assertThat(health.optOutsExcluded().map(OptOutsExcluded::description))
                .contains("1 person excluded by type 1 opt-out");
    }

    private static String consent(String nhsNumber, String status, String provision) {
        return "{\"resourceType\":\"Consent\",\"status\":\"" + status
                + "\",\"scope\":{\"coding\":[{\"code\":\"patient-privacy\"}]},"
                + "\"patient\":{\"identifier\":{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\""
                + nhsNumber + "\"}},"
                + "\"provision\":{\"type\":\"" + provision + "\"}}";
    }

    private long countIn(String table) {
        return facts.query(connection -> {
            try (PreparedStatement ps =
                    connection.prepareStatement("select count(*) from " + table + " where pseudonym = ?")) {
                ps.setString(1, ada);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static long parquetRows(Path file, String pseudonym) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement ps = connection.prepareStatement(
                        "select count(*) from read_parquet(?)" + (pseudonym == null ? "" : " where pseudonym = ?"))) {
            ps.setString(1, file.toString());
            if (pseudonym != null) {
                ps.setString(2, pseudonym);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
