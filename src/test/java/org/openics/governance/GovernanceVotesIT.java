package org.openics.governance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Votes recorded by name where the terms of reference say so (the Lambeth committee's, from 1 June 2026, here): each present,
 * non-conflicted member's vote kept in the hash-chained record, refusals for a conflicted, absent or missing vote, the votes in
 * the minutes and the public log; and the public log's links to the meeting and item each decision was taken at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GovernanceVotesIT extends PlatformIT {

    static final LocalDate JUNE = LocalDate.of(2026, 6, 11);
    static final Map<String, Vote> FOUR =
            Map.of("lam-lead", Vote.FOR, "lam-council", Vote.FOR, "lam-lay", Vote.AGAINST, "lam-vcs", Vote.ABSTAIN);

    @Autowired
    Governance governance;

    @Autowired
    Registry registry;

    String original;

    @BeforeAll
    void recordedVotesForLambeth() {
        registry.loadDemoIcs();
        governance.loadDemo();
        original = governance.exportModel();
        ChangeResult terms = governance.change(
                TestActors.SECRETARY,
                new GovernanceChange.ChangeTerms(
                        DemoGovernance.LAMBETH_COMMITTEE,
                        "Commissions primary care for Lambeth",
                        new QuorumRule(4, 1),
                        List.of(),
                        LocalDate.of(2026, 6, 1),
                        true));
        assertThat(terms.problems()).isEmpty();
        assertThat(governance.history(1).get(0).what()).endsWith("; each member's vote recorded");
    }

    @AfterAll
    void restoreTheDemo() {
        assertThat(governance
                        .importModel(TestActors.SECRETARY, original, "restore after GovernanceVotesIT")
                        .problems())
                .isEmpty();
    }

    MeetingResult step(MeetingAction action) {
        MeetingResult result = governance.runMeeting(TestActors.SECRETARY, action);
        assertThat(result.problems()).as(action.describe()).isEmpty();
        return result;
    }

    long meetingWithAContract(LocalDate date) {
        long id = step(new MeetingAction.Schedule(
                        DemoGovernance.LAMBETH_COMMITTEE, date, "Meeting with a recorded vote", null))
                .meeting();
        step(new MeetingAction.AddItem(
                id,
                "Award of an APMS contract",
                ItemPurpose.DECISION,
                null,
                null,
                "Award the contract (£1,200,000)",
                "PRIMARY_MEDICAL",
                1_200_000L,
                DemoGovernance.LAMBETH,
                List.of(DemoGovernance.LAMBETH_PRACTICE)));
        step(new MeetingAction.RecordAttendance(id, GovernanceMeetingIT.EVERYONE, List.of(), List.of()));
        return id;
    }

    @Test
    void theTermsRequireEachMembersVoteWhichIsSealedIntoTheChainMinutedAndPublished() {
        long id = meetingWithAContract(JUNE);
        int logged = governance.decisions(false).size();
        assertThat(governance
                        .runMeeting(TestActors.SECRETARY, new MeetingAction.Decide(id, 1, new Votes(4, 0, 0, false)))
                        .problems())
                .singleElement()
                .asString()
                .contains("require each member's vote to be recorded");
        Map<String, Vote> withTheGp = new java.util.HashMap<>(FOUR);
        withTheGp.put("lam-gp", Vote.FOR);
        assertThat(governance
                        .runMeeting(TestActors.SECRETARY, new MeetingAction.Decide(id, 1, Votes.named(withTheGp)))
                        .problems())
                .singleElement()
                .asString()
                .startsWith("Dr Rachel Moyo left this item (declared a financial interest in Heathside Surgery");
        Map<String, Vote> missing = new java.util.HashMap<>(FOUR);
        missing.remove("lam-vcs");
        missing.put("nt-cd", Vote.FOR);
        assertThat(governance
                        .runMeeting(TestActors.SECRETARY, new MeetingAction.Decide(id, 1, Votes.named(missing)))
                        .problems())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("is not a member present at this meeting"))
                .anySatisfy(p -> assertThat(p).startsWith("no vote is recorded for "));
        assertThat(governance.decisions(false))
                .as("nothing is sealed on a refused vote")
                .hasSize(logged);

        DecisionRecord record =
                step(new MeetingAction.Decide(id, 1, Votes.named(FOUR))).decision();
        assertThat(record.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(record.votes())
                .extracting(MemberVote::person)
                .containsExactlyInAnyOrder("lam-lead", "lam-council", "lam-lay", "lam-vcs");
        assertThat(record.reason()).contains("2 for, 1 against, 1 abstaining (each member's vote recorded)");
        DecisionRecord stored = governance.decisions(true).stream()
                .filter(r -> r.sequence() == record.sequence())
                .findFirst()
                .orElseThrow();
        assertThat(stored.votes()).isEqualTo(record.votes());
        assertThat(stored.hash()).isEqualTo(record.hash());
        assertThat(governance.verifyLog().intact())
                .as("older records, without votes, verify with the new")
                .isTrue();
        assertThat(governance.decisions(false))
                .as("the chain holds records without votes (the demo's) and with them")
                .anySatisfy(r -> assertThat(r.votes()).isEmpty())
                .anySatisfy(r -> assertThat(r.votes()).isNotEmpty());

        step(new MeetingAction.DraftMinutes(id));
        String against = record.votes().stream()
                .filter(v -> v.vote() == Vote.AGAINST)
                .findFirst()
                .orElseThrow()
                .name();
        assertThat(governance
                        .meeting(TestActors.SECRETARY, id)
                        .orElseThrow()
                        .minutes()
                        .publicPart())
                .contains("Recorded vote: for: ")
                .contains(" against: " + against + ";")
                .contains(" abstained: ");
        assertThat(governance.exportModel()).contains("votes: named");
    }

    @Test
    void theModelRoundTripsTheRuleAndABodyWithoutItKeepsCounts() {
        String exported = governance.exportModel();
        assertThat(exported).contains("votes: named");
        assertThat(governance
                        .importModel(TestActors.SECRETARY, exported, "round-trip-votes.yaml")
                        .problems())
                .isEmpty();
        assertThat(governance.exportModel()).isEqualTo(exported);
        ModelImport wrong = governance.importModel(
                TestActors.SECRETARY, exported.replace("votes: named", "votes: shouted"), "bad-votes.yaml");
        assertThat(wrong.problems())
                .singleElement()
                .asString()
                .contains("terms[")
                .contains("votes 'shouted' is not one of named");
        assertThat(governance.exportModel()).isEqualTo(exported);
        assertThat(governance.termsOfReference(LocalDate.of(2026, 5, 31))).noneMatch(TermsOfReference::namedVotes);

        long may = meetingWithAContract(LocalDate.of(2026, 5, 21));
        assertThat(step(new MeetingAction.Decide(may, 1, new Votes(3, 1, 0, false)))
                        .decision()
                        .votes())
                .as("before the terms required a recorded vote, counts decide")
                .isEmpty();
    }

    @Test
    void overHttpTheVotesAreGivenByMemberOnlyTheSecretaryMayAndTheLogLinksToTheMeeting() throws Exception {
        long id = meetingWithAContract(LocalDate.of(2026, 6, 25));
        String path = url("/api/governance/edit/meetings/" + id + "/items/1/decision");
        String votes =
                "{\"byMember\":{\"lam-lead\":\"FOR\",\"lam-council\":\"FOR\",\"lam-lay\":\"FOR\",\"lam-vcs\":\"AGAINST\"}}";
        HttpResponse<String> refused = GovernanceMeetingIT.send("POST", path, "analyst", votes);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThatThrownBy(() -> governance.runMeeting(
                        TestActors.of(UserRole.ANALYST), new MeetingAction.Decide(id, 1, Votes.named(FOUR))))
                .isInstanceOf(NotAuthorised.class);
        HttpResponse<String> conflicted =
                GovernanceMeetingIT.send("POST", path, "secretary", votes.replace("}}", ",\"lam-gp\":\"FOR\"}}"));
        assertThat(conflicted.statusCode()).isEqualTo(422);
        assertThat(conflicted.body()).contains("Dr Rachel Moyo left this item");
        HttpResponse<String> made = GovernanceMeetingIT.send("POST", path, "secretary", votes);
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body()).contains("\"votes\":[").contains("\"vote\":\"AGAINST\"");
        long sequence = governance
                .meeting(TestActors.SECRETARY, id)
                .orElseThrow()
                .items()
                .get(0)
                .decision()
                .sequence();

        HttpResponse<String> log = GovernanceMeetingIT.send("GET", url("/governance/log"), null, null);
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body())
                .contains("id=\"decision-" + sequence + "\"")
                .contains("href=\"/governance/meetings/" + id + "#item-1\"");
        HttpResponse<String> map = GovernanceMeetingIT.send("GET", url("/governance"), null, null);
        assertThat(map.body()).contains("href=\"/governance/meetings\"").contains("id=\"decision-" + sequence + "\"");
        assertThat(governance.decisionsTakenAt().get(sequence)).isEqualTo(new MeetingPack.TakenAt(id, 1, false));
    }

    @Test
    void theSecretaryRecordsEachVoteInTheBrowserAndTheVisitorSeesThemOnTheRecordAndTheLog() {
        long id = meetingWithAContract(LocalDate.of(2026, 7, 2));
        Page page = Browser.signedIn(url("/governance/edit"), "secretary");
        String meetingUrl = url("/governance/meetings/" + id);
        page.navigate(meetingUrl);
        assertThat(page.getByTestId("named-votes-1")).not().containsText("Dr Rachel Moyo");
        assertThat(page.locator("#consensus-1")).hasCount(0);
        FOUR.forEach((person, vote) -> page.check("#vote-1-" + person + "-" + vote.name()));
        page.getByTestId("decide-1").locator("button[type=submit]").click();
        page.waitForURL(meetingUrl);
        assertThat(page.getByTestId("outcome")).containsText("Approved");
        assertThat(page.getByTestId("recorded-votes")).containsText("abstained");

        Page visitor = Browser.newPage();
        visitor.navigate(meetingUrl);
        assertThat(visitor.getByTestId("recorded-votes").locator("tbody tr")).hasCount(4);
        visitor.getByTestId("outcome").locator("a").click();
        visitor.waitForURL("**/governance/log#decision-*");
        String anchor = visitor.url().substring(visitor.url().indexOf('#') + 1);
        assertThat(visitor.locator("#" + anchor).getByTestId("log-votes").locator("li"))
                .hasCount(4);
        visitor.locator("#" + anchor).getByTestId("taken-at").click();
        visitor.waitForURL("**/governance/meetings/" + id + "#item-1");
        Browser.screenshot(visitor, "governance-recorded-vote");
    }
}
