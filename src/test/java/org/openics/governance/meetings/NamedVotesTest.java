package org.openics.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.governance.DecideItem;
import org.openics.governance.Fixtures;
import org.openics.governance.MemberVote;
import org.openics.governance.Outcome;
import org.openics.governance.ProposedDecision;
import org.openics.governance.QuorumRule;
import org.openics.governance.TermsOfReference;
import org.openics.governance.Vote;
import org.openics.governance.Votes;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.delegation.DecisionRouter;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.model.GovernanceModel;

/** Votes recorded by name where a body's terms of reference say so; counts or consensus elsewhere. */
class NamedVotesTest {

    static final LocalDate MAY = LocalDate.of(2026, 5, 14);
    static final Set<String> PRESENT = Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs");
    final SystemOrganisations sel = Fixtures.southEastLondon();
    final GovernanceModel counted = Fixtures.demo();
    final GovernanceModel named = withNamedVotes(counted);

    @Test
    void eachEligibleMembersVoteIsKeptAndTheCountsAreDerivedFromThem() {
        ItemResult result = decide(
                named,
                Votes.named(Map.of(
                        "lam-lead",
                        Vote.FOR,
                        "lam-council",
                        Vote.FOR,
                        "lam-lay",
                        Vote.AGAINST,
                        "lam-vcs",
                        Vote.ABSTAIN)));
        assertThat(result.refused()).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(result.votes())
                .extracting(MemberVote::person, MemberVote::vote)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("lam-lead", Vote.FOR),
                                org.assertj.core.groups.Tuple.tuple("lam-council", Vote.FOR),
                        org.assertj.core.groups.Tuple.tuple("lam-lay", Vote.AGAINST),
                                org.assertj.core.groups.Tuple.tuple("lam-vcs", Vote.ABSTAIN));
        assertThat(result.votes()).allSatisfy(v -> assertThat(v.name()).isNotEqualTo(v.person()));
        assertThat(result.reason()).contains("2 for, 1 against, 1 abstaining (each member's vote recorded)");
    }

    @Test
    void aVoteFromTheConflictedMemberIsRefusedAndNothingIsDecided() {
        ItemResult result = decide(
                named,
                Votes.named(Map.of(
                        "lam-lead",
                        Vote.FOR,
                        "lam-council",
                        Vote.FOR,
                        "lam-lay",
                        Vote.FOR,
                        "lam-vcs",
                        Vote.FOR,
                        "lam-gp",
                        Vote.FOR)));
        assertThat(result.refused()).isTrue();
        assertThat(result.outcome()).isNull();
        assertThat(result.problems())
                .containsExactly(
                        "Dr Rachel Moyo left this item (declared a financial interest in Heathside Surgery"
                                + " (GP partner and shareholder of the practice), a counterparty to this item): their vote cannot be recorded");
    }

    @Test
    void aVoteFromSomeoneNotPresentAndAMissingVoteAreEachNamed() {
        ItemResult result = decide(
                named,
                Votes.named(
                        Map.of("lam-lead", Vote.FOR, "lam-council", Vote.FOR, "lam-lay", Vote.FOR, "nt-cd", Vote.FOR)));
        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0))
                .endsWith("is not a member present at this meeting: only members present vote");
        assertThat(result.problems().get(1))
                .startsWith("no vote is recorded for ")
                .endsWith(", a member present and eligible to vote on this item");
    }

    @Test
    void countsOrConsensusAreRefusedWhereTheTermsRequireARecordedVote() {
        ItemResult counts = decide(named, new Votes(4, 0, 0, false));
        assertThat(counts.problems())
                .singleElement()
                .asString()
                .startsWith(
                        "the terms of reference of Lambeth Local Care Partnership Committee require each member's vote to be recorded")
                .endsWith("(not only the counts)");
        assertThat(decide(named, Votes.byConsensus()).problems())
                .singleElement()
                .asString()
                .endsWith("(not a consensus)");
    }

    @Test
    void anInquorateItemNeedsNoVotesEvenWhereTheyAreRecorded() {
        DecideItem item = item(Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay"), new Votes(0, 0, 0, false));
        ItemResult result =
                new ItemDecisions(named, sel).decide(item, new DecisionRouter(named, sel).route(item.decision()));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_DECIDED_INQUORATE);
        assertThat(result.votes()).isEmpty();
    }

    @Test
    void aBodyWithoutTheRuleKeepsCountsAndConsensus() {
        assertThat(decide(counted, new Votes(3, 1, 0, false)).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decide(counted, Votes.byConsensus()).outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(decide(counted, new Votes(3, 1, 0, false)).votes()).isEmpty();
    }

    @Test
    void countsGivenWithNamedVotesMustAgreeWithThem() {
        assertThatThrownBy(() -> new Votes(3, 0, 0, false, Map.of("a", Vote.FOR, "b", Vote.AGAINST)))
                .hasMessage(
                        "the counts given (3 for, 0 against, 0 abstaining) are not the votes recorded by name (1 for, 1 against, 0 abstaining)");
        assertThatThrownBy(() -> new Votes(0, 0, 0, true, Map.of("a", Vote.FOR)))
                .hasMessage("votes recorded by name are not a consensus: give one or the other");
        Votes agreeing = new Votes(1, 1, 0, false, Map.of("a", Vote.FOR, "b", Vote.AGAINST));
        assertThat(agreeing.carried()).isFalse();
        assertThat(agreeing.cast()).isEqualTo(2);
    }

    private ItemResult decide(GovernanceModel model, Votes votes) {
        DecideItem item = item(PRESENT, votes);
        return new ItemDecisions(model, sel).decide(item, new DecisionRouter(model, sel).route(item.decision()));
    }

    private static DecideItem item(Set<String> present, Votes votes) {
        ProposedDecision contract = new ProposedDecision(
                "PRIMARY_MEDICAL", 2_000_000, DemoGovernance.LAMBETH, List.of(DemoGovernance.LAMBETH_PRACTICE), MAY);
        return new DecideItem(
                DemoGovernance.LAMBETH_COMMITTEE,
                MAY,
                "Contract award",
                "Award the contract",
                contract,
                present,
                votes,
                null);
    }

    /** The demo with the Lambeth committee's terms of reference requiring a recorded vote from 1 April 2026. */
    static GovernanceModel withNamedVotes(GovernanceModel model) {
        List<TermsOfReference> terms = new ArrayList<>(model.terms());
        terms.add(new TermsOfReference(
                DemoGovernance.LAMBETH_COMMITTEE,
                "Primary care in Lambeth",
                new QuorumRule(4, 1),
                List.of(),
                LocalDate.of(2026, 4, 1),
                null,
                true));
        return model.withTerms(terms);
    }
}
