package org.openics.governance.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.governance.Delegation;
import org.openics.governance.Fixtures;
import org.openics.governance.ProposedDecision;
import org.openics.governance.RouteStep;
import org.openics.governance.Routing;
import org.openics.governance.Routing.RefusalKind;
import org.openics.governance.demo.DemoGovernance;
import org.openics.governance.model.GovernanceModel;

class DecisionRouterTest {

    static final LocalDate BEFORE = LocalDate.of(2026, 3, 15);
    static final LocalDate AFTER = LocalDate.of(2026, 5, 1);
    final DecisionRouter router = new DecisionRouter(Fixtures.demo(), Fixtures.southEastLondon());

    @Test
    void aTwoMillionPoundPrimaryCareContractInLambethGoesToTheSystemCommitteeBeforeThePlaceDelegation() {
        Routing.Routed answer = routed(router.route(primaryCare(2_000_000, BEFORE)));
        assertThat(answer.decider()).isEqualTo(DemoGovernance.PRIMARY_CARE_COMMITTEE);
        assertThat(answer.entry()).isEqualTo("SORD-3.2");
        assertThat(answer.chain()).extracting(RouteStep::entry).containsExactly("SORD-3.1", "SORD-3.2");
        assertThat(answer.reasons().get(0)).startsWith("NHS England → NHS South East London (synthetic) ICB board");
        assertThat(answer.reasons())
                .last()
                .asString()
                .isEqualTo("So on 2026-03-15 Primary Care Commissioning Committee may take this"
                        + " £2,000,000 decision on commissioning primary medical services (GP contracts) in Lambeth Local Care Partnership,"
                        + " under scheme entry SORD-3.2.");
    }

    @Test
    void theSameContractAfterThePlaceDelegationGoesToTheLambethCommittee() {
        Routing.Routed answer = routed(router.route(primaryCare(2_000_000, AFTER)));
        assertThat(answer.decider()).isEqualTo(DemoGovernance.LAMBETH_COMMITTEE);
        assertThat(answer.deciderName()).isEqualTo("Lambeth Local Care Partnership Committee");
        assertThat(answer.chain())
                .extracting(RouteStep::entry)
                .containsExactly("SORD-3.1", "SORD-3.2", "SORD-3.3-LAMBETH");
        assertThat(answer.reasons())
                .anyMatch(r -> r.contains("delegated to a place committee, up to £3,000,000 (SORD-3.3-LAMBETH)"));
        assertThat(answer.escalations()).isEmpty();
    }

    @Test
    void aContractAboveThePlaceLimitEscalatesToTheCommitteeWithTheReason() {
        Routing.Routed answer = routed(router.route(primaryCare(4_000_000, AFTER)));
        assertThat(answer.decider()).isEqualTo(DemoGovernance.PRIMARY_CARE_COMMITTEE);
        assertThat(answer.escalations())
                .containsExactly(
                        "Lambeth Local Care Partnership Committee may decide up to £3,000,000"
                                + " (SORD-3.3-LAMBETH); £4,000,000 exceeds it, so it escalates to Primary Care Commissioning Committee.");
    }

    @Test
    void aContractAboveEveryDelegatedLimitStaysWithTheBoard() {
        Routing.Routed answer = routed(router.route(primaryCare(12_000_000, AFTER)));
        assertThat(answer.decider()).isEqualTo(DemoGovernance.BOARD);
        assertThat(answer.escalations())
                .singleElement()
                .asString()
                .contains("£12,000,000 exceeds it, so it escalates to NHS South East London");
    }

    @Test
    void aLeadProviderCannotDecideItsOwnContractSoItEscalatesToTheBoard() {
        Routing.Routed own =
                routed(router.route(new ProposedDecision("MENTAL_HEALTH", 3_000_000, null, List.of("RV5"), AFTER)));
        assertThat(own.decider()).isEqualTo(DemoGovernance.BOARD);
        assertThat(own.escalations())
                .singleElement()
                .asString()
                .contains("is a counterparty to the decision and cannot award itself a contract");
        Routing.Routed subcontract =
                routed(router.route(new ProposedDecision("MENTAL_HEALTH", 3_000_000, null, List.of("RPG"), AFTER)));
        assertThat(subcontract.decider()).isEqualTo("RV5");
        assertThat(subcontract.deciderName()).isEqualTo("South London and Maudsley NHS Foundation Trust");
    }

    @Test
    void aFunctionNotYetDelegatedByNhsEnglandCannotBeDecidedInTheIcs() {
        Routing.Refused answer =
                refused(router.route(new ProposedDecision("SPECIALISED", 1_000_000, null, List.of(), AFTER)));
        assertThat(answer.kind()).isEqualTo(RefusalKind.NOT_HELD);
        assertThat(answer.detail())
                .isEqualTo("Commissioning specialised services is not an ICB function on 2026-05-01:"
                        + " NHS England delegates it to NHS South East London (synthetic) ICB board only from 2027-04-01 (SORD-5.1)."
                        + " Until then it is decided outside the ICB.");
        assertThat(router.route(
                        new ProposedDecision("SPECIALISED", 1_000_000, null, List.of(), LocalDate.of(2027, 4, 1))))
                .isInstanceOf(Routing.Routed.class);
    }

    @Test
    void anIndividualDirectorDecidesSmallSpendWithinTheFinanceCommitteesDelegation() {
        Routing.Routed answer =
                routed(router.route(new ProposedDecision("FINANCIAL_DUTIES", 400_000, null, List.of(), AFTER)));
        assertThat(answer.decider()).isEqualTo("DIRECTOR_OF_FINANCE");
        assertThat(answer.deciderName()).isEqualTo("the ICB's director of finance");
    }

    @Test
    void membersOfTheDecidingBodyWithAnInterestInTheCounterpartyAreNamed() {
        Routing.Routed answer = routed(router.route(primaryCare(2_000_000, AFTER)));
        assertThat(answer.conflicted())
                .containsExactly("Dr Rachel Moyo: financial interest in Heathside Surgery"
                        + " (GP partner and shareholder of the practice)");
    }

    @Test
    void anUnknownFunctionIsRefusedWithAReason() {
        Routing.Refused answer = refused(router.route(new ProposedDecision("ASTROLOGY", 1, null, List.of(), AFTER)));
        assertThat(answer.kind()).isEqualTo(RefusalKind.UNKNOWN_FUNCTION);
        assertThat(answer.detail())
                .isEqualTo("There is no function ASTROLOGY in the scheme of reservation and delegation.");
    }

    @Test
    void aValueAboveTheIcbsOwnLimitIsRefusedAndGoesBackToWhoeverDelegatesIt() {
        GovernanceModel demo = Fixtures.demo();
        List<Delegation> limited = demo.delegations().stream()
                .map(d -> !d.id().equals("SORD-3.1")
                        ? d
                        : new Delegation(
                                d.id(),
                                d.function(),
                                d.delegatedBy(),
                                d.delegate(),
                                d.kind(),
                                d.place(),
                                50_000_000L,
                                d.conditions(),
                                d.validFrom(),
                                d.validTo()))
                .toList();
        DecisionRouter capped =
                new DecisionRouter(demo.withScheme(demo.functions(), limited), Fixtures.southEastLondon());
        Routing.Refused answer = refused(capped.route(primaryCare(60_000_000, AFTER)));
        assertThat(answer.kind()).isEqualTo(RefusalKind.OVER_LIMIT);
        assertThat(answer.chain()).extracting(RouteStep::entry).containsExactly("SORD-3.1");
        assertThat(answer.detail()).startsWith("£60,000,000 exceeds the").contains("(SORD-3.1); it must go back to");
    }

    private static Routing.Routed routed(Routing routing) {
        assertThat(routing).isInstanceOf(Routing.Routed.class);
        return (Routing.Routed) routing;
    }

    private static Routing.Refused refused(Routing routing) {
        assertThat(routing).isInstanceOf(Routing.Refused.class);
        return (Routing.Refused) routing;
    }

    private static ProposedDecision primaryCare(long pounds, LocalDate date) {
        return new ProposedDecision(
                "PRIMARY_MEDICAL", pounds, DemoGovernance.LAMBETH, List.of(DemoGovernance.LAMBETH_PRACTICE), date);
    }
}
