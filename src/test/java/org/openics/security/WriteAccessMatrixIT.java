package org.openics.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.development.Development;
import org.openics.development.DevelopmentPermission;
import org.openics.development.Milestone;
import org.openics.development.MilestoneEdit;
import org.openics.development.WorkArea;
import org.openics.development.WorkAreaEdit;
import org.openics.governance.DecideItem;
import org.openics.governance.Governance;
import org.openics.governance.GovernancePermission;
import org.openics.governance.ProposedDecision;
import org.openics.governance.Votes;
import org.openics.governance.demo.DemoGovernance;
import org.openics.kernel.Actor;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.Permission;
import org.openics.kernel.UserRole;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every governance and development write, through HTTP and through the entry point, for every role: only the
 * governance administrator changes anything; every other role is answered 403 with the reason and nothing changes.
 * A role added to {@link UserRole} without a demo account here fails this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAccessMatrixIT extends PlatformIT {

    /** The demo account of each role (README); password demo-USER. */
    static final Map<UserRole, String> ACCOUNTS = new EnumMap<>(Map.ofEntries(
            Map.entry(UserRole.CLINICIAN, "clinician"),
            Map.entry(UserRole.CARE_WORKER, "careworker"),
            Map.entry(UserRole.ANALYST, "analyst"),
            Map.entry(UserRole.RESIDENT, "resident"),
            Map.entry(UserRole.ADMIN, "admin"),
            Map.entry(UserRole.GOVERNANCE_ADMIN, "secretary"),
            Map.entry(UserRole.FINANCE_LEAD, "finance"),
            Map.entry(UserRole.OPERATIONS_LEAD, "operations"),
            Map.entry(UserRole.WORKFORCE_LEAD, "workforce"),
            Map.entry(UserRole.ESTATES_LEAD, "estates"),
            Map.entry(UserRole.ENGAGEMENT_LEAD, "engagement"),
            Map.entry(UserRole.INTEGRATION_FEED, "feed")));

    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Autowired
    Governance governance;

    @Autowired
    Development development;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    /** A write endpoint: its name, and the request for it (with a valid body, so that only the role can refuse it). */
    record Write(String name, Function<String, HttpRequest.Builder> request) {}

    @BeforeAll
    void demoContent() {
        governance.loadDemo();
        development.loadDemo();
    }

    @Test
    void everyRoleHasADemoAccountInThisMatrix() {
        assertThat(ACCOUNTS.keySet()).containsExactlyInAnyOrder(UserRole.values());
    }

    List<Write> writes() throws Exception {
        String scheme = governance.exportScheme(null);
        String decision = json.writeValueAsString(new DecideItem(
                DemoGovernance.LAMBETH_COMMITTEE,
                JUNE,
                "Matrix item",
                "Award a contract",
                new ProposedDecision("PRIMARY_MEDICAL", 1_000, DemoGovernance.LAMBETH, List.of(), JUNE),
                Set.of("lam-lead", "lam-council", "lam-lay", "lam-vcs"),
                Votes.byConsensus(),
                null));
        WorkArea area = development.plan().area("digital").orElseThrow();
        Milestone milestone = area.milestones().get(0);
        String plan = development.exportPlan();
        List<Write> writes = new ArrayList<>();
        writes.add(new Write(
                "POST /api/governance/edit/scheme",
                base -> post(base + "/api/governance/edit/scheme", "application/yaml", scheme)));
        writes.add(new Write(
                "POST /api/governance/edit/decisions",
                base -> post(base + "/api/governance/edit/decisions", "application/json", decision)));
        String meeting = "{\"body\":\"" + DemoGovernance.BOARD
                + "\",\"date\":\"2027-03-18\",\"title\":\"Write matrix meeting\"}";
        writes.add(new Write(
                "POST /api/governance/edit/meetings",
                base -> post(base + "/api/governance/edit/meetings", "application/json", meeting)));
        writes.add(new Write(
                "POST /development/edit/conditions/{id}",
                base -> form(
                        base + "/development/edit/conditions/metrics",
                        Map.of("asOf", LocalDate.now().toString(), "rag", "AMBER", "note", "matrix"))));
        writes.add(new Write(
                "POST /development/edit/plan/{code}",
                base -> form(
                        base + "/development/edit/plan/digital",
                        Map.of(
                                "lead",
                                area.lead(),
                                "destination",
                                area.destination(),
                                "approach",
                                area.approach(),
                                "completed",
                                String.join("\n", area.completed())))));
        writes.add(new Write(
                "POST /development/edit/plan/{code}/milestones",
                base -> form(
                        base + "/development/edit/plan/digital/milestones",
                        Map.of(
                                "id",
                                milestone.id(),
                                "title",
                                milestone.title(),
                                "start",
                                milestone.start().map(LocalDate::toString).orElse(""),
                                "due",
                                milestone.due().toString(),
                                "status",
                                milestone.status().name(),
                                "owner",
                                milestone.owner(),
                                "indicators",
                                String.join(",", milestone.indicators())))));
        writes.add(new Write(
                "POST /development/edit/plan/import",
                base -> form(base + "/development/edit/plan/import", Map.of("yaml", plan))));
        return writes;
    }

    @Test
    void onlyTheGovernanceAdministratorChangesGovernanceOrDevelopmentOverHttp() throws Exception {
        Map<String, String> unexpected = new LinkedHashMap<>();
        for (Write write : writes()) {
            for (UserRole role : UserRole.values()) {
                String before = state();
                HttpResponse<String> response = http.send(
                        write.request()
                                .apply(url(""))
                                .header("Authorization", basic(ACCOUNTS.get(role)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                String cell = write.name() + " as " + role;
                if (role == UserRole.GOVERNANCE_ADMIN) {
                    if (response.statusCode() != 200 && response.statusCode() != 302) {
                        unexpected.put(cell, response.statusCode() + " " + response.body());
                    }
                    if (state().equals(before)) {
                        unexpected.put(cell, "allowed, but nothing was recorded as changed");
                    }
                } else {
                    if (response.statusCode() != 403 || !response.body().contains("Governance administrator may")) {
                        unexpected.put(cell, response.statusCode() + " " + response.body());
                    }
                    if (!state().equals(before)) {
                        unexpected.put(cell, "refused, but something changed");
                    }
                }
            }
        }
        assertThat(unexpected).as("cells with an unexpected outcome").isEmpty();
    }

    @Test
    void aRefusalOnAPageIsAPageThatSaysWhy() throws Exception {
        HttpResponse<String> page = http.send(
                form(url("/development/edit/plan/import"), Map.of("yaml", development.exportPlan()))
                        .header("Authorization", basic("admin"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body())
                .contains("the Administrator role may not replace the system development plan from a YAML document")
                .contains("only Governance administrator may")
                .contains("</html>");
    }

    @Test
    void theEntryPointsRefuseEveryRoleButTheGovernanceAdministrator() throws Exception {
        String scheme = governance.exportScheme(null);
        String plan = development.exportPlan();
        WorkArea area = development.plan().area("digital").orElseThrow();
        Map<Permission, Function<Actor, Object>> calls = new LinkedHashMap<>();
        calls.put(GovernancePermission.REPLACE_SCHEME, actor -> governance.importScheme(actor, scheme, "matrix"));
        calls.put(
                GovernancePermission.RECORD_DECISION,
                actor -> governance.decide(
                        actor,
                        new DecideItem(
                                DemoGovernance.LAMBETH_COMMITTEE,
                                JUNE,
                                "Entry point item",
                                "Award",
                                new ProposedDecision("PRIMARY_MEDICAL", 1_000, DemoGovernance.LAMBETH, List.of(), JUNE),
                                Set.of("lam-lead", "lam-council", "lam-lay", "lam-vcs"),
                                Votes.byConsensus(),
                                null)));
        calls.put(
                GovernancePermission.RUN_MEETINGS,
                actor -> governance.runMeeting(
                        actor,
                        new org.openics.governance.MeetingAction.Schedule(
                                DemoGovernance.BOARD,
                                LocalDate.parse("2027-03-25"),
                                "Entry point matrix meeting",
                                null)));
        calls.put(
                DevelopmentPermission.ASSESS_CONDITION,
                actor -> development.recordUpdate("metrics", LocalDate.now(), "AMBER", "entry", actor));
        calls.put(
                DevelopmentPermission.EDIT_PLAN,
                actor -> development.editWorkArea(
                        new WorkAreaEdit("digital", area.lead(), area.destination(), area.approach(), area.completed()),
                        actor));
        calls.put(DevelopmentPermission.IMPORT_PLAN, actor -> development.importPlan(plan, actor));
        for (Map.Entry<Permission, Function<Actor, Object>> call : calls.entrySet()) {
            for (UserRole role : UserRole.values()) {
                Actor actor = TestActors.of(role);
                if (role == UserRole.GOVERNANCE_ADMIN) {
                    assertThat(call.getValue().apply(actor))
                            .as(call.getKey() + " as " + role)
                            .isNotNull();
                } else {
                    String before = state();
                    assertThatThrownBy(() -> call.getValue().apply(actor))
                            .as(call.getKey() + " as " + role)
                            .isInstanceOf(NotAuthorised.class)
                            .hasMessageContaining("may not " + call.getKey().action());
                    assertThat(state()).isEqualTo(before);
                }
            }
            assertThatThrownBy(() -> call.getValue().apply(null))
                    .isInstanceOf(NotAuthorised.class)
                    .hasMessageStartingWith("an anonymous visitor");
        }
    }

    @Test
    void milestonesNeedTheRoleToo() {
        Milestone m =
                development.plan().area("digital").orElseThrow().milestones().get(0);
        MilestoneEdit edit = new MilestoneEdit(
                m.id(),
                "digital",
                m.title(),
                m.start().map(LocalDate::toString).orElse(""),
                m.due().toString(),
                m.status().name(),
                m.owner(),
                m.indicators());
        assertThatThrownBy(() -> development.saveMilestone(edit, TestActors.of(UserRole.ANALYST)))
                .isInstanceOf(NotAuthorised.class);
        assertThat(development.saveMilestone(edit, TestActors.SECRETARY).done()).isTrue();
    }

    @Test
    void governanceChangesAreLoggedWithWhoAndWhat() {
        governance.importScheme(TestActors.SECRETARY, governance.exportScheme(null), "log test");
        Map<String, Object> last = jdbc.queryForMap(
                "select username, role, action, detail from governance.change_log order by id desc limit 1");
        assertThat(last)
                .containsEntry("username", TestActors.SECRETARY.username())
                .containsEntry("role", "GOVERNANCE_ADMIN")
                .containsEntry("action", GovernancePermission.REPLACE_SCHEME.action());
        assertThat((String) last.get("detail")).contains("from log test");
    }

    /** What any governance or development write changes: the change log, the decision log, condition history, plan edits. */
    private String state() {
        return jdbc.queryForObject(
                "select concat_ws(' | ', (select count(*) from governance.change_log), (select count(*) from governance.decision),"
                        + " (select count(*) from development.condition_update), (select max(updated_at) from development.work_area),"
                        + " (select max(updated_at) from development.milestone))",
                String.class);
    }

    private static HttpRequest.Builder post(String url, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpRequest.Builder form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(url, "application/x-www-form-urlencoded", body);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8));
    }
}
