package org.openics.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openics.governance.demo.DemoGovernance;
import org.openics.kernel.NotAuthorised;
import org.openics.kernel.UserRole;
import org.openics.registry.Registry;
import org.openics.support.Browser;
import org.openics.support.PlatformIT;
import org.openics.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A meeting run end to end on the real store — agenda, papers, conflicts, quorum, decisions into the chain, minutes drafted
 * and approved — with the public record holding no private item; the secretary's flow in headless Chromium; one history for
 * every write; and the example ICB board of docs/governance.md imported and checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceMeetingIT extends PlatformIT {

    static final LocalDate JULY = LocalDate.of(2026, 7, 9);
    static final LocalDate AUGUST = LocalDate.of(2026, 8, 13);
    static final Set<String> EVERYONE = Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs");

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    String original;

    @BeforeAll
    void loadTheDemo() {
        registry.loadDemoIcs();
        governance.loadDemo();
        original = governance.exportModel();
    }

    /** The other governance tests share this store and expect the demo's model (meetings and decisions are only added). */
    @AfterAll
    void restoreTheDemo() {
        assertThat(governance
                        .importModel(TestActors.SECRETARY, original, "restore after GovernanceMeetingIT")
                        .problems())
                .isEmpty();
    }

    MeetingResult step(MeetingAction action) {
        MeetingResult result = governance.runMeeting(TestActors.SECRETARY, action);
        assertThat(result.problems()).as(action.describe()).isEmpty();
        return result;
    }

    @Test
    void aMeetingIsRunFromAgendaToApprovedMinutesAndItsDecisionsAreInTheChainAndThePublicRecord() {
        long july = step(new MeetingAction.Schedule(
                        DemoGovernance.LAMBETH_COMMITTEE, JULY, "July meeting", "Lambeth Town Hall"))
                .meeting();
        long august = step(new MeetingAction.Schedule(DemoGovernance.LAMBETH_COMMITTEE, AUGUST, "August meeting", null))
                .meeting();
        step(new MeetingAction.AddItem(
                july,
                "Award of an APMS contract",
                ItemPurpose.DECISION,
                "Place executive lead",
                null,
                "Award a five-year APMS contract (£1,500,000)",
                "PRIMARY_MEDICAL",
                1_500_000L,
                DemoGovernance.LAMBETH,
                List.of(DemoGovernance.LAMBETH_PRACTICE)));
        step(new MeetingAction.AddItem(
                july,
                "Lease of a hub in Streatham",
                ItemPurpose.DECISION,
                null,
                "commercial interests",
                "Agree heads of terms (£450,000)",
                "COMMUNITY_SERVICES",
                450_000L,
                DemoGovernance.LAMBETH,
                List.of()));
        step(new MeetingAction.AddPaper(
                july, 1, new Paper("Contract award report", "Head of primary care", "https://example.org/award.pdf")));
        step(new MeetingAction.AddPaper(july, 2, new Paper("Heads of terms", "Estates lead", "ICB-EST-2026-14")));

        MeetingResult early =
                governance.runMeeting(TestActors.SECRETARY, new MeetingAction.Decide(july, 1, Votes.byConsensus()));
        assertThat(early.problems())
                .containsExactly("record the attendance first: the quorum is counted on the members present");

        step(new MeetingAction.RecordAttendance(july, EVERYONE, List.of("Head of primary care"), List.of()));
        MeetingResult first = step(new MeetingAction.Decide(july, 1, new Votes(4, 0, 0, false)));
        assertThat(first.decision().outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(first.decision().excluded()).extracting(Exclusion::name).containsExactly("Dr Rachel Moyo");
        MeetingResult second = step(new MeetingAction.Decide(july, 2, Votes.byConsensus()));
        assertThat(governance.verifyLog().intact()).isTrue();
        assertThat(governance.decisions(true))
                .filteredOn(r -> r.sequence() == second.decision().sequence())
                .singleElement()
                .satisfies(r -> assertThat(r.item()).isEqualTo("Confidential item"));
        assertThat(governance.decisions(true))
                .anySatisfy(r -> assertThat(r.item()).isEqualTo("Award of an APMS contract"));

        step(new MeetingAction.DraftMinutes(july));
        MeetingPack whole = governance.meeting(TestActors.SECRETARY, july).orElseThrow();
        assertThat(whole.minutes().publicPart())
                .contains("Dr Rachel Moyo left the meeting for this item")
                .contains("decision log record " + first.decision().sequence())
                .doesNotContain("Streatham");
        assertThat(whole.minutes().privatePart()).contains("Lease of a hub in Streatham");
        assertThat(governance.meeting(null, july).orElseThrow().minutes())
                .as("draft minutes are not published")
                .isNull();

        MeetingResult notYet =
                governance.runMeeting(TestActors.SECRETARY, new MeetingAction.ApproveMinutes(july, august));
        assertThat(notYet.problems())
                .singleElement()
                .asString()
                .contains("record the attendance of the meeting of " + AUGUST);
        step(new MeetingAction.RecordAttendance(august, EVERYONE, List.of(), List.of()));
        step(new MeetingAction.ApproveMinutes(july, august));

        MeetingPack published =
                governance.meeting(TestActors.of(UserRole.ANALYST), july).orElseThrow();
        assertThat(published.publicView()).isTrue();
        assertThat(published.items()).extracting(v -> v.item().title()).containsExactly("Award of an APMS contract");
        assertThat(published.privateItems()).isEqualTo(1);
        assertThat(published.minutes().approvedOn()).isEqualTo(AUGUST);
        assertThat(published.minutes().publicPart()).isEqualTo(whole.minutes().publicPart());
        assertThat(published.minutes().privatePart()).isEmpty();
        assertThat(governance.meetings()).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(july);
            assertThat(m.minutes()).isEqualTo("approved " + AUGUST);
        });
        assertThat(governance.history(20))
                .extracting(HistoryEntry::what)
                .contains(
                        "approved the minutes of meeting " + july + " at meeting " + august,
                        "drafted the minutes of meeting " + july)
                .anySatisfy(w -> assertThat(w)
                        .startsWith(
                                "decision " + first.decision().sequence() + " (" + DemoGovernance.LAMBETH_COMMITTEE));
    }

    @Test
    void onlyTheGovernanceAdministratorRunsAMeetingAndOthersSeeOnlyThePublicRecord() {
        MeetingAction schedule = new MeetingAction.Schedule(DemoGovernance.BOARD, JULY, "Refused", null);
        int before = governance.meetings().size();
        for (UserRole role : UserRole.values()) {
            if (role != UserRole.GOVERNANCE_ADMIN) {
                assertThatThrownBy(() -> governance.runMeeting(TestActors.of(role), schedule))
                        .as(role.name())
                        .isInstanceOf(NotAuthorised.class)
                        .hasMessageContaining("may not run the meetings of the ICB's bodies");
            }
        }
        assertThatThrownBy(() -> governance.runMeeting(null, schedule)).isInstanceOf(NotAuthorised.class);
        assertThat(governance.meetings()).hasSize(before);
    }

    static HttpResponse<String> send(String method, String url, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":demo-" + user).getBytes(StandardCharsets.UTF_8)));
        }
        request.method(
                method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overHttpTheSecretarySchedulesAnAnalystIsRefused403AndTheHistoryNeedsSignIn() throws Exception {
        String schedule =
                "{\"body\":\"" + DemoGovernance.BOARD + "\",\"date\":\"2026-10-15\",\"title\":\"Board in public\"}";
        HttpResponse<String> refused = send("POST", url("/api/governance/edit/meetings"), "analyst", schedule);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("the Analyst role may not run the meetings of the ICB's bodies");
        HttpResponse<String> made = send("POST", url("/api/governance/edit/meetings"), "secretary", schedule);
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body()).contains("scheduled a meeting of " + DemoGovernance.BOARD + " on 2026-10-15");
        HttpResponse<String> unknownBody = send(
                "POST",
                url("/api/governance/edit/meetings"),
                "secretary",
                schedule.replace(DemoGovernance.BOARD, "QZZ-NOBODY"));
        assertThat(unknownBody.statusCode()).isEqualTo(422);
        assertThat(unknownBody.body()).contains("there is no body QZZ-NOBODY");
        HttpResponse<String> plan = send("GET", url("/api/governance/meetings"), null, null);
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(plan.body()).contains("Board in public");
        assertThat(send("GET", url("/api/governance/history"), null, null).statusCode())
                .isEqualTo(401);
        HttpResponse<String> history = send("GET", url("/api/governance/history?limit=5"), "analyst", null);
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("scheduled a meeting of " + DemoGovernance.BOARD);
    }

    @Test
    void everyKindOfWriteLandsInTheOneHistoryAttributed() {
        governance.importScheme(TestActors.SECRETARY, governance.exportScheme(null), "history-scheme.yaml");
        assertThat(governance.history(1).get(0)).satisfies(h -> {
            assertThat(h.what()).contains("from history-scheme.yaml");
            assertThat(h.by()).isEqualTo(TestActors.SECRETARY.username() + " (Governance administrator)");
            assertThat(h.modelVersion()).isNotNull();
            assertThat(governance.modelDocument(h.modelVersion()).orElseThrow()).isEqualTo(governance.exportModel());
        });
        ChangeResult terms = governance.change(
                TestActors.SECRETARY,
                new GovernanceChange.ChangeTerms(
                        DemoGovernance.LAMBETH_COMMITTEE,
                        "Commissions primary care for Lambeth within the delegated budget",
                        new QuorumRule(3, 1),
                        List.of(Role.PLACE_EXECUTIVE_LEAD),
                        LocalDate.of(2026, 10, 1)));
        assertThat(terms.problems()).isEmpty();
        assertThat(governance.history(1).get(0).what())
                .startsWith("changed the terms of reference of " + DemoGovernance.LAMBETH_COMMITTEE);
        assertThat(governance.termsOfReference(LocalDate.of(2026, 10, 1)))
                .singleElement()
                .satisfies(t -> assertThat(t.quorum()).isEqualTo(new QuorumRule(3, 1)));
        assertThat(governance.termsOfReference(LocalDate.of(2026, 9, 30))).isEmpty();
        String exported = governance.exportModel();
        assertThat(exported).contains("terms:").contains("remit: Commissions primary care for Lambeth");
        assertThat(governance
                        .importModel(TestActors.SECRETARY, exported, "round-trip-with-terms.yaml")
                        .problems())
                .isEmpty();
        assertThat(governance.exportModel()).isEqualTo(exported);

        Delegation old = governance.schemeEntries(JULY).stream()
                .filter(d -> d.id().equals("SORD-3.3-LAMBETH"))
                .findFirst()
                .orElseThrow();
        ChangeResult amended = governance.change(
                TestActors.SECRETARY,
                new GovernanceChange.AmendEntry(
                        new Delegation(
                                "SORD-3.3-LAMBETH-A",
                                old.function(),
                                old.delegatedBy(),
                                old.delegate(),
                                old.kind(),
                                old.place(),
                                4_000_000L,
                                old.conditions(),
                                LocalDate.of(2026, 11, 1),
                                null),
                        old.id()));
        assertThat(amended.problems()).isEmpty();
        assertThat(RoutingAnswer.of(governance.route(new ProposedDecision(
                                "PRIMARY_MEDICAL",
                                3_500_000,
                                DemoGovernance.LAMBETH,
                                List.of(),
                                LocalDate.of(2026, 11, 2))))
                        .entry())
                .isEqualTo("SORD-3.3-LAMBETH-A");
        assertThat(RoutingAnswer.of(governance.route(new ProposedDecision(
                                "PRIMARY_MEDICAL",
                                3_500_000,
                                DemoGovernance.LAMBETH,
                                List.of(),
                                LocalDate.of(2026, 10, 30))))
                        .entry())
                .isNotEqualTo("SORD-3.3-LAMBETH-A");
        ChangeResult broken = governance.change(
                TestActors.SECRETARY,
                new GovernanceChange.AmendEntry(
                        new Delegation(
                                "SORD-X",
                                old.function(),
                                "QZZ-NOBODY",
                                old.delegate(),
                                old.kind(),
                                old.place(),
                                1L,
                                "",
                                JULY,
                                null),
                        null));
        assertThat(broken.made()).isFalse();
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).startsWith("scheme: "));
        assertThat(governance.history(5))
                .extracting(HistoryEntry::what)
                .anySatisfy(
                        w -> assertThat(w).startsWith("replaced scheme entry SORD-3.3-LAMBETH by SORD-3.3-LAMBETH-A"));
        assertThat(governance
                        .importModel(TestActors.SECRETARY, original, "restore")
                        .problems())
                .isEmpty();
    }

    @Test
    void theExampleBoardOfTheDocsImportsAndChecksCleanAndWithoutItsGpMemberItIsABreach() throws Exception {
        String example = Files.readString(Path.of("docs", "examples", "icb-board.yaml"));
        ModelImport imported = governance.importModel(TestActors.SECRETARY, example, "icb-board.yaml");
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.bodies()).isEqualTo(4);
        LocalDate june = LocalDate.of(2026, 6, 1);
        assertThat(governance.validate(june).breaches()).isEmpty();
        String withoutGp = example.replaceAll("(?m)^- \\{person: pm-gp, body: QZZ-BOARD.*\\n", "");
        assertThat(withoutGp).isNotEqualTo(example);
        assertThat(governance
                        .importModel(TestActors.SECRETARY, withoutGp, "icb-board-without-gp.yaml")
                        .problems())
                .isEmpty();
        assertThat(governance.validate(june).breaches()).singleElement().satisfies(b -> {
            assertThat(b.rule()).startsWith("ICB-PARTNER-GENERAL-PRACTICE");
            assertThat(b.reason()).contains("Schedule 1B");
        });
        assertThat(governance
                        .importModel(TestActors.SECRETARY, original, "restore")
                        .problems())
                .isEmpty();
    }

    @Test
    void theSecretaryRunsAMeetingInTheBrowserAndThePublicSeesNoPrivateItem() {
        Page page = Browser.signedIn(
                url("/governance/edit"), "secretary"); // the meetings page is public: sign in where it is not
        page.navigate(url("/governance/meetings"));
        page.selectOption("#schedule-body", DemoGovernance.LAMBETH_COMMITTEE);
        page.fill("#schedule-date", "2026-09-10");
        page.fill("#schedule-title", "September meeting");
        page.getByTestId("schedule-form").locator("button[type=submit]").click();
        page.waitForURL("**/governance/meetings/*");
        String meetingUrl = page.url();
        assertThat(page.getByTestId("made")).containsText("scheduled a meeting of " + DemoGovernance.LAMBETH_COMMITTEE);

        page.fill("#item-title", "Award of a contract to Heathside");
        page.selectOption("#item-purpose", "DECISION");
        page.fill("#item-proposal", "Award a three-year contract");
        page.selectOption("#item-function", "PRIMARY_MEDICAL");
        page.fill("#item-value", "1000000");
        page.fill("#item-place", DemoGovernance.LAMBETH);
        page.fill("#item-counterparties", DemoGovernance.LAMBETH_PRACTICE);
        page.getByTestId("item-form").locator("button[type=submit]").click();
        page.waitForURL(meetingUrl);
        page.fill("#item-title", "Sale of the old clinic");
        page.selectOption("#item-purpose", "DECISION");
        page.fill("#item-ground", "commercial interests");
        page.fill("#item-proposal", "Agree the sale");
        page.selectOption("#item-function", "COMMUNITY_SERVICES");
        page.fill("#item-value", "200000");
        page.fill("#item-place", DemoGovernance.LAMBETH);
        page.getByTestId("item-form").locator("button[type=submit]").click();
        page.waitForURL(meetingUrl);
        assertThat(page.getByTestId("conflicts").first()).containsText("Dr Rachel Moyo must leave this item");

        for (String member : EVERYONE) {
            page.check("#present-" + member);
        }
        page.getByTestId("attendance-form").locator("button[type=submit]").click();
        page.waitForURL(meetingUrl);
        assertThat(page.getByTestId("attendance")).containsText("5 of the 5 members present were eligible");
        page.check("#consensus-1");
        page.getByTestId("decide-1").locator("button[type=submit]").click();
        page.waitForURL(meetingUrl);
        assertThat(page.getByTestId("outcome").first()).containsText("Approved");
        page.getByTestId("draft-minutes-form").locator("button[type=submit]").click();
        page.waitForURL(meetingUrl);
        assertThat(page.getByTestId("minutes")).containsText("Dr Rachel Moyo left the meeting for this item");
        assertThat(page.getByTestId("private-minutes")).containsText("Sale of the old clinic");
        Browser.screenshot(page, "governance-meeting");

        Page visitor = Browser.newPage();
        visitor.navigate(meetingUrl);
        assertThat(visitor.getByTestId("agenda")).containsText("Award of a contract to Heathside");
        assertThat(visitor.locator("main")).not().containsText("Sale of the old clinic");
        assertThat(visitor.getByTestId("private-resolution")).containsText("commercial interests");
        assertThat(visitor.getByTestId("minutes-status")).containsText("published once approved");
        assertThat(visitor.getByTestId("item-form")).hasCount(0);
    }
}
