package org.openics.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openics.governance.Body;
import org.openics.governance.Delegation;
import org.openics.governance.GovernanceChange;
import org.openics.governance.InterestKind;
import org.openics.governance.QuorumRule;
import org.openics.governance.Role;
import org.openics.governance.demo.DemoGovernance;

class ModelEditsTest {

    static final GovernanceModel DEMO = org.openics.governance.internal.DemoModel.model();
    static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void appointingANewPersonAddsThemAndTheirSeatAndTheModelStillChecksClean() {
        ModelEdits.Result r = ModelEdits.apply(
                DEMO,
                new GovernanceChange.Appoint(
                        "pm-gp-2",
                        "Dr New Partner",
                        DemoGovernance.BOARD,
                        Role.PARTNER_MEMBER_GENERAL_PRACTICE,
                        null,
                        MAY,
                        null));
        assertThat(r.problems()).isEmpty();
        assertThat(r.model().person("pm-gp-2")).isPresent();
        assertThat(r.model().seats(DemoGovernance.BOARD, MAY))
                .anySatisfy(s -> assertThat(s.person()).isEqualTo("pm-gp-2"));
        assertThat(ModelCheck.problems(r.model())).isEmpty();
        assertThat(r.model().appointments()).hasSize(DEMO.appointments().size() + 1);
    }

    @Test
    void appointmentsThatCannotBeAreRefusedWithTheReason() {
        assertThat(ModelEdits.apply(
                                DEMO,
                                new GovernanceChange.Appoint(
                                        "nobody", null, DemoGovernance.BOARD, Role.MEMBER, null, MAY, null))
                        .problems())
                .containsExactly("there is no person nobody: give a name to add them");
        assertThat(ModelEdits.apply(
                                DEMO,
                                new GovernanceChange.Appoint(
                                        "chair", "Another", DemoGovernance.BOARD, Role.MEMBER, null, MAY, null))
                        .problems())
                .singleElement()
                .asString()
                .contains("already exists");
        assertThat(ModelEdits.apply(
                                DEMO,
                                new GovernanceChange.Appoint(
                                        "chair", null, "QZZ-NOWHERE", Role.MEMBER, null, MAY, null))
                        .problems())
                .containsExactly("there is no body QZZ-NOWHERE");
        assertThat(ModelEdits.apply(
                                DEMO,
                                new GovernanceChange.Appoint(
                                        "chair", null, DemoGovernance.BOARD, Role.CHAIR, null, MAY, null))
                        .problems())
                .singleElement()
                .asString()
                .contains("already holds that seat");
        assertThat(ModelEdits.apply(
                                DEMO,
                                new GovernanceChange.Appoint(
                                        "new-1",
                                        "Bad dates",
                                        DemoGovernance.BOARD,
                                        Role.MEMBER,
                                        null,
                                        MAY,
                                        MAY.minusDays(1)))
                        .problems())
                .singleElement()
                .asString()
                .contains("ends (2026-04-30) before it starts");
    }

    @Test
    void endingASeatSetsItsLastDayAndOnlyASeatHeldThenCanBeEnded() {
        ModelEdits.Result r =
                ModelEdits.apply(DEMO, new GovernanceChange.EndSeat("chair", DemoGovernance.BOARD, Role.CHAIR, MAY));
        assertThat(r.problems()).isEmpty();
        assertThat(r.model().seats(DemoGovernance.BOARD, MAY))
                .anySatisfy(s -> assertThat(s.person()).isEqualTo("chair"));
        assertThat(r.model().seats(DemoGovernance.BOARD, MAY.plusDays(1)))
                .noneSatisfy(s -> assertThat(s.person()).isEqualTo("chair"));
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.EndSeat("chair", DemoGovernance.BOARD, Role.MEMBER, MAY))
                        .problems())
                .singleElement()
                .asString()
                .contains("holds no seat as Member");
    }

    @Test
    void aDeclaredInterestIsAddedFromItsDate() {
        ModelEdits.Result r = ModelEdits.apply(
                DEMO,
                new GovernanceChange.DeclareInterest(
                        "chair", InterestKind.FINANCIAL, "RJ1", " shares in a supplier ", MAY));
        assertThat(r.model().interests("chair", MAY))
                .singleElement()
                .satisfies(i -> assertThat(i.description()).isEqualTo("shares in a supplier"));
        assertThat(r.model().interests("chair", MAY.minusDays(1))).isEmpty();
        assertThat(ModelEdits.apply(
                                DEMO,
                                new GovernanceChange.DeclareInterest("nobody", InterestKind.FINANCIAL, "RJ1", "x", MAY))
                        .problems())
                .containsExactly("there is no person nobody");
    }

    @Test
    void newTermsOfReferenceApplyFromTheirDateAndEarlierMeetingsKeepTheOldQuorum() {
        Body board = DEMO.body(DemoGovernance.BOARD).orElseThrow();
        ModelEdits.Result q = ModelEdits.apply(
                DEMO,
                new GovernanceChange.ChangeTerms(
                        DemoGovernance.BOARD,
                        "Leads the ICB",
                        new QuorumRule(7, 2),
                        List.of(Role.CHAIR, Role.NON_EXECUTIVE),
                        MAY));
        assertThat(q.problems()).isEmpty();
        assertThat(q.model().quorum(board, MAY)).isEqualTo(new QuorumRule(7, 2));
        assertThat(q.model().quorum(board, MAY.minusDays(1))).isEqualTo(board.quorum());
        ModelEdits.Result again = ModelEdits.apply(
                q.model(),
                new GovernanceChange.ChangeTerms(
                        DemoGovernance.BOARD, "Leads the ICB", new QuorumRule(6, 2), List.of(), MAY.plusMonths(3)));
        assertThat(again.model()
                        .terms(DemoGovernance.BOARD, MAY.plusMonths(3).minusDays(1))
                        .orElseThrow()
                        .quorum())
                .isEqualTo(new QuorumRule(7, 2));
        assertThat(again.model().quorum(board, MAY.plusMonths(3))).isEqualTo(new QuorumRule(6, 2));
        assertThat(ModelCheck.problems(again.model())).isEmpty();
        assertThat(ModelEdits.apply(
                                again.model(),
                                new GovernanceChange.ChangeTerms(
                                        DemoGovernance.BOARD, "x", new QuorumRule(5, 1), List.of(), MAY))
                        .problems())
                .singleElement()
                .asString()
                .contains("already change on " + MAY.plusMonths(3));
    }

    @Test
    void aSchemeEntryIsReplacedFromADateAndTheOldOneEndsTheDayBefore() {
        Delegation old = DEMO.delegations().stream()
                .filter(d -> d.id().equals("SORD-3.2"))
                .findFirst()
                .orElseThrow();
        Delegation amended = new Delegation(
                "SORD-3.2-A",
                old.function(),
                old.delegatedBy(),
                old.delegate(),
                old.kind(),
                old.place(),
                12_000_000L,
                old.conditions(),
                MAY,
                null);
        ModelEdits.Result r = ModelEdits.apply(DEMO, new GovernanceChange.AmendEntry(amended, "SORD-3.2"));
        assertThat(r.problems()).isEmpty();
        assertThat(r.model().delegations())
                .filteredOn(d -> d.id().equals("SORD-3.2"))
                .singleElement()
                .satisfies(d -> assertThat(d.validTo()).isEqualTo(MAY.minusDays(1)));
        assertThat(r.model().delegations(old.function(), MAY)).contains(amended).doesNotContain(old);
        assertThat(ModelEdits.apply(DEMO, new GovernanceChange.AmendEntry(amended, "SORD-9.9"))
                        .problems())
                .containsExactly("there is no scheme entry SORD-9.9 to replace");
        assertThat(ModelEdits.apply(r.model(), new GovernanceChange.AmendEntry(amended, null))
                        .problems())
                .singleElement()
                .asString()
                .contains("already exists");
        ModelEdits.Result ended = ModelEdits.apply(DEMO, new GovernanceChange.EndEntry("SORD-3.2", MAY));
        assertThat(ended.model().delegations(old.function(), MAY.plusDays(1))).doesNotContain(old);
    }
}
