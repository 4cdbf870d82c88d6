package org.openics.governance.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openics.governance.DecideItem;
import org.openics.governance.Exclusion;
import org.openics.governance.Fixtures;
import org.openics.governance.Outcome;
import org.openics.governance.ProposedDecision;
import org.openics.governance.Votes;
import org.openics.governance.constitution.SystemOrganisations;
import org.openics.governance.delegation.DecisionRouter;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.model.GovernanceModel;

class ItemDecisionsTest {

    static final LocalDate MAY = LocalDate.of(2026, 5, 14);
    final GovernanceModel demo = Fixtures.demo();
    final SystemOrganisations sel = Fixtures.southEastLondon();
    final ItemDecisions decisions = new ItemDecisions(demo, sel);
    final DecisionRouter router = new DecisionRouter(demo, sel);

    @Test
    void aConflictedMemberIsExcludedAndTheItemIsStillDecidedWhenEnoughRemain() {
        ItemResult result = decide(
                contract(MAY),
                Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs"),
                new Votes(3, 1, 0, false));
        assertThat(result.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(result.excluded()).extracting(Exclusion::name).containsExactly("Dr Rachel Moyo");
        assertThat(result.excluded().get(0).reason())
                .isEqualTo("declared a financial interest in Heathside Surgery"
                        + " (GP partner and shareholder of the practice), a counterparty to this item");
        assertThat(result.reason())
                .isEqualTo("4 of the 5 members present were eligible after excluding Dr Rachel Moyo for declared"
                        + " interests (1 independent), meeting the quorum of 4 eligible members, including 1 independent member;"
                        + " 3 for, 1 against, 0 abstaining; decided under scheme entry SORD-3.3-LAMBETH.");
        assertThat(result.entry()).isEqualTo("SORD-3.3-LAMBETH");
    }

    @Test
    void whenExcludingTheConflictedMemberMakesTheItemInquorateItIsRefusedWithTheReason() {
        ItemResult result = decide(
                contract(MAY), Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay"), new Votes(3, 0, 0, false));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_DECIDED_INQUORATE);
        assertThat(result.reason())
                .isEqualTo("3 of the 4 members present were eligible after excluding Dr Rachel Moyo for declared"
                        + " interests (1 independent); the quorum of Lambeth Local Care Partnership Committee is 4 eligible members,"
                        + " including 1 independent member, so the item is inquorate and cannot be decided.");
    }

    @Test
    void theSameFourMembersAreQuorateForAnItemNobodyIsConflictedIn() {
        ProposedDecision unrelated =
                new ProposedDecision("PRIMARY_MEDICAL", 500_000, DemoGovernance.LAMBETH, List.of("Z00101"), MAY);
        ItemResult result =
                decide(unrelated, Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay"), Votes.byConsensus());
        assertThat(result.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(result.excluded()).isEmpty();
    }

    @Test
    void withoutAnIndependentMemberTheItemIsInquorate() {
        ItemResult result = decide(
                contract(MAY), Set.of("lam-lead", "lam-council", "lam-vcs", "lam-gp", "nt-cd"), Votes.byConsensus());
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_DECIDED_INQUORATE);
        assertThat(result.reason())
                .startsWith("3 of the 4 members present were eligible")
                .contains("(0 independent)");
    }

    @Test
    void aVoteAgainstRejectsTheProposal() {
        ItemResult result = decide(
                contract(MAY),
                Set.of("lam-lead", "lam-gp", "lam-council", "lam-lay", "lam-vcs"),
                new Votes(1, 3, 0, false));
        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aBodyOutsideTheChainOfDelegationMayNotDecide() {
        ProposedDecision beforePlaceDelegation = contract(LocalDate.of(2026, 3, 12));
        DecideItem item = new DecideItem(
                DemoGovernance.LAMBETH_COMMITTEE,
                beforePlaceDelegation.date(),
                "Contract",
                "Award",
                beforePlaceDelegation,
                Set.of("lam-lead", "lam-council", "lam-lay", "lam-vcs"),
                Votes.byConsensus(),
                null);
        ItemResult result = decisions.decide(item, router.route(beforePlaceDelegation));
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_DECIDED_NO_AUTHORITY);
        assertThat(result.reason())
                .isEqualTo("Lambeth Local Care Partnership Committee may not take this decision: the scheme gives"
                        + " this decision to Primary Care Commissioning Committee (SORD-3.2).");
    }

    private ItemResult decide(ProposedDecision decision, Set<String> present, Votes votes) {
        DecideItem item = new DecideItem(
                DemoGovernance.LAMBETH_COMMITTEE,
                decision.date(),
                "Contract award",
                "Award the contract",
                decision,
                present,
                votes,
                null);
        return decisions.decide(item, router.route(decision));
    }

    private static ProposedDecision contract(LocalDate date) {
        return new ProposedDecision(
                "PRIMARY_MEDICAL", 2_000_000, DemoGovernance.LAMBETH, List.of(DemoGovernance.LAMBETH_PRACTICE), date);
    }
}
