package org.openics.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openics.support.TestActors.SECRETARY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.governance.demo.DemoGovernance;
import org.openics.registry.Registry;
import org.openics.support.PlatformIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Governance on the real embedded PostgreSQL with the registry's demo ICS: stored rules, routing, the log and its tampering. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceIT extends PlatformIT {

    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void loadTheDemo() {
        registry.loadDemoIcs();
        governance.loadDemo();
    }

    @Test
    void theDemoLoadsOnceAndItsMeetingsAreInTheLog() {
        assertThat(governance.loadDemo()).isFalse();
        List<DecisionRecord> log = governance.decisions(false);
        assertThat(log)
                .extracting(DecisionRecord::outcome)
                .startsWith(Outcome.APPROVED, Outcome.APPROVED, Outcome.NOT_DECIDED_INQUORATE);
        DecisionRecord award = log.get(0);
        assertThat(award.excluded()).extracting(Exclusion::name).containsExactly("Dr Rachel Moyo");
        assertThat(award.entry()).isEqualTo("SORD-3.3-LAMBETH");
        DecisionRecord refused = log.get(2);
        assertThat(refused.reason())
                .contains("after excluding Dr Rachel Moyo for declared interests")
                .endsWith("so the item is inquorate and cannot be decided.");
        assertThat(governance.verifyLog().intact()).isTrue();
    }

    @Test
    void theStoredConstitutionIsCheckedAgainstTheRegistrysOrganisations() {
        ValidationReport report = governance.validate(JUNE);
        assertThat(report.breaches())
                .extracting(Breach::rule)
                .containsExactlyInAnyOrder(
                        "ICB-PARTNER-GENERAL-PRACTICE v1", "ICB-INDEPENDENCE v1", "ICP-CORE-MEMBERS v1");
        assertThat(report.breaches())
                .filteredOn(b -> b.rule().equals("ICB-INDEPENDENCE v1"))
                .singleElement()
                .extracting(Breach::finding)
                .asString()
                .contains("non-executive director of Lewisham and Greenwich NHS Trust");
        assertThat(report.breaches())
                .filteredOn(b -> b.rule().equals("ICP-CORE-MEMBERS v1"))
                .singleElement()
                .extracting(Breach::finding)
                .asString()
                .endsWith("lacks core member: London Borough of Bexley");
        assertThat(governance.validate(LocalDate.of(2026, 2, 1)).breaches()).hasSize(2);
    }

    @Test
    void theRoutingApiAnswersDifferentlyBeforeAndAfterThePlaceDelegation() throws Exception {
        String query =
                "/api/governance/route?function=PRIMARY_MEDICAL&value=2000000&place=LCPZ-E09000022&counterparty=Z00100&date=";
        JsonNode before = get(query + "2026-03-15");
        JsonNode after = get(query + "2026-05-01");
        assertThat(before.get("decider").asText()).isEqualTo(DemoGovernance.PRIMARY_CARE_COMMITTEE);
        assertThat(after.get("decider").asText()).isEqualTo(DemoGovernance.LAMBETH_COMMITTEE);
        assertThat(after.get("reasons").toString())
                .contains("in Lambeth Local Care Partnership, under scheme entry SORD-3.3-LAMBETH");
        assertThat(after.get("conflicted").get(0).asText()).startsWith("Dr Rachel Moyo: financial interest in ");
    }

    @Test
    void anAlteredStoredDecisionIsDetectedAndTheLogRefusesUpdates() {
        assertThatThrownBy(() -> jdbc.update("update governance.decision set outcome = 'APPROVED' where sequence = 3"))
                .hasMessageContaining("the decision log is append-only");
        try {
            jdbc.execute("alter table governance.decision disable trigger decision_append_only");
            jdbc.update("update governance.decision set outcome = 'APPROVED' where sequence = 3");
            LogVerification tampered = governance.verifyLog();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.problems())
                    .singleElement()
                    .asString()
                    .startsWith("record 3 was altered after it was recorded");
        } finally {
            jdbc.update("update governance.decision set outcome = 'NOT_DECIDED_INQUORATE' where sequence = 3");
            jdbc.execute("alter table governance.decision enable trigger decision_append_only");
        }
        assertThat(governance.verifyLog().intact()).isTrue();
    }

    @Test
    void aDecisionOutsideTheBodysAuthorityIsRecordedAsNotDecidedAndChained() {
        ProposedDecision tooBig =
                new ProposedDecision("PRIMARY_MEDICAL", 5_000_000, DemoGovernance.LAMBETH, List.of(), JUNE);
        DecisionRecord record = governance.decide(
                SECRETARY,
                new DecideItem(
                        DemoGovernance.LAMBETH_COMMITTEE,
                        JUNE,
                        "Large contract",
                        "Award",
                        tooBig,
                        Set.of("lam-lead", "lam-council", "lam-lay", "lam-vcs"),
                        Votes.byConsensus(),
                        null));
        assertThat(record.outcome()).isEqualTo(Outcome.NOT_DECIDED_NO_AUTHORITY);
        assertThat(record.reason())
                .contains("the scheme gives this decision to Primary Care Commissioning Committee (SORD-3.2)");
        List<DecisionRecord> log = governance.decisions(false);
        assertThat(record.previousHash()).isEqualTo(log.get(log.size() - 2).hash());
        assertThat(governance.verifyLog().intact()).isTrue();
    }

    @Test
    void thePublicLogWithholdsConfidentialItemsStatingTheGround() throws Exception {
        JsonNode log = get("/api/governance/decisions");
        JsonNode lease = log.get(1);
        assertThat(lease.get("item").asText()).isEqualTo("Confidential item");
        assertThat(lease.get("proposal").asText())
                .isEqualTo("Withheld: commercial interests (Freedom of Information Act 2000, section 43)");
        assertThat(lease.get("valuePounds").asLong()).isZero();
        assertThat(log.toString()).doesNotContain("Brixton");
        assertThat(governance.decisions(false).get(1).item()).contains("Brixton");
    }

    @Test
    void theSchemeSurvivesExportAndImportAsYaml() throws Exception {
        String yaml = governance.exportScheme(null);
        assertThat(yaml)
                .contains("id: SORD-3.3-LAMBETH")
                .contains("limit: 3000000")
                .contains("from: 2026-04-01");
        DecisionMap before = governance.map(JUNE);
        SchemeImport result = governance.importScheme(SECRETARY, yaml, "round trip");
        assertThat(result.problems()).isEmpty();
        assertThat(result.entries()).isEqualTo(Fixtures.demo().delegations().size());
        assertThat(governance.map(JUNE)).isEqualTo(before);
        assertThat(governance.exportScheme(null)).isEqualTo(yaml);
        assertThat(get("/api/governance/scheme?asAt=2026-03-01").toString()).isNotNull();
    }

    @Test
    void aBrokenSchemeIsRefusedWithItsProblemsAndChangesNothing() {
        String yaml = governance.exportScheme(null).replace("delegate: LCPZ-E09000022-COM", "delegate: LCP-NOWHERE");
        SchemeImport result = governance.importScheme(SECRETARY, yaml, "broken");
        assertThat(result.imported()).isFalse();
        assertThat(result.problems())
                .contains("scheme entry SORD-3.3-LAMBETH delegates to LCP-NOWHERE, which is not a body of the ICS");
        assertThat(governance
                        .importScheme(SECRETARY, "functions: [ {code: X", "garbage")
                        .problems())
                .singleElement()
                .asString()
                .startsWith("the document is not a valid scheme");
        assertThat(RoutingAnswer.of(governance.route(
                                new ProposedDecision("PRIMARY_MEDICAL", 1, DemoGovernance.LAMBETH, List.of(), JUNE)))
                        .decider())
                .isEqualTo(DemoGovernance.LAMBETH_COMMITTEE);
    }

    @Test
    void changingTheSchemeOrRecordingDecisionsNeedsSignIn() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/governance/edit/scheme")))
                        .header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofString("functions: []"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(send("/api/governance/map?asAt=2026-06-01").statusCode()).isEqualTo(200);
        String secretary = java.util.Base64.getEncoder()
                .encodeToString("secretary:demo-secretary".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/governance/edit/scheme")))
                        .header("Content-Type", "application/yaml")
                        .header("Authorization", "Basic " + secretary)
                        .POST(HttpRequest.BodyPublishers.ofString("functions: ["))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isNotIn(401, 403).isGreaterThanOrEqualTo(400);
        assertThat(signedIn.body()).contains("not a valid scheme");
    }

    @Test
    void badParametersGetClearErrors() throws Exception {
        HttpResponse<String> badDate = send("/api/governance/map?asAt=June");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("'June' is not a valid asAt (use YYYY-MM-DD)");
        HttpResponse<String> badCode = send("/api/governance/route?function=no%20such&value=1");
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("is not a valid function code");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return path.contains("/scheme") ? json.valueToTree(response.body()) : json.readTree(response.body());
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
